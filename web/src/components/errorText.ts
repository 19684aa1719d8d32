import type { TFunction } from 'i18next';
import { ApiError } from '../api/http.ts';

/**
 * Turns any failure into a sentence for the user: a translation when the error code is known,
 * otherwise the server's own message, never a stack trace.
 */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    const translated = t(key, { defaultValue: '' });
    if (translated) return translated;
    if (error.message) return error.message;
    return t('errors.unknown');
  }
  if (error instanceof Error && error.message) return error.message;
  return t('errors.unknown');
}

/** The server's extra explanation, shown under the translated sentence when it adds something. */
export function errorDetail(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code !== 'validation_failed' && error.code !== 'conflict') return null;
  return error.message || null;
}
