import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiKey, listApiKeys, revokeApiKey } from '../../../api/apiKeys.ts';
import type { ApiKey, CreatedApiKey } from '../../../api/types.ts';
import { useSession } from '../../../app/AuthContext.tsx';
import { canEditSettings } from '../../../app/permissions.ts';
import { AsyncList } from '../../../components/AsyncList.tsx';
import { useConfirm } from '../../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ReadOnlyNotice } from '../../../components/ReadOnlyNotice.tsx';
import { RowButton } from '../../../components/RowButton.tsx';
import { TableHead } from '../../../components/TableHead.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useMutation } from '../../../hooks/useMutation.ts';
import { useFormat } from '../../../i18n/format.ts';
import { NewKeyReveal } from './NewKeyReveal.tsx';

export function ApiKeysPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const canEdit = canEditSettings(user.role);
  const confirm = useConfirm();
  const keys = useAsync(() => listApiKeys().then((response) => response.items), []);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  const create = useMutation(createApiKey, (result) => {
    setCreated(result);
    setName('');
    keys.reload();
  });
  const revoke = useMutation(revokeApiKey, () => keys.reload());

  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void create.run(name.trim());
  };

  const onRevoke = async (key: ApiKey) => {
    const ok = await confirm({
      title: t('apiKeys.revokeTitle'),
      message: t('apiKeys.revokeMessage', { name: key.name }),
      confirmLabel: t('apiKeys.revoke'),
      danger: true,
    });
    if (ok) await revoke.run(key.id);
  };

  return (
    <div className="page">
      <PageHeader title={t('apiKeys.title')} subtitle={t('apiKeys.subtitle')} />
      {!canEdit && <ReadOnlyNotice />}
      {created && <NewKeyReveal created={created} onDismiss={() => setCreated(null)} />}
      {canEdit && (
        <section className="card" aria-labelledby="api-key-create-title">
          <h2 id="api-key-create-title">{t('apiKeys.create')}</h2>
          <form className="inline-form" onSubmit={onCreate}>
            <div className="field grow">
              <label htmlFor="api-key-name">{t('apiKeys.name')}</label>
              <input
                id="api-key-name"
                data-testid="api-key-name"
                required
                maxLength={100}
                placeholder={t('apiKeys.namePlaceholder')}
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            </div>
            <div className="form-actions">
              <button type="submit" className="button primary" disabled={create.pending} data-testid="api-key-create">
                {create.pending ? t('common.saving') : t('apiKeys.create')}
              </button>
            </div>
            <ErrorMessage error={create.error} />
          </form>
        </section>
      )}
      <ErrorMessage error={revoke.error} />
      <section className="card" aria-labelledby="api-key-list-title">
        <h2 id="api-key-list-title">{t('apiKeys.listTitle')}</h2>
        <AsyncList state={keys} emptyTestId="api-keys-empty" emptyText={t('apiKeys.empty')}>
          {(items) => (
            <table className="data-table" data-testid="api-keys-table">
              <TableHead columns={[t('apiKeys.name'), t('apiKeys.prefix'), t('apiKeys.createdAt'), t('apiKeys.lastUsed'), t('apiKeys.status')]} actions={canEdit} />
              <tbody>
                {items.map((key) => (
                  <tr key={key.id} data-testid="api-key-row" className={key.revoked_at ? 'row-muted' : undefined}>
                    <td>{key.name}</td>
                    <td>
                      <code>{key.prefix}…</code>
                    </td>
                    <td title={format.dateTime(key.created_at)}>{format.date(key.created_at)}</td>
                    <td title={key.last_used_at ? format.dateTime(key.last_used_at) : undefined}>
                      {key.last_used_at ? format.relative(key.last_used_at) : t('apiKeys.neverUsed')}
                    </td>
                    <td>
                      {key.revoked_at ? (
                        <span className="badge status-off" title={format.dateTime(key.revoked_at)}>
                          {t('apiKeys.revoked')}
                        </span>
                      ) : (
                        <span className="badge status-on">{t('apiKeys.active')}</span>
                      )}
                    </td>
                    {canEdit && (
                      <td className="row-actions">
                        {!key.revoked_at && (
                          <RowButton label={t('apiKeys.revoke')} rowName={key.name} danger testId="api-key-revoke" disabled={revoke.pending} onClick={() => void onRevoke(key)} />
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </AsyncList>
      </section>
    </div>
  );
}
