// The customer 360 inside the case, built from the customer page's own parts, so the agent sees the
// whole history and the customer never has to explain it again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getCustomer, type TimelineEntry } from '../../api/customers.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { FeedbackDrawer } from '../inbox/FeedbackDrawer.tsx';
import { CustomerSummary } from '../customers/CustomerSummary.tsx';
import { CustomerTimeline } from '../customers/CustomerTimeline.tsx';
import { customerName } from '../customers/customerName.ts';
import '../customers/customers.css';

interface Props {
  customerId: string;
  nameOf: (key: string) => string;
}

export function CaseCustomer({ customerId, nameOf }: Props) {
  const { t } = useTranslation();
  const customer = useAsync(() => getCustomer(customerId), [customerId]);
  const [opened, setOpened] = useState<TimelineEntry | null>(null);
  return (
    <section className="case-customer" aria-labelledby="case-customer-title" data-testid="case-customer">
      <div className="section-title case-customer-header">
        <h2 id="case-customer-title">
          {t('cases.customer.title')}
          {customer.data && <span data-testid="case-customer-name"> · {customerName(t, customer.data)}</span>}
        </h2>
        <Link to={`/customers/${customerId}`} data-testid="case-customer-link">
          {t('customers.open360')}
        </Link>
      </div>
      {customer.error ? (
        <ErrorMessage error={customer.error} onRetry={customer.reload} />
      ) : !customer.data ? (
        <Loading />
      ) : (
        <>
          {customer.data.identifiers.length > 0 && (
            <p className="identifier-list" data-testid="case-customer-identifiers">
              {customer.data.identifiers.map((identifier) => (
                <span className="chip" key={`${identifier.kind}:${identifier.value}`}>
                  <span className="chip-label">{t(`customers.kindsShort.${identifier.kind}`, { defaultValue: identifier.kind })}</span>
                  <span className="mono">{identifier.value}</span>
                </span>
              ))}
            </p>
          )}
          <CustomerSummary customer={customer.data} nameOf={nameOf} />
          <CustomerTimeline customerId={customer.data.id} version={0} nameOf={nameOf} onOpen={setOpened} />
        </>
      )}
      {opened && <FeedbackDrawer id={opened.feedback.id} preview={opened.feedback} nameOf={nameOf} onClose={() => setOpened(null)} />}
    </section>
  );
}
