import { useTranslation } from 'react-i18next';
import type { TextAnalysis } from '../../../api/textSettings.ts';
import { BreakpointChip } from '../../../components/BreakpointChip.tsx';
import { KeyValueTable } from '../../../components/KeyValueTable.tsx';
import { SentimentBadge } from '../../../components/SentimentBadge.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { localizedLabel } from '../../../i18n/names.ts';
import { HighlightedText } from './HighlightedText.tsx';

interface Props {
  text: string;
  analysis: TextAnalysis;
  nameOf: (key: string) => string;
}

export function AnalysisResult({ text, analysis, nameOf }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const { sentiment, themes, breakpoint } = analysis;
  const list = (items: string[]) => (items.length ? items.join(t('common.listSeparator')) : '—');

  return (
    <div className="try-result" data-testid="try-result" aria-live="polite">
      <HighlightedText text={text} themes={themes} />
      <KeyValueTable
        testId="try-summary"
        rows={[
          [t('feedback.language'), <span data-testid="try-lang">{format.languageName(analysis.lang)}</span>],
          [
            t('feedback.sentiment'),
            <span className="inline-row">
              <SentimentBadge sentiment={sentiment} />
              <span className="muted">{t('feedback.score', { score: format.number(sentiment.score, 2) })}</span>
            </span>,
          ],
          [
            t('feedback.themes'),
            themes.length ? (
              <ul className="try-themes">
                {themes.map((theme) => (
                  <li key={theme.id} data-testid="try-theme" data-theme-id={theme.id}>
                    <span className="tag">{localizedLabel(theme, language, theme.id)}</span> <code>{theme.id}</code>{' '}
                    <span className="muted small">
                      {theme.source === 'custom'
                        ? t('themes.tryIt.custom', { probability: format.number((theme.probability ?? 0) * 100, 0) })
                        : t('themes.tryIt.taxonomy')}
                      {' · '}
                      {t('themes.tryIt.evidence')}: {list(theme.evidence)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <span data-testid="try-no-themes">{t('themes.tryIt.noThemes')}</span>
            ),
          ],
          [t('feedback.mentionedChannels'), list(analysis.mentioned_channels.map(nameOf))],
          [
            t('feedback.breakpoint'),
            breakpoint ? (
              <span className="inline-row" data-testid="try-breakpoint">
                <BreakpointChip breakpoint={breakpoint} nameOf={nameOf} />
                <span className="muted small">
                  {t('themes.tryIt.evidence')}: {list(breakpoint.evidence)}
                </span>
              </span>
            ) : (
              '—'
            ),
          ],
          [
            t('themes.tryIt.pii'),
            list(analysis.pii.map((item) => t('themes.tryIt.piiCount', { kind: t(`themes.piiKinds.${item.kind}`, { defaultValue: item.kind }), count: item.count }))),
          ],
        ]}
      />
      {sentiment.clauses.length > 0 && (
        <section className="detail-section">
          <h3>{t('themes.tryIt.clauses')}</h3>
          <ol className="clause-list" data-testid="try-clauses">
            {sentiment.clauses.map((clause, index) => (
              <li key={index}>
                <SentimentBadge sentiment={clause} /> <span className="muted small">{format.number(clause.score, 2)}</span> {clause.text}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section className="detail-section">
        <h3>{t('themes.tryIt.redacted')}</h3>
        <p className="detail-text" data-testid="try-redacted">
          {analysis.text_redacted}
        </p>
      </section>
      <details className="explanation" data-testid="try-explanation">
        <summary>{t('feedback.whyLabels')}</summary>
        <pre className="code-block">{JSON.stringify(analysis.explanation, null, 2)}</pre>
      </details>
    </div>
  );
}
