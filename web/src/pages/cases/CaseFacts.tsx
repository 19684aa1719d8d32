// The case at a glance: where it stands, who owns it, and how both SLA clocks are doing.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Case } from '../../api/cases.ts';
import { useFormat } from '../../i18n/format.ts';
import { PriorityBadge, SlaBadge, StatusBadge } from './CaseBadges.tsx';

export function CaseFacts({ item }: { item: Case }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fact = (label: string, value: ReactNode, testId?: string) => (
    <div className="case-fact" data-testid={testId}>
      <span className="figure-label">{label}</span>
      <span className="case-fact-value">{value}</span>
    </div>
  );
  return (
    <section className="case-facts card" aria-label={t('cases.facts')} data-testid="case-facts">
      {fact(t('cases.columns.status'), <StatusBadge status={item.status} />)}
      {fact(t('cases.columns.priority'), <PriorityBadge priority={item.priority} />)}
      {fact(t('cases.assign.team'), item.team?.name ?? <span className="muted">{t('cases.noTeam')}</span>, 'case-team')}
      {fact(t('cases.assign.assignee'), item.assignee?.name ?? <span className="muted">{t('cases.unassigned')}</span>, 'case-assignee')}
      {fact(
        t('cases.sla.first_response'),
        item.first_responded_at ? (
          <span className="inline-row">
            <SlaBadge clock={{ kind: 'first_response', state: item.sla.first_response, due: item.first_response_due_at }} testId="sla-first-response" />
            <span className="muted small">{format.dateTime(item.first_responded_at)}</span>
          </span>
        ) : (
          <SlaBadge clock={{ kind: 'first_response', state: item.sla.first_response, due: item.first_response_due_at }} testId="sla-first-response" />
        ),
      )}
      {fact(t('cases.sla.resolution'), <SlaBadge clock={{ kind: 'resolution', state: item.sla.resolution, due: item.resolution_due_at }} testId="sla-resolution" />)}
      {fact(t('cases.transfers'), <span data-testid="case-transfers">{format.number(item.transfer_count)}</span>)}
      {item.reopen_count > 0 && fact(t('cases.reopens'), format.number(item.reopen_count))}
      {item.escalated_at && fact(t('cases.escalated'), <span className="badge sla-breached">{format.dateTime(item.escalated_at)}</span>, 'case-escalated')}
      {fact(
        t('cases.source.label'),
        item.source === 'alert' && item.alert_id ? <Link to="/alerts">{t('cases.source.alert')}</Link> : t(`cases.source.${item.source}`),
      )}
      {fact(t('cases.opened'), <span title={format.dateTime(item.created_at)}>{format.relative(item.created_at)}</span>)}
    </section>
  );
}
