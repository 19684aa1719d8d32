import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getTextSettings, removeCustomThemes, trainCustomThemes, type CustomThemesSummary, type LabelledExample } from '../../../api/textSettings.ts';
import { useConfirm } from '../../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useMutation } from '../../../hooks/useMutation.ts';
import { CustomThemesSummaryView } from './CustomThemesSummaryView.tsx';
import { checkExampleCounts, parseExamplesJsonl } from './examples.ts';

const MAX_LISTED_PROBLEMS = 20;

export function CustomThemesSection({ initial, canEdit }: { initial: CustomThemesSummary | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const [summary, setSummary] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const [notice, setNotice] = useState<'trained' | 'removed' | null>(null);

  // The upload's answer has no training time, so the summary is read back from the settings.
  const train = useMutation(
    async (examples: LabelledExample[]) => {
      await trainCustomThemes(examples);
      return (await getTextSettings()).custom_themes;
    },
    (next) => {
      setSummary(next);
      setNotice('trained');
    },
  );
  const remove = useMutation(removeCustomThemes, () => {
    setSummary(null);
    setNotice('removed');
  });

  const onFile = async (file: File) => {
    setNotice(null);
    train.clearError();
    const { examples, problems: lines } = parseExamplesJsonl(await file.text());
    const found = lines.map((problem) => t(`themes.custom.lineProblems.${problem.reason}`, { line: problem.line }));
    if (found.length > MAX_LISTED_PROBLEMS) {
      found.splice(MAX_LISTED_PROBLEMS, found.length, t('themes.custom.moreProblems', { count: lines.length - MAX_LISTED_PROBLEMS }));
    }
    if (found.length === 0) {
      for (const problem of checkExampleCounts(examples)) {
        if (problem.key === 'tooFewExamples') found.push(t('themes.custom.countProblems.tooFewExamples', { count: problem.count }));
        else if (problem.key === 'tooFewThemes') found.push(t('themes.custom.countProblems.tooFewThemes'));
        else found.push(t('themes.custom.countProblems.rareThemes', { themes: problem.themes.join(t('common.listSeparator')) }));
      }
    }
    setProblems(found);
    if (found.length === 0) await train.run(examples);
  };

  const onRemove = async () => {
    const ok = await confirm({
      title: t('themes.custom.removeTitle'),
      message: t('themes.custom.removeMessage'),
      confirmLabel: t('themes.custom.remove'),
      danger: true,
    });
    if (ok) await remove.run();
  };

  return (
    <section className="card" aria-labelledby="custom-themes-title" data-testid="custom-themes-section">
      <h2 id="custom-themes-title">{t('themes.custom.title')}</h2>
      <p className="muted">{t('themes.custom.intro')}</p>
      {summary ? (
        <CustomThemesSummaryView summary={summary} />
      ) : (
        <p className="muted" data-testid="custom-themes-none">
          {t('themes.custom.none')}
        </p>
      )}
      {canEdit && (
        <div className="form-stack">
          <div className="field">
            <label htmlFor="custom-themes-file">{summary ? t('themes.custom.replace') : t('themes.custom.upload')}</label>
            <input
              id="custom-themes-file"
              type="file"
              accept=".jsonl,.ndjson,.json,.txt,application/x-ndjson,application/jsonl"
              data-testid="custom-themes-file"
              aria-describedby="custom-themes-format"
              disabled={train.pending}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void onFile(file);
              }}
            />
            <span className="hint" id="custom-themes-format">
              {t('themes.custom.format')} <code>{'{"text": "…", "themes": ["card_declined"]}'}</code>
            </span>
          </div>
          {train.pending && (
            <p className="muted" role="status">
              {t('themes.custom.training')}
            </p>
          )}
          {problems.length > 0 && (
            <div className="warning" role="alert" data-testid="custom-themes-problems">
              <p>{t('themes.custom.notSent')}</p>
              <ul className="field-problems">
                {problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
          {notice && (
            <p className="notice" role="status" data-testid="custom-themes-notice">
              {t(`themes.custom.notices.${notice}`)}
            </p>
          )}
          <ErrorMessage error={train.error ?? remove.error} testId="custom-themes-error" />
          {summary && (
            <button type="button" className="button danger-text" data-testid="custom-themes-remove" disabled={remove.pending} onClick={() => void onRemove()}>
              {t('themes.custom.remove')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
