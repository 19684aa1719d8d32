import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createWebhook, listWebhooks, revokeWebhook, type CreatedWebhook, type InboundWebhook } from '../../../api/webhooks.ts';
import { FEEDBACK_SOURCES } from '../../../api/types.ts';
import { useSession } from '../../../app/AuthContext.tsx';
import { canEditSettings } from '../../../app/permissions.ts';
import { AsyncList } from '../../../components/AsyncList.tsx';
import { useConfirm } from '../../../components/ConfirmDialog.tsx';
import { CopyButton } from '../../../components/CopyButton.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { RowButton } from '../../../components/RowButton.tsx';
import { TableHead } from '../../../components/TableHead.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useChannels } from '../../../hooks/useChannels.ts';
import { useMutation } from '../../../hooks/useMutation.ts';
import { useFormat } from '../../../i18n/format.ts';

/** Inbound webhooks: other systems (ticketing, review sites, call centres) push feedback, signed with a secret. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!canEditSettings(user.role)) {
    return (
      <div className="page">
        <PageHeader title={t('webhooks.title')} subtitle={t('webhooks.subtitle')} />
        <p className="notice">{t('webhooks.notAllowed')}</p>
      </div>
    );
  }
  return <ManageWebhooks />;
}

function ManageWebhooks() {
  const { t } = useTranslation();
  const format = useFormat();
  const confirm = useConfirm();
  const { channels, nameOf } = useChannels();
  const webhooks = useAsync(() => listWebhooks().then((response) => response.items), []);
  const [name, setName] = useState('');
  const [source, setSource] = useState('ticket');
  const [channel, setChannel] = useState('');
  const [created, setCreated] = useState<CreatedWebhook | null>(null);

  const create = useMutation(createWebhook, (result) => {
    setCreated(result);
    setName('');
    webhooks.reload();
  });
  const revoke = useMutation(revokeWebhook, () => webhooks.reload());

  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && channel) void create.run({ name: name.trim(), source, channel });
  };
  const onRevoke = async (webhook: InboundWebhook) => {
    if (await confirm({ title: t('webhooks.revokeTitle'), message: t('webhooks.revokeMessage', { name: webhook.name }), confirmLabel: t('webhooks.revoke'), danger: true })) {
      await revoke.run(webhook.id);
    }
  };
  const url = (webhook: InboundWebhook) => `${window.location.origin}${webhook.path}`;

  return (
    <div className="page">
      <PageHeader title={t('webhooks.title')} subtitle={t('webhooks.subtitle')} />
      {created && (
        <section className="card reveal-card" data-testid="webhook-created">
          <h2>{t('webhooks.createdTitle', { name: created.name })}</h2>
          <p className="warning small">{t('webhooks.secretOnce')}</p>
          <div className="field">
            <span className="muted small">{t('webhooks.url')}</span>
            <div className="copy-row">
              <code data-testid="webhook-url">{url(created)}</code>
              <CopyButton text={url(created)} />
            </div>
          </div>
          <div className="field">
            <span className="muted small">{t('webhooks.secret')}</span>
            <div className="copy-row">
              <code data-testid="webhook-secret">{created.secret}</code>
              <CopyButton text={created.secret} />
            </div>
          </div>
          <p className="muted small">{t('webhooks.howToSign')}</p>
          <pre className="code-block">{`TS=$(date +%s)
BODY='{"external_id":"T-1","text":"…","identifiers":{"phone":"13800000000"}}'
SIG=$(printf '%s.%s' "$TS" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -hex | sed 's/^.* //')
curl -X POST '${url(created)}' \\
  -H 'content-type: application/json' \\
  -H "x-openvoc-timestamp: $TS" -H "x-openvoc-signature: sha256=$SIG" \\
  --data "$BODY"`}</pre>
          <div>
            <button type="button" className="button" onClick={() => setCreated(null)}>
              {t('webhooks.done')}
            </button>
          </div>
        </section>
      )}
      <section className="card" aria-labelledby="webhook-create-title">
        <h2 id="webhook-create-title">{t('webhooks.create')}</h2>
        <form className="inline-form" onSubmit={onCreate}>
          <div className="field grow">
            <label htmlFor="webhook-name">{t('webhooks.name')}</label>
            <input id="webhook-name" data-testid="webhook-name" required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} placeholder={t('webhooks.namePlaceholder')} />
          </div>
          <div className="field">
            <label htmlFor="webhook-source">{t('webhooks.source')}</label>
            <select id="webhook-source" value={source} onChange={(event) => setSource(event.target.value)}>
              {FEEDBACK_SOURCES.map((key) => (
                <option key={key} value={key}>
                  {t(`sources.${key}`, { defaultValue: key })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="webhook-channel">{t('webhooks.channel')}</label>
            <select id="webhook-channel" data-testid="webhook-channel" required value={channel} onChange={(event) => setChannel(event.target.value)}>
              <option value="" disabled>
                {t('webhooks.chooseChannel')}
              </option>
              {channels.map((candidate) => (
                <option key={candidate.key} value={candidate.key}>
                  {nameOf(candidate.key)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={create.pending} data-testid="webhook-create">
              {create.pending ? t('common.saving') : t('webhooks.create')}
            </button>
          </div>
          <ErrorMessage error={create.error} />
        </form>
      </section>
      <ErrorMessage error={revoke.error} />
      <section className="card">
        <AsyncList state={webhooks} emptyText={t('webhooks.empty')}>
          {(items) => (
            <table className="data-table" data-testid="webhooks-table">
              <TableHead columns={[t('webhooks.name'), t('webhooks.url'), t('webhooks.defaults'), t('webhooks.lastUsed')]} actions />
              <tbody>
                {items.map((webhook) => (
                  <tr key={webhook.id} className={webhook.revoked_at ? 'row-muted' : undefined}>
                    <td>{webhook.name}</td>
                    <td>
                      <code className="small">{webhook.path}</code>
                    </td>
                    <td>
                      {t(`sources.${webhook.source}`, { defaultValue: webhook.source })} · {nameOf(webhook.channel)}
                    </td>
                    <td>{webhook.revoked_at ? t('webhooks.revoked') : webhook.last_used_at ? format.relative(webhook.last_used_at) : t('webhooks.neverUsed')}</td>
                    <td className="row-actions">
                      {!webhook.revoked_at && (
                        <RowButton label={t('webhooks.revoke')} rowName={webhook.name} danger disabled={revoke.pending} onClick={() => void onRevoke(webhook)} />
                      )}
                    </td>
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
