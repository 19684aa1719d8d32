import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { listCustomers, type CustomerListItem } from '../../api/customers.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { useChannels } from '../../hooks/useChannels.ts';
import { useDebouncedEffect } from '../../hooks/useDebouncedEffect.ts';
import { useFormat } from '../../i18n/format.ts';
import { customerName } from './customerName.ts';
import './customers.css';

export function CustomersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useChannels();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [items, setItems] = useState<CustomerListItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  useDebouncedEffect(draft, 300, (value) => {
    if (value.trim() === q) return;
    setParams(value.trim() ? { q: value.trim() } : {}, { replace: true });
  });

  const load = async (reset: boolean, signal?: AbortSignal) => {
    setLoading(true);
    setError(null);
    try {
      const page = await listCustomers({ q: q || undefined, cursor: reset ? null : cursor }, signal);
      setItems((current) => (reset ? page.items : [...current, ...page.items]));
      setCursor(page.next_cursor);
    } catch (cause) {
      if (!(cause instanceof DOMException && cause.name === 'AbortError')) setError(cause);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    void load(true, controller.signal);
    return () => controller.abort();
    // Reload from the start whenever the search changes.
  }, [q]);

  return (
    <div className="page">
      <PageHeader title={t('customers.title')} subtitle={t('customers.subtitle')} />
      <div className="card">
        <div className="field">
          <label htmlFor="customer-search">{t('customers.search')}</label>
          <input
            id="customer-search"
            type="search"
            data-testid="customer-search"
            placeholder={t('customers.searchPlaceholder')}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
      </div>
      <ErrorMessage error={error} onRetry={() => load(true)} />
      <section className="card">
        {loading && items.length === 0 ? (
          <Loading />
        ) : items.length === 0 ? (
          <p className="muted" data-testid="customers-empty">
            {q ? t('customers.noMatch', { q }) : t('customers.empty')}
          </p>
        ) : (
          <table className="data-table" data-testid="customers-table">
            <TableHead
              columns={[
                t('customers.customer'),
                t('customers.identifiers'),
                t('customers.channels'),
                t('customers.feedbackCount'),
                t('customers.lastSeen'),
              ]}
            />
            <tbody>
              {items.map((customer) => (
                <tr key={customer.id} data-testid="customer-row" className={customer.erased_at ? 'row-muted' : undefined}>
                  <td>
                    <Link to={`/customers/${customer.id}`} data-testid="customer-link">
                      {customerName(t, customer)}
                    </Link>
                  </td>
                  <td>
                    <span className="identifier-list">
                      {customer.identifiers.slice(0, 3).map((identifier) => (
                        <span className="chip" key={`${identifier.kind}:${identifier.value}`} title={t(`customers.kinds.${identifier.kind}`, { defaultValue: identifier.kind })}>
                          <span className="chip-label">{t(`customers.kindsShort.${identifier.kind}`, { defaultValue: identifier.kind })}</span>
                          <span className="mono">{identifier.value}</span>
                        </span>
                      ))}
                      {customer.identifiers.length > 3 && <span className="muted">+{customer.identifiers.length - 3}</span>}
                    </span>
                  </td>
                  <td>{customer.channels.map((key) => nameOf(key)).join(t('common.listSeparator')) || '—'}</td>
                  <td>{format.number(customer.feedback_count)}</td>
                  <td title={format.dateTime(customer.last_seen_at)}>{format.relative(customer.last_seen_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {cursor && (
          <div className="list-footer">
            <button type="button" className="button" onClick={() => load(false)} disabled={loading} data-testid="customers-more">
              {loading ? t('common.loading') : t('customers.more')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
