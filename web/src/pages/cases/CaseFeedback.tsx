// What the customer said that opened the case, with the words that made the text engine see each
// theme marked, so the agent reads the problem instead of re-asking it.
import { useTranslation } from 'react-i18next';
import { getFeedback } from '../../api/feedback.ts';
import type { Feedback } from '../../api/types.ts';
import { BreakpointChip } from '../../components/BreakpointChip.tsx';
import { RatingChips } from '../../components/RatingChips.tsx';
import { SentimentBadge } from '../../components/SentimentBadge.tsx';
import { ThemeTags } from '../../components/ThemeTags.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../i18n/format.ts';
import { localizedLabel } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { highlightSegments, type EvidenceSource } from '../settings/themes/highlight.ts';

interface Props {
  items: Feedback[];
  nameOf: (key: string) => string;
}

interface StoredTheme {
  id: string;
  label_en?: string;
  label_zh?: string;
  evidence?: string[];
}

/** The stored analysis keeps each theme's evidence; the list shape has none, so the item is read in full. */
function evidenceOf(feedback: Feedback | undefined): StoredTheme[] {
  const analysis = feedback?.analysis_explanation as { themes?: StoredTheme[] } | null | undefined;
  return Array.isArray(analysis?.themes) ? analysis.themes.filter((theme) => Array.isArray(theme.evidence)) : [];
}

function FeedbackEvidence({ item, nameOf }: { item: Feedback; nameOf: (key: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const detail = useAsync(() => (item.analysis_explanation !== undefined ? Promise.resolve(item) : getFeedback(item.id)), [item.id]);
  const themes = evidenceOf(detail.data);
  const text = item.text_redacted ?? item.text ?? '';
  const sources: EvidenceSource[] = themes.map((theme) => ({ key: theme.id, evidence: theme.evidence ?? [] }));
  const labels = new Map(themes.map((theme) => [theme.id, localizedLabel(theme, language, theme.id)]));
  return (
    <li className="case-feedback-item" data-testid="case-feedback-item" data-feedback-id={item.id}>
      <div className="feedback-meta">
        <time dateTime={item.occurred_at ?? undefined} className="feedback-time">
          {format.dateTime(item.occurred_at)}
        </time>
        <span className="meta-sep" aria-hidden="true">
          ·
        </span>
        <span className="feedback-source">{t(`sources.${item.source}`, { defaultValue: item.source })}</span>
        {item.channel && <span className="chip channel-chip">{nameOf(item.channel)}</span>}
        <span className="feedback-meta-end">
          <SentimentBadge sentiment={item.sentiment} />
        </span>
      </div>
      <p className="detail-text highlighted-text" data-testid="case-feedback-text">
        {text
          ? highlightSegments(text, sources).map((segment, index) => {
              if (segment.keys.length === 0) return <span key={index}>{segment.text}</span>;
              const names = segment.keys.map((key) => labels.get(key) ?? key).join(t('common.listSeparator'));
              return (
                <mark key={index} className="evidence-mark" title={names} data-testid="evidence-mark">
                  {segment.text}
                  <span className="visually-hidden"> ({t('cases.feedback.evidenceFor', { names })})</span>
                </mark>
              );
            })
          : <span className="muted">{t('feedback.noText')}</span>}
      </p>
      <div className="feedback-tags">
        <RatingChips feedback={item} />
        <ThemeTags themes={item.themes} />
        {item.breakpoint && <BreakpointChip breakpoint={item.breakpoint} nameOf={nameOf} />}
      </div>
    </li>
  );
}

export function CaseFeedback({ items, nameOf }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="case-feedback-title" data-testid="case-feedback">
      <h2 id="case-feedback-title">{t('cases.feedback.title', { count: items.length })}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('cases.feedback.none')}</p>
      ) : (
        <ul className="case-feedback-list">
          {items.map((item) => (
            <FeedbackEvidence key={item.id} item={item} nameOf={nameOf} />
          ))}
        </ul>
      )}
    </section>
  );
}
