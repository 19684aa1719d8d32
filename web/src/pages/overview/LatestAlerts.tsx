// The Overview's "latest alerts": the newest open alerts (severity, title, how often, when), with a
// link to the alerts inbox where they are handled. Alerts are not filtered by the dashboard filters:
// an alert is about the whole organisation and must not hide behind a channel filter.
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { listAlerts } from '../../api/alerts.ts';
import { ChartCard } from '../../components/charts/ChartCard.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../i18n/format.ts';

export const LATEST_ALERTS = 5;

export function LatestAlerts() {
  const { t } = useTranslation();
  const format = useFormat();
  const alerts = useAsync(() => listAlerts({ status: 'open', limit: LATEST_ALERTS }).then((response) => response.items), []);
  const columns = [t('dashboards.overview.alerts.severity'), t('dashboards.overview.alerts.alert'), t('dashboards.overview.alerts.count'), t('dashboards.overview.alerts.lastSeen')];
  const table = { columns, rows: (alerts.data ?? []).map((alert) => [t(`alerts.severity.${alert.severity}`), alert.title, alert.count, alert.last_seen_at]) };
  return (
    <ChartCard
      title={t('dashboards.overview.alerts.title')}
      table={table}
      testId="overview-alerts"
      actions={
        <Link to="/alerts" data-testid="overview-alerts-link">
          {t('dashboards.overview.alerts.all')}
        </Link>
      }
    >
      {alerts.error ? (
        <ErrorMessage error={alerts.error} onRetry={alerts.reload} />
      ) : !alerts.data ? (
        <Loading />
      ) : alerts.data.length === 0 ? (
        <p className="muted" data-testid="overview-alerts-empty">
          {t('dashboards.overview.alerts.empty')}
        </p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={column} className={index === 2 ? 'numeric' : undefined}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {alerts.data.map((alert) => (
              <tr key={alert.id} data-testid="overview-alert" data-alert-id={alert.id}>
                <td>
                  <strong className={`severity-${alert.severity}`} data-testid="overview-alert-severity" data-severity={alert.severity}>
                    {t(`alerts.severity.${alert.severity}`)}
                  </strong>
                </td>
                <td>
                  <Link to="/alerts" data-testid="overview-alert-title">
                    {alert.title}
                  </Link>
                </td>
                <td className="numeric" data-testid="overview-alert-count">
                  {format.number(alert.count)}
                </td>
                <td title={format.dateTime(alert.last_seen_at)}>{format.relative(alert.last_seen_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ChartCard>
  );
}
