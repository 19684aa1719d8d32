import { useTranslation } from 'react-i18next';
import type { Feedback } from '../api/types.ts';

const SYMBOL = { positive: '+', neutral: '·', negative: '−' } as const;

/** Colour plus a symbol plus a word: sentiment must be readable without seeing colour. */
export function SentimentBadge({ sentiment }: { sentiment: Feedback['sentiment'] }) {
  const { t } = useTranslation();
  if (!sentiment) {
    return <span className="badge sentiment-none">{t('sentiment.unknown')}</span>;
  }
  return (
    <span className={`badge sentiment-${sentiment.label}`} data-testid="sentiment-badge" data-sentiment={sentiment.label}>
      <span aria-hidden="true" className="badge-symbol">
        {SYMBOL[sentiment.label] ?? '?'}
      </span>
      {t(`sentiment.${sentiment.label}`)}
    </span>
  );
}
