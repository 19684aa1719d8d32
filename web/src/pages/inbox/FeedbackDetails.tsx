import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Feedback } from '../../api/types.ts';
import { BreakpointChip } from '../../components/BreakpointChip.tsx';
import { displayValue, KeyValueTable } from '../../components/KeyValueTable.tsx';
import { RatingChips } from '../../components/RatingChips.tsx';
import { SentimentBadge } from '../../components/SentimentBadge.tsx';
import { ThemeTags } from '../../components/ThemeTags.tsx';
import { useFormat } from '../../i18n/format.ts';

interface Props {
  feedback: Feedback;
  nameOf: (key: string) => string;
  /** False while only the list's preview is known: the explanation is not loaded yet. */
  complete: boolean;
  /** The customer 360 shows items of its own customer: no link back to where the reader already is. */
  showCustomerLink?: boolean;
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="detail-section" data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function FeedbackDetails({ feedback, nameOf, complete, showCustomerLink = true }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [showOriginal, setShowOriginal] = useState(false);
  const redacted = feedback.text_redacted ?? feedback.text ?? '';
  // Only offer the original when redaction actually changed something.
  const hasOriginal = Boolean(feedback.text) && feedback.text !== redacted;
  const text = showOriginal && hasOriginal ? (feedback.text ?? '') : redacted;
  const metadata = Object.entries(feedback.metadata ?? {});
  const identifiers = Object.entries(feedback.identifiers ?? {});
  const mentioned = feedback.mentioned_channels ?? [];
  const hasRatings = [feedback.nps, feedback.csat, feedback.ces, feedback.stars].some((v) => v !== null && v !== undefined);

  return (
    <div className="feedback-details" data-testid="feedback-details" data-feedback-id={feedback.id}>
      <Section title={t('feedback.text')}>
        <p className={text ? 'detail-text' : 'detail-text muted'} data-testid="feedback-text">
          {text || t('feedback.noText')}
        </p>
        {hasOriginal && (
          <button
            type="button"
            className="button small ghost"
            aria-pressed={showOriginal}
            data-testid="toggle-original"
            onClick={() => setShowOriginal((value) => !value)}
          >
            {showOriginal ? t('feedback.showRedacted') : t('feedback.showOriginal')}
          </button>
        )}
      </Section>

      <Section title={t('feedback.analysis')}>
        <KeyValueTable
          rows={[
            [
              t('feedback.sentiment'),
              <span className="inline-row">
                <SentimentBadge sentiment={feedback.sentiment} />
                {feedback.sentiment && (
                  <span className="muted">
                    {t('feedback.score', { score: format.number(feedback.sentiment.score, 2) })}
                  </span>
                )}
              </span>,
            ],
            [t('feedback.language'), format.languageName(feedback.lang)],
            [t('feedback.themes'), feedback.themes?.length ? <ThemeTags themes={feedback.themes} /> : '—'],
            [
              t('feedback.mentionedChannels'),
              mentioned.length ? mentioned.map((key) => nameOf(key)).join(t('common.listSeparator')) : '—',
            ],
            [
              t('feedback.breakpoint'),
              feedback.breakpoint ? <BreakpointChip breakpoint={feedback.breakpoint} nameOf={nameOf} /> : '—',
            ],
          ]}
        />
      </Section>

      {hasRatings && (
        <Section title={t('feedback.ratings')}>
          <RatingChips feedback={feedback} />
        </Section>
      )}

      <Section title={t('feedback.context')}>
        <KeyValueTable
          rows={[
            [t('feedback.source'), t(`sources.${feedback.source}`, { defaultValue: feedback.source })],
            [t('feedback.channel'), feedback.channel ? nameOf(feedback.channel) : '—'],
            [t('feedback.occurredAt'), format.dateTime(feedback.occurred_at)],
            [t('feedback.receivedAt'), format.dateTime(feedback.received_at)],
            [t('feedback.journey'), <code>{feedback.journey_id ?? '—'}</code>],
            [t('feedback.stage'), <code>{feedback.stage_id ?? '—'}</code>],
            [t('feedback.touchpoint'), <code>{feedback.touchpoint_id ?? '—'}</code>],
            [
              t('feedback.customer'),
              feedback.customer_id && showCustomerLink ? (
                <Link to={`/customers/${feedback.customer_id}`} data-testid="open-customer">
                  {t('customers.open360')}
                </Link>
              ) : (
                <code>{feedback.customer_id ?? '—'}</code>
              ),
            ],
            [t('feedback.externalId'), <code>{feedback.external_id ?? '—'}</code>],
            [t('feedback.id'), <code>{feedback.id}</code>],
          ]}
        />
      </Section>

      <Section title={t('feedback.identifiers')} testId="feedback-identifiers">
        {identifiers.length ? (
          <KeyValueTable rows={identifiers.map(([key, value]) => [key, <code>{value}</code>])} />
        ) : (
          <p className="muted">{t('feedback.none')}</p>
        )}
      </Section>

      <Section title={t('feedback.metadata')} testId="feedback-metadata">
        {metadata.length ? (
          <KeyValueTable rows={metadata.map(([key, value]) => [key, <code>{displayValue(value)}</code>])} />
        ) : (
          <p className="muted">{t('feedback.none')}</p>
        )}
      </Section>

      {complete && feedback.analysis_explanation !== undefined && feedback.analysis_explanation !== null && (
        <details className="explanation" data-testid="feedback-explanation">
          <summary>{t('feedback.whyLabels')}</summary>
          <p className="muted small">{t('feedback.whyLabelsHint')}</p>
          <pre className="code-block">{JSON.stringify(feedback.analysis_explanation, null, 2)}</pre>
        </details>
      )}
    </div>
  );
}
