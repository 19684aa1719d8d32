import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from './index.ts';

/** The current UI language; components using it re-render when the user switches. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const resolved = i18n.resolvedLanguage;
  return (LANGUAGES as readonly string[]).includes(resolved ?? '') ? (resolved as Language) : 'en';
}
