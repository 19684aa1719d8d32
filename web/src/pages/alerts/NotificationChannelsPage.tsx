// Notification channels (owners, admins): where alerts go, a test send, and each channel's delivery log.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createNotificationChannel,
  deleteNotificationChannel,
  listDeliveries,
  listNotificationChannels,
  testNotificationChannel,
  type NotificationChannel,
  type NotificationKind,
} from '../../api/alerts.ts';
import { AsyncList } from '../../components/AsyncList.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { AlertsTabs } from './AlertsTabs.tsx';

const KINDS: NotificationKind[] = ['webhook', 'email', 'wecom', 'dingtalk', 'feishu', 'slack'];

function DeliveryLog({ channelId, version }: { channelId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const log = useAsync(() => listDeliveries(channelId).then((r) => r.items), [channelId, version]);
  if (!log.data?.length) return null;
  return (
    <table className="data-table" data-testid="delivery-log">
      <TableHead
        columns={[
          t('alerts.channels.when'),
          t('alerts.channels.message'),
          t('alerts.channels.status'),
          t('alerts.channels.attempts'),
          t('alerts.channels.response'),
        ]}
      />
      <tbody>
        {log.data.slice(0, 10).map((delivery) => (
          <tr key={delivery.id}>
            <td>{new Date(delivery.created_at).toLocaleString(i18n.language)}</td>
            <td>{delivery.title}</td>
            <td>{t(`alerts.deliveryStatus.${delivery.status}`)}</td>
            <td>{delivery.attempts}</td>
            <td>{delivery.response_code ?? ''} {delivery.error ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function NotificationChannelsPage() {
  const { t } = useTranslation();
  const channels = useAsync(() => listNotificationChannels().then((r) => r.items), []);
  const [kind, setKind] = useState<NotificationKind>('webhook');
  const [name, setName] = useState('');
  const [target, setTarget] = useState('');
  const [secret, setSecret] = useState('');
  const [digest, setDigest] = useState<'none' | 'daily' | 'weekly'>('none');
  const [shownSecret, setShownSecret] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const create = useMutation(
    () =>
      createNotificationChannel({
        name,
        kind,
        digest,
        config: kind === 'email' ? { to: target.split(/[,;\s]+/).filter(Boolean) } : { url: target.trim() },
        ...(secret ? { secret } : {}),
      }),
    (channel: NotificationChannel) => {
      setShownSecret(channel.secret ?? null);
      setName('');
      setTarget('');
      setSecret('');
      channels.reload();
    },
  );
  const test = useMutation((id: string) => testNotificationChannel(id), () => void setTimeout(() => setVersion((v) => v + 1), 1500));
  const remove = useMutation((id: string) => deleteNotificationChannel(id), () => channels.reload());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void create.run();
  };

  return (
    <div className="page">
      <PageHeader title={t('alerts.channels.title')} subtitle={t('alerts.channels.subtitle')} />
      <AlertsTabs />
      <section className="card">
        <h2>{t('alerts.channels.add')}</h2>
        <form className="form-stack" onSubmit={submit}>
          <label>{t('alerts.channels.name')} <input required value={name} data-testid="channel-name" onChange={(event) => setName(event.target.value)} /></label>
          <label>
            {t('alerts.channels.kind')}{' '}
            <select value={kind} data-testid="channel-kind" onChange={(event) => setKind(event.target.value as NotificationKind)}>
              {KINDS.map((value) => <option key={value} value={value}>{t(`alerts.channelKinds.${value}`)}</option>)}
            </select>
          </label>
          <label>{kind === 'email' ? t('alerts.channels.recipients') : t('alerts.channels.url')} <input required value={target} data-testid="channel-target" onChange={(event) => setTarget(event.target.value)} /></label>
          {kind !== 'email' && kind !== 'wecom' && kind !== 'slack' && (
            <label>{t('alerts.channels.secret')} <input value={secret} onChange={(event) => setSecret(event.target.value)} placeholder={kind === 'webhook' ? t('alerts.channels.secretGenerated') : ''} /></label>
          )}
          {kind === 'email' && <p className="hint">{t('alerts.channels.smtpHint')}</p>}
          <label>
            {t('alerts.channels.digest')}{' '}
            <select value={digest} onChange={(event) => setDigest(event.target.value as 'none' | 'daily' | 'weekly')}>
              {(['none', 'daily', 'weekly'] as const).map((value) => <option key={value} value={value}>{t(`alerts.digest.${value}`)}</option>)}
            </select>
          </label>
          <ErrorMessage error={create.error} />
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={create.pending} data-testid="channel-submit">{t('alerts.channels.add')}</button>
          </div>
        </form>
        {shownSecret && (
          <p className="notice" data-testid="channel-secret">
            {t('alerts.channels.secretOnce')} <code>{shownSecret}</code>
          </p>
        )}
      </section>
      <ErrorMessage error={test.error ?? remove.error} />
      <AsyncList state={channels} emptyText={t('alerts.channels.empty')}>
        {(items) => (
          items.map((channel) => (
            <section key={channel.id} className="card" data-testid="channel-item">
              <strong>{channel.name}</strong> · {t(`alerts.channelKinds.${channel.kind}`)} · {t(`alerts.digest.${channel.digest}`)}
              <div className="muted">{channel.config.url ?? channel.config.to?.join(', ')}</div>
              <div className="form-actions">
                <button type="button" className="button small" data-testid="channel-test" disabled={test.pending} onClick={() => test.run(channel.id)}>{t('alerts.channels.test')}</button>
                <button type="button" className="button small danger" onClick={() => remove.run(channel.id)}>{t('alerts.channels.delete')}</button>
              </div>
              <DeliveryLog channelId={channel.id} version={version} />
            </section>
          ))
        )}
      </AsyncList>
    </div>
  );
}
