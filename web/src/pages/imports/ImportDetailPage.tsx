import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { cancelImport, deleteImport, getImport, importErrorsCsvUrl, listImportErrors } from '../../api/imports.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useChannels } from '../../hooks/useChannels.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { useFormat } from '../../i18n/format.ts';
import { formatBytes, isActive, statusClass, targetLabel } from './importLabels.ts';
import './imports.css';

const POLL_MS = 1000;
const SHOWN_ERRORS = 200;

/** Step 3: the import runs in the background; this page follows it and lists what went wrong, row by row. */
export function ImportDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { nameOf } = useChannels();
  const { importId = '' } = useParams();
  const record = useAsync(() => getImport(importId), [importId]);
  const status = record.data?.status;
  const errors = useAsync(() => (status && !isActive(status) && record.data!.progress.error_count > 0 ? listImportErrors(importId) : Promise.resolve(null)), [importId, status]);

  useEffect(() => {
    if (!status || !isActive(status)) return;
    const timer = window.setTimeout(record.reload, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [record.data]);

  const cancel = useMutation(() => cancelImport(importId), () => record.reload());
  const remove = useMutation(() => deleteImport(importId), () => navigate('/imports'));

  if (record.error && !record.data) return <ErrorMessage error={record.error} onRetry={record.reload} />;
  if (!record.data) return <Loading />;
  const item = record.data;
  const { progress } = item;

  return (
    <div className="page" data-testid="import-detail" data-status={item.status}>
      <Link to="/imports" className="back-link">
        ← {t('imports.title')}
      </Link>
      <PageHeader
        title={item.file_name}
        subtitle={`${item.format.toUpperCase()} · ${formatBytes(item.file_size)}${item.encoding ? ` · ${item.encoding}` : ''}`}
        actions={
          isActive(item.status) ? (
            <button type="button" className="button" onClick={() => cancel.run()} disabled={cancel.pending}>
              {t('imports.cancel')}
            </button>
          ) : (
            <button type="button" className="button danger-text" onClick={() => remove.run()} disabled={remove.pending}>
              {t('imports.remove')}
            </button>
          )
        }
      />
      <ErrorMessage error={cancel.error ?? remove.error} />
      <section className="card">
        <div className="inline-row">
          <span className={statusClass(item.status)} data-testid="import-status">
            {t(`imports.statuses.${item.status}`)}
          </span>
          {item.source && item.channel && (
            <span className="muted">
              {t(`sources.${item.source}`, { defaultValue: item.source })} · {nameOf(item.channel)}
            </span>
          )}
        </div>
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.percent} aria-label={t('imports.progress')}>
          <div className="progress-bar" style={{ width: `${progress.percent}%` }} />
        </div>
        <dl className="import-counts" data-testid="import-counts">
          <div>
            <dt>{t('imports.rowsRead')}</dt>
            <dd>{format.number(progress.rows_read)}</dd>
          </div>
          <div>
            <dt>{t('imports.created')}</dt>
            <dd data-testid="rows-created">{format.number(progress.rows_created)}</dd>
          </div>
          <div>
            <dt>{t('imports.duplicates')}</dt>
            <dd>{format.number(progress.rows_duplicate)}</dd>
          </div>
          <div>
            <dt>{t('imports.failed')}</dt>
            <dd data-testid="rows-failed">{format.number(progress.rows_failed)}</dd>
          </div>
        </dl>
        {item.failure && <p className="warning">{item.failure}</p>}
        {item.status === 'completed' && progress.rows_created > 0 && item.source && (
          <Link to={`/inbox?source=${item.source}`} className="button">
            {t('imports.seeFeedback')}
          </Link>
        )}
      </section>
      {item.mapping && (
        <section className="card">
          <h2>{t('imports.mapping')}</h2>
          <ul className="mapping-summary">
            {Object.entries(item.mapping).map(([target, column]) => (
              <li key={target}>
                <span className="mono">{column}</span> → {targetLabel(t, target)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {progress.error_count > 0 && (
        <section className="card" data-testid="import-errors">
          <div className="inline-row">
            <h2>{t('imports.problems', { count: progress.error_count })}</h2>
            <a className="button small" href={importErrorsCsvUrl(item.id)} download data-testid="import-errors-download">
              {t('imports.downloadReport')}
            </a>
          </div>
          {errors.data && (
            <table className="data-table">
              <TableHead columns={[t('imports.row'), t('imports.field'), t('imports.problem')]} />
              <tbody>
                {errors.data.items.slice(0, SHOWN_ERRORS).map((error, index) => (
                  <tr key={`${error.row_number}-${index}`} data-testid="import-error">
                    <td>{error.row_number}</td>
                    <td>{error.field ? `${targetLabel(t, error.field)}${error.column ? ` (${error.column})` : ''}` : '—'}</td>
                    <td>{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {errors.data && errors.data.items.length > SHOWN_ERRORS && <p className="muted small">{t('imports.moreInReport')}</p>}
        </section>
      )}
    </div>
  );
}
