// The agent console's queue: my cases, my teams' cases, or all of them, with the SLA clock of each.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { listCases, type Case } from '../../api/cases.ts';
import { listTeams } from '../../api/users.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../i18n/format.ts';
import { customerName } from '../customers/customerName.ts';
import { currentClock, PriorityBadge, SlaBadge, StatusBadge } from './CaseBadges.tsx';
import { CasesFiltersBar } from './CasesFiltersBar.tsx';
import { hasFilters, queuesFor, readFilters, toQuery, writeFilters, type QueueFilters } from './caseFilters.ts';
import './cases.css';

export function CasesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params, user.role);
  const filterKey = writeFilters(filters, user.role).toString();
  const teams = useAsync(() => listTeams().then((response) => response.items), []);
  const [items, setItems] = useState<Case[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const load = async (reset: boolean, signal?: AbortSignal) => {
    setLoading(true);
    setError(null);
    try {
      const page = await listCases(toQuery(filters), reset ? null : cursor, signal);
      setItems((current) => (reset ? page.items : [...current, ...page.items]));
      setCursor(page.next_cursor);
    } catch (cause) {
      if (!(cause instanceof DOMException && cause.name === 'AbortError')) setError(cause);
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    setItems([]);
    void load(true, controller.signal);
    return () => controller.abort();
    // Start from the top whenever the tab or a filter changes.
  }, [filterKey, user.role]);

  const update = (next: Partial<QueueFilters>) => setParams(writeFilters({ ...filters, ...next }, user.role));

  return (
    <div className="page" data-testid="cases-page">
      <PageHeader title={t('cases.title')} subtitle={t('cases.subtitle')} />
      <nav className="case-tabs" aria-label={t('cases.queues.label')}>
        {queuesFor(user.role).map((queue) => (
          <button
            key={queue}
            type="button"
            className={filters.queue === queue ? 'button small primary' : 'button small'}
            aria-pressed={filters.queue === queue}
            data-testid={`cases-tab-${queue}`}
            onClick={() => update({ queue })}
          >
            {t(`cases.queues.${queue}`)}
          </button>
        ))}
      </nav>
      <CasesFiltersBar filters={filters} teams={teams.data ?? []} onChange={update} />
      <ErrorMessage error={error} onRetry={() => load(true)} />
      <section className="card">
        {loading && items.length === 0 ? (
          <Loading />
        ) : items.length === 0 ? (
          <p className="muted empty-state" data-testid="cases-empty">
            {hasFilters(filters) ? t('cases.emptyFiltered') : t(`cases.empty.${filters.queue}`)}
          </p>
        ) : (
          <table className="data-table" data-testid="cases-table">
            <TableHead
              columns={[
                t('cases.columns.number'),
                t('cases.columns.title'),
                t('cases.columns.customer'),
                t('cases.columns.status'),
                t('cases.columns.priority'),
                t('cases.columns.owner'),
                t('cases.columns.sla'),
                t('cases.columns.age'),
              ]}
            />
            <tbody>
              {items.map((item) => (
                <tr key={item.id} data-testid="case-row" data-case-id={item.id} data-status={item.status}>
                  <td className="mono">#{item.number}</td>
                  <td>
                    <Link to={`/cases/${item.id}`} data-testid="case-link">
                      {item.title}
                    </Link>
                  </td>
                  <td>{item.customer ? customerName(t, { ...item.customer, erased_at: null }) : <span className="muted">—</span>}</td>
                  <td>
                    <StatusBadge status={item.status} />
                  </td>
                  <td>
                    <PriorityBadge priority={item.priority} />
                  </td>
                  <td data-testid="case-owner">
                    {item.team?.name ?? <span className="muted">{t('cases.noTeam')}</span>}
                    <span className="muted small"> · {item.assignee?.name ?? t('cases.unassigned')}</span>
                  </td>
                  <td>
                    <SlaBadge clock={currentClock(item)} />
                  </td>
                  <td title={format.dateTime(item.created_at)}>{format.relative(item.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {cursor && (
          <div className="list-footer">
            <button type="button" className="button" onClick={() => load(false)} disabled={loading} data-testid="cases-more">
              {loading ? t('common.loading') : t('cases.more')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
