import { useMemo } from 'react';
import { useLanguage } from './useLanguage.ts';

const RELATIVE_STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Formatters bound to the current UI language, so dates and numbers follow the language switch
 * instead of the operating system's locale.
 */
export function useFormat() {
  const language = useLanguage();

  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const dateOnly = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    const number = new Intl.NumberFormat(language);
    const languageNames = new Intl.DisplayNames([language], { type: 'language' });

    return {
      language,
      dateTime(value: string | null | undefined): string {
        const date = parseDate(value);
        return date ? dateTime.format(date) : '—';
      },
      date(value: string | null | undefined): string {
        const date = parseDate(value);
        return date ? dateOnly.format(date) : '—';
      },
      relative(value: string | null | undefined, now = Date.now()): string {
        const date = parseDate(value);
        if (!date) return '—';
        let amount = (date.getTime() - now) / 1000;
        for (const [unit, size] of RELATIVE_STEPS) {
          if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
          amount /= size;
        }
        return dateTime.format(date);
      },
      number(value: number | null | undefined, digits?: number): string {
        if (value === null || value === undefined || Number.isNaN(value)) return '—';
        if (digits === undefined) return number.format(value);
        return new Intl.NumberFormat(language, {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value);
      },
      languageName(code: string | null | undefined): string {
        if (!code) return '—';
        try {
          return languageNames.of(code) ?? code;
        } catch {
          return code; // Not a valid BCP 47 tag: show it as the server sent it.
        }
      },
    };
  }, [language]);
}

export type Formatters = ReturnType<typeof useFormat>;
