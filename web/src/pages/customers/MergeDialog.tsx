import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCustomers, type CustomerListItem } from '../../api/customers.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useDebouncedEffect } from '../../hooks/useDebouncedEffect.ts';
import { useFormat } from '../../i18n/format.ts';
import { customerName } from './customerName.ts';

interface Props {
  survivorId: string;
  survivorName: string;
  pending: boolean;
  error: unknown;
  onMerge: (absorbed: CustomerListItem) => void;
  onClose: () => void;
}

/** Find the other profile of the same person (a new phone, an old e-mail) and fold it into this one. */
export function MergeDialog({ survivorId, survivorName, pending, error, onMerge, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CustomerListItem[]>([]);
  const [searchError, setSearchError] = useState<unknown>(null);
  const [chosen, setChosen] = useState<CustomerListItem | null>(null);

  useDebouncedEffect(query, 250, (value) => {
    if (!value.trim()) return setResults([]);
    listCustomers({ q: value.trim(), limit: 10 }).then(
      (page) => {
        setResults(page.items.filter((customer) => customer.id !== survivorId && !customer.erased_at));
        setSearchError(null);
      },
      (cause: unknown) => setSearchError(cause),
    );
  });

  return (
    <Modal
      title={t('customers.mergeTitle')}
      onClose={onClose}
      testId="merge-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button primary" disabled={!chosen || pending} onClick={() => chosen && onMerge(chosen)} data-testid="merge-confirm">
            {pending ? t('common.saving') : t('customers.mergeConfirm')}
          </button>
        </>
      }
    >
      <p>{t('customers.mergeExplain', { name: survivorName })}</p>
      <div className="field">
        <label htmlFor="merge-search">{t('customers.mergeSearch')}</label>
        <input id="merge-search" type="search" data-testid="merge-search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('customers.searchPlaceholder')} data-autofocus />
      </div>
      <ErrorMessage error={searchError ?? error} />
      {query.trim() && results.length === 0 && <p className="muted">{t('customers.noMatch', { q: query.trim() })}</p>}
      <ul className="merge-candidates" role="listbox" aria-label={t('customers.mergeCandidates')}>
        {results.map((customer) => (
          <li key={customer.id}>
            <button
              type="button"
              role="option"
              aria-selected={chosen?.id === customer.id}
              className={chosen?.id === customer.id ? 'merge-candidate selected' : 'merge-candidate'}
              onClick={() => setChosen(customer)}
              data-testid="merge-candidate"
            >
              <strong>{customerName(t, customer)}</strong>
              <span className="muted small">
                {customer.identifiers.map((identifier) => identifier.value).join(' · ')} · {t('customers.itemCount', { count: customer.feedback_count })} ·{' '}
                {format.date(customer.last_seen_at)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {chosen && <p className="notice">{t('customers.mergeWillDo', { absorbed: customerName(t, chosen), survivor: survivorName })}</p>}
    </Modal>
  );
}
