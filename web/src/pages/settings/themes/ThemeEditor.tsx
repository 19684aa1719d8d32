import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxonomyTheme } from '../../../api/textSettings.ts';
import { Drawer } from '../../../components/Drawer.tsx';
import { checkDraft, draftOf, emptyDraft, patternError, splitLines, themeOf, type DraftField, type DraftProblem, type ServerProblem } from './taxonomy.ts';

interface Props {
  /** The theme being edited, or undefined for a new one. */
  theme?: TaxonomyTheme;
  /** Ids of the other themes, which the id must not repeat. */
  otherIds: readonly string[];
  /** Problems the server reported for this theme at the last save. */
  serverProblems: readonly ServerProblem[];
  readOnly: boolean;
  onSubmit: (theme: TaxonomyTheme) => void;
  onClose: () => void;
}

const FIELDS: Array<{ field: DraftField; lang?: string; multiline?: boolean }> = [
  { field: 'id' },
  { field: 'label_zh', lang: 'zh-CN' },
  { field: 'label_en', lang: 'en' },
  { field: 'terms_zh', lang: 'zh-CN', multiline: true },
  { field: 'terms_en', lang: 'en', multiline: true },
  { field: 'patterns', multiline: true },
];

export function ThemeEditor({ theme, otherIds, serverProblems, readOnly, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => (theme ? draftOf(theme) : emptyDraft()));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const isNew = !theme;

  const livePatternProblems = splitLines(draft.patterns).flatMap((pattern, index) => {
    const message = patternError(pattern);
    return message ? [t('themes.problems.badPattern', { line: index + 1, pattern, message })] : [];
  });

  const messagesFor = (field: DraftField): string[] => {
    const local =
      field === 'patterns'
        ? livePatternProblems
        : problems.filter((problem) => problem.field === field).map((problem) => t(`themes.problems.${problem.key}`, problem.values));
    const remote = serverProblems.filter((problem) => problem.field === field).map((problem) => problem.message);
    return [...local, ...remote];
  };
  const wholeThemeProblems = serverProblems.filter((problem) => !FIELDS.some(({ field }) => field === problem.field));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkDraft(draft, otherIds);
    setProblems(found);
    if (found.length === 0) onSubmit(themeOf(draft));
  };

  const title = readOnly ? t('themes.editor.viewTitle') : isNew ? t('themes.editor.newTitle') : t('themes.editor.editTitle');
  return (
    <Drawer title={title} onClose={onClose} testId="theme-editor">
      <form className="form-stack" onSubmit={submit} noValidate data-testid="theme-form">
        {FIELDS.map(({ field, lang, multiline }) => {
          const id = `theme-field-${field}`;
          const messages = messagesFor(field);
          const fixed = readOnly || (field === 'id' && !isNew);
          const props = {
            id,
            lang,
            value: draft[field],
            readOnly: fixed,
            'data-testid': `theme-${field.replace('_', '-')}`,
            'aria-invalid': messages.length > 0 || undefined,
            'aria-describedby': `${id}-hint${messages.length ? ` ${id}-problems` : ''}`,
            onChange: (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [field]: event.target.value })),
          };
          return (
            <div className="field" key={field}>
              <label htmlFor={id}>{t(`themes.fields.${field}`)}</label>
              {multiline ? <textarea rows={field === 'patterns' ? 3 : 5} spellCheck={false} {...props} /> : <input {...props} />}
              <span className="hint" id={`${id}-hint`}>
                {t(`themes.hints.${field}`)}
              </span>
              {messages.length > 0 && (
                <ul className="field-problems" id={`${id}-problems`} data-testid={`theme-${field.replace('_', '-')}-problems`}>
                  {messages.map((message, index) => (
                    <li key={index}>{message}</li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
        {wholeThemeProblems.length > 0 && (
          <ul className="field-problems" role="alert">
            {wholeThemeProblems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        )}
        <div className="form-actions">
          {!readOnly && (
            <button type="submit" className="button primary" data-testid="theme-submit" disabled={livePatternProblems.length > 0}>
              {isNew ? t('themes.editor.add') : t('themes.editor.apply')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {readOnly ? t('common.close') : t('common.cancel')}
          </button>
        </div>
        {!readOnly && <p className="hint">{t('themes.editor.applyHint')}</p>}
      </form>
    </Drawer>
  );
}
