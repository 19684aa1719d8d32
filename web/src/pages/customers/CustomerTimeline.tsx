import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getTimeline, type TimelineEntry } from '../../api/customers.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { RatingChips } from '../../components/RatingChips.tsx';
import { SentimentBadge } from '../../components/SentimentBadge.tsx';
import { ThemeTags } from '../../components/ThemeTags.tsx';
import { useFormat } from '../../i18n/format.ts';

interface Props {
  customerId: string;
  /** Changes when the profile changed (a merge or unmerge): the timeline loads again. */
  version: number;
  nameOf: (key: string) => string;
  onOpen: (entry: TimelineEntry) => void;
  /** Extra buttons for an entry (e.g. "Open case"), shown under its tags. */
  renderActions?: (entry: TimelineEntry) => ReactNode;
}

/** Everything the customer said, on every channel, newest first: what an agent reads before answering. */
export function CustomerTimeline({ customerId, version, nameOf, onOpen, renderActions }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const load = async (from: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const page = await getTimeline(customerId, from);
      setEntries((current) => (from ? [...current, ...page.items] : page.items));
      setCursor(page.next_cursor);
    } catch (cause) {
      setError(cause);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    setEntries([]);
    void load(null);
  }, [customerId, version]);

  return (
    <section className="card" aria-labelledby="timeline-title" data-testid="customer-timeline">
      <h2 id="timeline-title">{t('customers.timeline')}</h2>
      <ErrorMessage error={error} onRetry={() => load(null)} />
      {loading && entries.length === 0 ? (
        <Loading />
      ) : entries.length === 0 ? (
        <p className="muted">{t('customers.timelineEmpty')}</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => {
            const feedback = entry.feedback;
            const text = feedback.text_redacted ?? feedback.text ?? '';
            return (
              <li key={feedback.id} className="timeline-entry" data-testid="timeline-entry" data-channel={feedback.channel ?? ''}>
                <span className="timeline-dot" aria-hidden="true" />
                <div className="timeline-body">
                  <div className="feedback-meta">
                    <time dateTime={entry.occurred_at} title={format.dateTime(entry.occurred_at)} className="feedback-time">
                      {format.dateTime(entry.occurred_at)}
                    </time>
                    <span className="meta-sep" aria-hidden="true">
                      ·
                    </span>
                    <span className="feedback-source">{t(`sources.${feedback.source}`, { defaultValue: feedback.source })}</span>
                    {feedback.channel && <span className="chip channel-chip">{nameOf(feedback.channel)}</span>}
                    <span className="feedback-meta-end">
                      <SentimentBadge sentiment={feedback.sentiment} />
                    </span>
                  </div>
                  <button type="button" className="timeline-text" onClick={() => onOpen(entry)} data-testid="timeline-open">
                    {text || <span className="muted">{t('feedback.noText')}</span>}
                  </button>
                  <div className="feedback-tags">
                    <RatingChips feedback={feedback} />
                    <ThemeTags themes={feedback.themes} />
                  </div>
                  {renderActions?.(entry)}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {cursor && (
        <div className="list-footer">
          <button type="button" className="button" onClick={() => load(cursor)} disabled={loading}>
            {loading ? t('common.loading') : t('customers.olderItems')}
          </button>
        </div>
      )}
    </section>
  );
}
