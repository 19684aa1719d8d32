import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { eraseCustomer, exportCustomer, getCustomer, mergeCustomers, unmergeCustomers, type CustomerMerge, type TimelineEntry } from '../../api/customers.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { canEditSettings, canWorkCases } from '../../app/permissions.ts';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useChannels } from '../../hooks/useChannels.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { useFormat } from '../../i18n/format.ts';
import { FeedbackDrawer } from '../inbox/FeedbackDrawer.tsx';
import { ChurnRiskPanel } from '../alerts/ChurnRiskPanel.tsx';
import { OpenCaseButton } from '../cases/OpenCaseDialog.tsx';
import { CustomerSummary } from './CustomerSummary.tsx';
import { CustomerTimeline } from './CustomerTimeline.tsx';
import { customerName, shortId } from './customerName.ts';
import { EraseDialog } from './EraseDialog.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { MergeHistory } from './MergeHistory.tsx';
import './customers.css';

/** Customer 360: who they are on every channel, what they said, how they feel — so nobody asks them twice. */
export function CustomerPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const { customerId = '' } = useParams();
  const { user } = useSession();
  const canManage = canEditSettings(user.role);
  const { nameOf } = useChannels();
  const [version, setVersion] = useState(0);
  const customer = useAsync(() => getCustomer(customerId), [customerId, version]);
  const [opened, setOpened] = useState<TimelineEntry | null>(null);
  const [merging, setMerging] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => setVersion((value) => value + 1);

  // A link to a profile merged since lands on the live profile, under its own address.
  useEffect(() => {
    if (customer.data && customer.data.id !== customerId) navigate(`/customers/${customer.data.id}`, { replace: true });
  }, [customer.data, customerId, navigate]);

  const merge = useMutation((absorbedId: string) => mergeCustomers(customerId, absorbedId), () => {
    setMerging(false);
    setNotice(t('customers.mergedNotice'));
    refresh();
  });
  const unmerge = useMutation(unmergeCustomers, (result) => {
    setNotice(t('customers.unmergedNotice', { id: shortId(result.restored_id) }));
    refresh();
  });
  const erase = useMutation((options: { text: 'redact' | 'remove'; reason?: string }) => eraseCustomer(customerId, options), () => {
    setErasing(false);
    setNotice(t('customers.erasedNotice'));
    refresh();
  });
  const download = useMutation(
    () => exportCustomer(customerId),
    (document) => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }));
      const link = Object.assign(window.document.createElement('a'), { href: url, download: `customer-${customerId}.json` });
      link.click();
      URL.revokeObjectURL(url);
    },
  );

  const onUnmerge = async (entry: CustomerMerge) => {
    const ok = await confirm({ title: t('customers.unmergeTitle'), message: t('customers.unmergeMessage', { id: shortId(entry.absorbed_id) }), confirmLabel: t('customers.unmerge') });
    if (ok) await unmerge.run(entry.id);
  };

  if (customer.error && !customer.data) {
    return (
      <div className="page">
        <Link to="/customers" className="back-link">
          ← {t('customers.title')}
        </Link>
        <ErrorMessage error={customer.error} onRetry={customer.reload} />
      </div>
    );
  }
  if (!customer.data || customer.data.id !== customerId) return <Loading />;
  const profile = customer.data;
  const name = customerName(t, profile);
  const erased = profile.erased_at !== null;

  return (
    <div className="page customer-page" data-testid="customer-page" data-customer-id={profile.id}>
      <Link to="/customers" className="back-link">
        ← {t('customers.title')}
      </Link>
      <PageHeader
        title={<span data-testid="customer-name">{name}</span>}
        subtitle={
          profile.first_seen_at
            ? t('customers.seenRange', { from: format.date(profile.first_seen_at), to: format.date(profile.last_seen_at) })
            : undefined
        }
        actions={
          canManage && !erased ? (
            <>
              <button type="button" className="button" onClick={() => setMerging(true)} data-testid="merge-open">
                {t('customers.merge')}
              </button>
              <button type="button" className="button" onClick={() => download.run()} disabled={download.pending} data-testid="export">
                {download.pending ? t('common.loading') : t('customers.export')}
              </button>
              <button type="button" className="button danger-text" onClick={() => setErasing(true)} data-testid="erase-open">
                {t('customers.erase')}
              </button>
            </>
          ) : undefined
        }
      />
      {notice && (
        <p className="notice" role="status" data-testid="customer-notice">
          {notice}
        </p>
      )}
      {erased && (
        <p className="notice" data-testid="erased-notice">
          {t('customers.erasedExplain', { when: format.dateTime(profile.erased_at) })}
        </p>
      )}
      <ErrorMessage error={unmerge.error ?? download.error} />

      <section className="card" aria-labelledby="identifiers-title">
        <h2 id="identifiers-title">{t('customers.identifiers')}</h2>
        {profile.identifiers.length === 0 ? (
          <p className="muted">{erased ? t('customers.identifiersErased') : t('customers.noIdentifiers')}</p>
        ) : (
          <dl className="identifier-grid" data-testid="customer-identifiers">
            {profile.identifiers.map((identifier) => (
              <div key={`${identifier.kind}:${identifier.value}`}>
                <dt>{t(`customers.kinds.${identifier.kind}`, { defaultValue: identifier.kind })}</dt>
                <dd className="mono">{identifier.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <CustomerSummary customer={profile} nameOf={nameOf} />
      <ChurnRiskPanel customerId={profile.id} />
      <CustomerTimeline
        customerId={profile.id}
        version={version}
        nameOf={nameOf}
        onOpen={setOpened}
        renderActions={canWorkCases(user.role) && !erased ? (entry) => <OpenCaseButton feedback={entry.feedback} className="button small ghost" /> : undefined}
      />

      <section className="card" aria-labelledby="merges-title">
        <h2 id="merges-title">{t('customers.merges')}</h2>
        <MergeHistory customerId={profile.id} merges={profile.merges} canManage={canManage} pending={unmerge.pending} onUnmerge={onUnmerge} />
      </section>

      {opened && <FeedbackDrawer id={opened.feedback.id} preview={opened.feedback} nameOf={nameOf} onClose={() => setOpened(null)} showCustomerLink={false} />}
      {merging && (
        <MergeDialog
          survivorId={profile.id}
          survivorName={name}
          pending={merge.pending}
          error={merge.error}
          onMerge={(absorbed) => void merge.run(absorbed.id)}
          onClose={() => {
            merge.clearError();
            setMerging(false);
          }}
        />
      )}
      {erasing && (
        <EraseDialog
          customerId={profile.id}
          pending={erase.pending}
          error={erase.error}
          onErase={(options) => void erase.run(options)}
          onClose={() => {
            erase.clearError();
            setErasing(false);
          }}
        />
      )}
    </div>
  );
}
