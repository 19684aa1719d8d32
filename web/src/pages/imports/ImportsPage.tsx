import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listImports } from '../../api/imports.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { canEditSettings } from '../../app/permissions.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../i18n/format.ts';
import { formatBytes, statusClass } from './importLabels.ts';
import './imports.css';

export function ImportsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const allowed = canEditSettings(user.role);
  return (
    <div className="page">
      <PageHeader
        title={t('imports.title')}
        subtitle={t('imports.subtitle')}
        actions={
          allowed ? (
            <Link to="/imports/new" className="button primary" data-testid="import-new">
              {t('imports.new')}
            </Link>
          ) : undefined
        }
      />
      {allowed ? <ImportList /> : <p className="notice">{t('imports.notAllowed')}</p>}
    </div>
  );
}

function ImportList() {
  const { t } = useTranslation();
  const format = useFormat();
  const imports = useAsync(() => listImports().then((response) => response.items), []);
  if (imports.loading && !imports.data) return <Loading />;
  if (imports.error) return <ErrorMessage error={imports.error} onRetry={imports.reload} />;
  if (!imports.data?.length) {
    return (
      <section className="card">
        <p className="muted" data-testid="imports-empty">
          {t('imports.empty')}
        </p>
      </section>
    );
  }
  return (
    <section className="card">
      <table className="data-table" data-testid="imports-table">
        <TableHead columns={[t('imports.file'), t('imports.status'), t('imports.created'), t('imports.duplicates'), t('imports.failed'), t('imports.when')]} />
        <tbody>
          {imports.data.map((item) => (
            <tr key={item.id} data-testid="import-row">
              <td>
                <Link to={item.status === 'uploaded' ? `/imports/${item.id}/map` : `/imports/${item.id}`}>{item.file_name}</Link>
                <div className="muted small">
                  {item.format.toUpperCase()} · {formatBytes(item.file_size)}
                  {item.source && ` · ${t(`sources.${item.source}`, { defaultValue: item.source })}`}
                </div>
              </td>
              <td>
                <span className={statusClass(item.status)}>{t(`imports.statuses.${item.status}`)}</span>
              </td>
              <td>{format.number(item.progress.rows_created)}</td>
              <td>{format.number(item.progress.rows_duplicate)}</td>
              <td>{format.number(item.progress.rows_failed)}</td>
              <td title={format.dateTime(item.created_at)}>{format.relative(item.created_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
