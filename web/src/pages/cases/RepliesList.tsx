import { useTranslation } from 'react-i18next';
import { markCaseReplySent, type Reply } from '../../api/caseReplies.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useMutation } from '../../hooks/useMutation.ts';
import { useFormat } from '../../i18n/format.ts';

interface Props {
  caseId: string;
  replies: Reply[];
  canWork: boolean;
  onChanged: () => void;
}

/** What the customer was told, and how it went out; WeChat messages wait here until the agent sent them. */
export function RepliesList({ caseId, replies, canWork, onChanged }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const markSent = useMutation((replyId: string) => markCaseReplySent(caseId, replyId), onChanged);
  if (replies.length === 0) return null;
  return (
    <section className="card" aria-labelledby="case-replies-title" data-testid="case-replies">
      <h2 id="case-replies-title">{t('cases.replies.title')}</h2>
      <ul className="reply-list">
        {replies.map((reply) => (
          <li key={reply.id} className="reply" data-testid="case-reply" data-status={reply.status} data-channel={reply.channel}>
            <div className="feedback-meta">
              <span className="chip">{t(`cases.replies.channels.${reply.channel}`)}</span>
              {reply.address && <span className="mono small">{reply.address}</span>}
              <span className={`badge reply-status reply-status-${reply.status}`} data-testid="case-reply-status">
                {t(`cases.replies.status.${reply.status}`)}
              </span>
              <span className="muted small">
                {reply.author?.name ?? t('cases.events.system')} · {format.dateTime(reply.sent_at ?? reply.created_at)}
              </span>
            </div>
            {reply.subject && <p className="reply-subject">{reply.subject}</p>}
            <p className="detail-text">{reply.body}</p>
            {reply.error && <p className="warning small">{reply.error}</p>}
            {reply.status === 'to_send' && canWork && (
              <div className="form-actions">
                <CopyButton text={reply.body} testId="reply-copy" />
                <button type="button" className="button small primary" data-testid="reply-mark-sent" disabled={markSent.pending} onClick={() => markSent.run(reply.id)}>
                  {t('cases.replies.markSent')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ErrorMessage error={markSent.error} />
    </section>
  );
}
