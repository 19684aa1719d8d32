// The small marks every case screen shares: status, priority, and the SLA clock that matters now.
import { useTranslation } from 'react-i18next';
import type { Case, CasePriority, CaseStatus, SlaState } from '../../api/cases.ts';
import { useFormat } from '../../i18n/format.ts';

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge case-status case-status-${status}`} data-testid="case-status" data-status={status}>
      {t(`cases.status.${status}`)}
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: CasePriority }) {
  const { t } = useTranslation();
  return (
    <span className={`badge case-priority case-priority-${priority}`} data-testid="case-priority" data-priority={priority}>
      {t(`cases.priority.${priority}`)}
    </span>
  );
}

export interface SlaClock {
  kind: 'first_response' | 'resolution';
  state: SlaState;
  due: string | null;
}

/** The clock an agent races now: first response until someone answered, then resolution. */
export function currentClock(item: Case): SlaClock {
  if (!item.first_responded_at && item.status !== 'resolved' && item.status !== 'closed') {
    return { kind: 'first_response', state: item.sla.first_response, due: item.first_response_due_at };
  }
  return { kind: 'resolution', state: item.sla.resolution, due: item.resolution_due_at };
}

/** One SLA clock: "due in 3 hours" (amber once warned), "breached", or "met". */
export function SlaBadge({ clock, testId = 'sla-badge', withLabel = false }: { clock: SlaClock; testId?: string; withLabel?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = withLabel ? `${t(`cases.sla.${clock.kind}`)}: ` : '';
  if (!clock.due && clock.state === 'pending') {
    return <span className="muted small" data-testid={testId} data-sla="none">{label}—</span>;
  }
  const text =
    clock.state === 'breached'
      ? t('cases.sla.breached')
      : clock.state === 'met'
        ? t('cases.sla.met')
        : t('cases.sla.dueIn', { when: format.relative(clock.due) });
  return (
    <span className={`badge sla-badge sla-${clock.state}`} data-testid={testId} data-sla={clock.state} title={clock.due ? format.dateTime(clock.due) : undefined}>
      {label}
      {text}
    </span>
  );
}
