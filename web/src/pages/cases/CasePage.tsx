// One case, everything an agent needs on one page: the customer's words and whole history, the
// clocks, the reply, the notes and the timeline — so the customer never has to explain twice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { SuggestedReply } from '../../api/caseReplies.ts';
import { getCase } from '../../api/cases.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { canWorkCases } from '../../app/permissions.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useChannels } from '../../hooks/useChannels.ts';
import { CaseActions } from './CaseActions.tsx';
import { CaseCustomer } from './CaseCustomer.tsx';
import { CaseFacts } from './CaseFacts.tsx';
import { CaseFeedback } from './CaseFeedback.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { NoteComposer } from './NoteComposer.tsx';
import { RepliesList } from './RepliesList.tsx';
import { ReplyComposer, type Prefill } from './ReplyComposer.tsx';
import { ResolutionPanel } from './ResolutionPanel.tsx';
import { SuggestedReplies } from './SuggestedReplies.tsx';
import './cases.css';

export function CasePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const { user } = useSession();
  const canWork = canWorkCases(user.role);
  const { nameOf } = useChannels();
  const detail = useAsync(() => getCase(caseId), [caseId]);
  const [prefill, setPrefill] = useState<Prefill | null>(null);
  const applySuggestion = (suggestion: SuggestedReply) => setPrefill((current) => ({ body: suggestion.body, key: (current?.key ?? 0) + 1 }));

  const back = (
    <Link to="/cases" className="back-link">
      ← {t('cases.title')}
    </Link>
  );
  if (detail.error && !detail.data) {
    return (
      <div className="page">
        {back}
        <ErrorMessage error={detail.error} onRetry={detail.reload} />
      </div>
    );
  }
  if (!detail.data || detail.data.id !== caseId) return <Loading />;
  const item = detail.data;
  const open = item.status !== 'resolved' && item.status !== 'closed';

  return (
    <div className="page case-page" data-testid="case-page" data-case-id={item.id} data-status={item.status}>
      {back}
      <PageHeader
        title={
          <span data-testid="case-title">
            <span className="mono muted">#{item.number}</span> {item.title}
          </span>
        }
        subtitle={t('cases.subtitleFor', { count: item.feedback_count, replies: item.reply_count })}
      />
      {detail.error !== null && <ErrorMessage error={detail.error} onRetry={detail.reload} />}
      <CaseFacts item={item} />
      {canWork ? <CaseActions item={item} onChanged={detail.reload} /> : <p className="notice" data-testid="read-only-notice">{t('cases.readOnly')}</p>}
      <div className="case-grid">
        <div className="case-main">
          <CaseFeedback items={item.feedback} nameOf={nameOf} />
          <ResolutionPanel item={item} />
          <RepliesList caseId={item.id} replies={item.replies} canWork={canWork} onChanged={detail.reload} />
          {canWork && open && <ReplyComposer item={item} prefill={prefill} onSent={detail.reload} />}
          {canWork && <NoteComposer caseId={item.id} onAdded={detail.reload} />}
          <CaseTimeline events={item.events} />
        </div>
        {/* Suggestions come from other customers' cases: only for those who answer customers. */}
        {canWork && (
          <aside className="case-side">
            <SuggestedReplies caseId={item.id} canUse={open} onUse={applySuggestion} />
          </aside>
        )}
      </div>
      {item.customer ? <CaseCustomer customerId={item.customer.id} nameOf={nameOf} /> : <p className="notice">{t('cases.customer.none')}</p>}
    </div>
  );
}
