import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxonomyTheme } from '../../../api/textSettings.ts';
import { RowButton } from '../../../components/RowButton.tsx';
import { TableHead } from '../../../components/TableHead.tsx';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { localizedLabel } from '../../../i18n/names.ts';
import { filterThemes, type ServerProblem } from './taxonomy.ts';

interface Props {
  themes: readonly TaxonomyTheme[];
  problems: ReadonlyMap<number, ServerProblem[]>;
  canEdit: boolean;
  onOpen: (index: number) => void;
  onDelete: (index: number) => void;
}

export function ThemeList({ themes, problems, canEdit, onOpen, onDelete }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [query, setQuery] = useState('');
  const shown = filterThemes(themes, query);

  return (
    <>
      <div className="field theme-search">
        <label htmlFor="theme-search">{t('themes.taxonomy.search')}</label>
        <input
          id="theme-search"
          type="search"
          data-testid="theme-search"
          placeholder={t('themes.taxonomy.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p className="muted small" aria-live="polite" data-testid="theme-count">
        {query.trim()
          ? t('themes.taxonomy.shownOf', { shown: shown.length, count: themes.length })
          : t('themes.taxonomy.count', { count: themes.length })}
      </p>
      {shown.length === 0 ? (
        <p className="muted" data-testid="themes-empty">
          {themes.length ? t('themes.taxonomy.noMatches') : t('themes.taxonomy.empty')}
        </p>
      ) : (
        <table className="data-table" data-testid="themes-table">
          <TableHead columns={[t('themes.taxonomy.label'), t('themes.fields.id'), { label: t('themes.taxonomy.termsZh'), numeric: true }, { label: t('themes.taxonomy.termsEn'), numeric: true }, { label: t('themes.taxonomy.patterns'), numeric: true }]} actions />
          <tbody>
            {shown.map(({ theme, index }) => {
              const label = localizedLabel(theme, language, theme.id);
              const themeProblems = problems.get(index) ?? [];
              return (
                <tr key={`${index}-${theme.id}`} data-testid="theme-row" data-theme-id={theme.id} className={themeProblems.length ? 'theme-row-invalid' : undefined}>
                  <td>
                    {label}
                    {themeProblems.length > 0 && (
                      <ul className="field-problems" data-testid="theme-row-problems">
                        {themeProblems.map((problem, problemIndex) => (
                          <li key={problemIndex}>
                            {problem.field && <code>{problem.field}</code>} {problem.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <code>{theme.id}</code>
                  </td>
                  <td className="numeric">{theme.terms_zh.length}</td>
                  <td className="numeric">{theme.terms_en.length}</td>
                  <td className="numeric">{theme.patterns.length}</td>
                  <td className="row-actions">
                    <RowButton label={canEdit ? t('common.edit') : t('themes.taxonomy.view')} rowName={label} testId="theme-edit" onClick={() => onOpen(index)} />
                    {canEdit && <RowButton label={t('common.delete')} rowName={label} danger testId="theme-delete" onClick={() => onDelete(index)} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
