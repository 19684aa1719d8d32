// The in-app alert inbox: what needs attention now, with acknowledge, snooze and resolve.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actOnAlert, listAlerts, type Alert } from '../../api/alerts.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { AsyncList } from '../../components/AsyncList.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { AlertsTabs } from './AlertsTabs.tsx';

const STATUSES = ['active', 'open', 'acknowledged', 'snoozed', 'resolved', ''] as const;
const SNOOZE_HOURS = [1, 4, 24, 168] as const;

export function AlertsInboxPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const canHandle = user.role !== 'viewer';
  const [status, setStatus] = useState<string>('active');
  const [severity, setSeverity] = useState('');
  const alerts = useAsync(() => listAlerts({ status: status || undefined, severity: severity || undefined }).then((r) => r.items), [status, severity]);
  const act = useMutation((alert: Alert, action: 'acknowledge' | 'resolve' | 'reopen' | number) =>
    typeof action === 'number'
      ? actOnAlert(alert.id, { action: 'snooze', until: new Date(Date.now() + action * 3_600_000).toISOString() })
      : actOnAlert(alert.id, { action }),
  () => alerts.reload());
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);

  return (
    <div className="page">
      <PageHeader title={t('alerts.inbox.title')} subtitle={t('alerts.inbox.subtitle')} />
      <AlertsTabs />
      <div className="toolbar" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', marginBottom: '1rem' }}>
        <label>
          {t('alerts.inbox.status')}{' '}
          <select value={status} data-testid="alerts-filter-status" onChange={(event) => setStatus(event.target.value)}>
            {STATUSES.map((value) => <option key={value} value={value}>{t(`alerts.status.${value || 'all'}`)}</option>)}
          </select>
        </label>
        <label>
          {t('alerts.inbox.severity')}{' '}
          <select value={severity} data-testid="alerts-filter-severity" onChange={(event) => setSeverity(event.target.value)}>
            {['', 'critical', 'warning', 'info'].map((value) => <option key={value} value={value}>{t(`alerts.severity.${value || 'all'}`)}</option>)}
          </select>
        </label>
      </div>
      <ErrorMessage error={act.error} testId="alerts-error" />
      <AsyncList state={alerts} emptyTestId="alerts-empty" emptyText={t('alerts.inbox.empty')}>
        {(items) => (
          <ul className="card-list" style={{ listStyle: 'none', padding: 0 }}>
            {items.map((alert) => (
              <li key={alert.id} className="card" data-testid="alert-item" data-status={alert.status}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: '1rem', flexWrap: 'wrap' }}>
                  <div>
                    <strong className={`severity-${alert.severity}`}>{t(`alerts.severity.${alert.severity}`)}</strong> · <span data-testid="alert-title">{alert.title}</span>
                    <div className="muted">
                      {t(`alerts.kind.${alert.kind}`)} · {alert.rule.name} · {t('alerts.inbox.count', { count: alert.count })} · {when(alert.last_seen_at)}
                    </div>
                    <div className="muted" data-testid="alert-status">
                      {t(`alerts.status.${alert.status}`)}
                      {alert.snoozed_until ? ` · ${t('alerts.inbox.until', { when: when(alert.snoozed_until) })}` : ''}
                    </div>
                  </div>
                  {canHandle && (
                    <div className="form-actions">
                      {alert.status === 'open' && (
                        <button type="button" className="button small primary" data-testid="alert-acknowledge" disabled={act.pending} onClick={() => act.run(alert, 'acknowledge')}>
                          {t('alerts.actions.acknowledge')}
                        </button>
                      )}
                      {alert.status !== 'resolved' && (
                        <select aria-label={t('alerts.actions.snooze')} data-testid="alert-snooze" value="" disabled={act.pending} onChange={(event) => event.target.value && act.run(alert, Number(event.target.value))}>
                          <option value="">{t('alerts.actions.snooze')}…</option>
                          {SNOOZE_HOURS.map((hours) => <option key={hours} value={hours}>{t(`alerts.snooze.h${hours}`)}</option>)}
                        </select>
                      )}
                      {alert.status !== 'resolved' ? (
                        <button type="button" className="button small" data-testid="alert-resolve" disabled={act.pending} onClick={() => act.run(alert, 'resolve')}>
                          {t('alerts.actions.resolve')}
                        </button>
                      ) : (
                        <button type="button" className="button small" disabled={act.pending} onClick={() => act.run(alert, 'reopen')}>
                          {t('alerts.actions.reopen')}
                        </button>
                      )}
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </AsyncList>
    </div>
  );
}
