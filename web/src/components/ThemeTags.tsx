import { useTranslation } from 'react-i18next';
import type { Theme } from '../api/types.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { localizedLabel } from '../i18n/names.ts';

export function ThemeTags({ themes }: { themes: Theme[] | null }) {
  const { t } = useTranslation();
  if (!themes || themes.length === 0) return null;
  const language = useLanguage();
  return (
    <ul className="tag-list" aria-label={t('feedback.themes')}>
      {themes.map((theme) => (
        <li className="tag" key={theme.id}>
          {localizedLabel(theme, language, theme.id)}
        </li>
      ))}
    </ul>
  );
}
