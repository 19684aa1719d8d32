import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createChannel, deleteChannel, listChannels, updateChannel } from '../../../api/channels.ts';
import type { Channel } from '../../../api/types.ts';
import { useSession } from '../../../app/AuthContext.tsx';
import { canEditSettings } from '../../../app/permissions.ts';
import { AsyncList } from '../../../components/AsyncList.tsx';
import { useConfirm } from '../../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { optionalText } from '../../../components/forms.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ReadOnlyNotice } from '../../../components/ReadOnlyNotice.tsx';
import { RowButton } from '../../../components/RowButton.tsx';
import { TableHead } from '../../../components/TableHead.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useMutation } from '../../../hooks/useMutation.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { localizedName } from '../../../i18n/names.ts';
import { ChannelForm, type ChannelFormValues } from './ChannelForm.tsx';

export function ChannelsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { user } = useSession();
  const canEdit = canEditSettings(user.role);
  const confirm = useConfirm();
  const channels = useAsync(() => listChannels().then((response) => response.items), []);
  const [editingKey, setEditingKey] = useState<string | null>(null);

  const create = useMutation(
    (values: ChannelFormValues) =>
      createChannel({
        key: values.key.trim(),
        name_en: optionalText(values.name_en),
        name_zh: optionalText(values.name_zh),
        kind: values.kind,
      }),
    () => channels.reload(),
  );
  const update = useMutation(
    (key: string, values: ChannelFormValues) =>
      updateChannel(key, { name_en: optionalText(values.name_en), name_zh: optionalText(values.name_zh), kind: values.kind }),
    () => {
      setEditingKey(null);
      channels.reload();
    },
  );
  const remove = useMutation((key: string) => deleteChannel(key), () => channels.reload());

  const onDelete = async (channel: Channel) => {
    const name = localizedName(channel, language, channel.key);
    const ok = await confirm({
      title: t('channels.deleteTitle'),
      message: t('channels.deleteMessage', { name }),
      confirmLabel: t('common.delete'),
      danger: true,
    });
    if (ok) await remove.run(channel.key);
  };

  return (
    <div className="page">
      <PageHeader title={t('channels.title')} subtitle={t('channels.subtitle')} />
      {!canEdit && <ReadOnlyNotice />}
      {canEdit && (
        <section className="card" aria-labelledby="channel-create-title">
          <h2 id="channel-create-title">{t('channels.add')}</h2>
          <ChannelForm
            idPrefix="new-channel"
            submitLabel={t('channels.add')}
            pending={create.pending}
            error={create.error}
            onSubmit={(values) => create.run(values)}
          />
        </section>
      )}
      <ErrorMessage error={remove.error} testId="channels-error" />
      <section className="card" aria-labelledby="channel-list-title">
        <h2 id="channel-list-title">{t('channels.listTitle')}</h2>
        <AsyncList state={channels} emptyTestId="channels-empty" emptyText={t('channels.empty')}>
          {(items) => (
            <table className="data-table" data-testid="channels-table">
              <TableHead columns={[t('channels.key'), t('common.nameZh'), t('common.nameEn'), t('channels.kind')]} actions={canEdit} />
              <tbody>
                {items.map((channel) =>
                  editingKey === channel.key ? (
                    <tr key={channel.key}>
                      <td colSpan={5}>
                        <ChannelForm
                          idPrefix={`edit-${channel.key}`}
                          initial={channel}
                          submitLabel={t('common.save')}
                          pending={update.pending}
                          error={update.error}
                          onSubmit={(values) => update.run(channel.key, values)}
                          onCancel={() => {
                            update.clearError();
                            setEditingKey(null);
                          }}
                        />
                      </td>
                    </tr>
                  ) : (
                    <tr key={channel.key} data-testid="channel-row" data-channel-key={channel.key}>
                      <td>
                        <code>{channel.key}</code>
                      </td>
                      <td lang="zh-CN">{channel.name_zh || '—'}</td>
                      <td lang="en">{channel.name_en || '—'}</td>
                      <td>{t(`channelKinds.${channel.kind}`, { defaultValue: channel.kind })}</td>
                      {canEdit && (
                        <td className="row-actions">
                          <RowButton label={t('common.edit')} rowName={localizedName(channel, language, channel.key)} onClick={() => setEditingKey(channel.key)} />
                          <RowButton
                            label={t('common.delete')}
                            rowName={localizedName(channel, language, channel.key)}
                            danger
                            testId="channel-delete"
                            disabled={remove.pending}
                            onClick={() => onDelete(channel)}
                          />
                        </td>
                      )}
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          )}
        </AsyncList>
      </section>
    </div>
  );
}
