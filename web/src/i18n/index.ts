import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json' with { type: 'json' };
import zhCN from './zh-CN.json' with { type: 'json' };

// The two languages OpenVoC treats as first-class. Anything else falls back to English.
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'openvoc.lang';

// Each capability keeps its texts in features/<capability>.<language>.json, under its own top-level
// key, so pages can be added without everyone editing the same two big files.
const featureFiles = import.meta.glob<Record<string, unknown>>('./features/*.json', { eager: true, import: 'default' });

function withFeatures(base: Record<string, unknown>, language: Language): Record<string, unknown> {
  const merged = { ...base };
  for (const [file, texts] of Object.entries(featureFiles)) {
    if (file.endsWith(`.${language}.json`)) Object.assign(merged, texts);
  }
  return merged;
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    // Storage can be blocked (private mode, policies); the browser language is a fine fallback.
    return null;
  }
}

function browserLanguage(): Language {
  const preferred = navigator.languages?.[0] ?? navigator.language ?? '';
  return preferred.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function reflectOnDocument(language: string): void {
  // Screen readers and the browser's CJK font choice both read <html lang>.
  document.documentElement.lang = language;
}

export function initI18n(): typeof i18n {
  const initial = readStoredLanguage() ?? browserLanguage();
  reflectOnDocument(initial);
  i18n.on('languageChanged', reflectOnDocument);
  void i18n.use(initReactI18next).init({
    resources: {
      en: { translation: withFeatures(en, 'en') },
      'zh-CN': { translation: withFeatures(zhCN, 'zh-CN') },
    },
    lng: initial,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React already escapes.
    returnNull: false,
  });
  return i18n;
}

/** Switches the UI language and remembers the choice for the next visit. */
export function changeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisting is acceptable; the switch itself still works for this visit.
  }
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}
