// How the case ended and what the customer said afterwards: the re-survey closes the loop.
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../api/cases.ts';
import { getFeedback } from '../../api/feedback.ts';
import { KeyValueTable } from '../../components/KeyValueTable.tsx';
import { RatingChips } from '../../components/RatingChips.tsx';
import { SentimentBadge } from '../../components/SentimentBadge.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../i18n/format.ts';

function ResurveyAnswer({ feedbackId }: { feedbackId: string }) {
  const { t } = useTranslation();
  const answer = useAsync(() => getFeedback(feedbackId), [feedbackId]);
  if (!answer.data) return null;
  const text = answer.data.text_redacted ?? answer.data.text;
  return (
    <div className="resurvey-answer" data-testid="resurvey-answer">
      <div className="feedback-tags">
        <RatingChips feedback={answer.data} />
        <SentimentBadge sentiment={answer.data.sentiment} />
      </div>
      {text && <p className="detail-text" data-testid="resurvey-text">{text}</p>}
      {!text && <p className="muted small">{t('feedback.noText')}</p>}
    </div>
  );
}

export function ResolutionPanel({ item }: { item: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sent = [...item.events].reverse().find((event) => event.kind === 'resurvey_sent');
  if (!item.resolved_at && !item.root_cause && !sent && !item.resurvey_feedback_id) return null;
  const state = item.resurvey_feedback_id ? 'received' : sent ? 'sent' : item.resolved_at ? 'none' : 'open';
  return (
    <section className="card" aria-labelledby="case-resolution-title" data-testid="case-resolution">
      <h2 id="case-resolution-title">{t('cases.resolution.title')}</h2>
      {(item.root_cause || item.resolution_code) && (
        <KeyValueTable
          rows={[
            [t('cases.resolve.rootCause'), <span data-testid="resolution-root-cause">{item.root_cause ?? '—'}</span>],
            [t('cases.resolve.code'), <span data-testid="resolution-code">{item.resolution_code ?? '—'}</span>],
            [t('cases.resolve.note'), item.resolution_note ?? '—'],
            [t('cases.resolution.resolvedAt'), format.dateTime(item.resolved_at)],
          ]}
        />
      )}
      <div className="resurvey" data-testid="resurvey-status" data-state={state}>
        <h3>{t('cases.resurvey.title')}</h3>
        <p className={state === 'received' ? 'resurvey-received' : 'muted'}>
          {state === 'received'
            ? t('cases.resurvey.received')
            : state === 'sent'
              ? t('cases.resurvey.sent', { when: format.dateTime(sent?.created_at) })
              : state === 'none'
                ? t('cases.resurvey.notSent')
                : t('cases.resurvey.afterResolution')}
        </p>
        {item.resurvey_feedback_id && <ResurveyAnswer feedbackId={item.resurvey_feedback_id} />}
      </div>
    </section>
  );
}
