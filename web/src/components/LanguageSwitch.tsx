import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n/index.ts';

// Each language is named in itself, so a user who cannot read the current one still finds theirs.
const NATIVE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const value = (i18n.resolvedLanguage ?? 'en') as Language;

  return (
    <div className="lang-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('common.language')}
      </label>
      <select
        id={id}
        data-testid="lang-switch"
        value={value}
        onChange={(event) => changeLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {NATIVE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
