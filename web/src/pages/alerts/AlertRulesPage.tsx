// Alert rules: admins build and edit them; everyone else sees what raises alerts.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createAlertRule, deleteAlertRule, listAlertRules, listNotificationChannels, updateAlertRule, type AlertRule, type AlertRuleInput } from '../../api/alerts.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { canEditSettings } from '../../app/permissions.ts';
import { AsyncList } from '../../components/AsyncList.tsx';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { AlertsTabs } from './AlertsTabs.tsx';
import { RuleForm } from './RuleForm.tsx';

export function AlertRulesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canEdit = canEditSettings(user.role);
  const confirm = useConfirm();
  const rules = useAsync(() => listAlertRules().then((r) => r.items), []);
  const channels = useAsync(() => (canEdit ? listNotificationChannels().then((r) => r.items) : Promise.resolve([])), [canEdit]);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const save = useMutation(
    (id: string | null, input: AlertRuleInput) => (id ? updateAlertRule(id, input) : createAlertRule(input)),
    () => {
      setEditing(null);
      rules.reload();
    },
  );
  const remove = useMutation((id: string) => deleteAlertRule(id), () => rules.reload());
  const onDelete = async (rule: AlertRule) => {
    if (await confirm({ title: t('alerts.rules.deleteTitle'), message: t('alerts.rules.deleteMessage', { name: rule.name }), confirmLabel: t('alerts.rules.delete'), danger: true })) await remove.run(rule.id);
  };

  return (
    <div className="page">
      <PageHeader
        title={t('alerts.rules.title')}
        subtitle={t('alerts.rules.subtitle')}
        actions={canEdit && editing === null ? <button type="button" className="button primary" data-testid="rule-new" onClick={() => setEditing('new')}>{t('alerts.rules.new')}</button> : undefined}
      />
      <AlertsTabs />
      {!canEdit && <ReadOnlyNotice />}
      {editing === 'new' && (
        <section className="card">
          <h2>{t('alerts.rules.new')}</h2>
          <RuleForm channels={channels.data ?? []} pending={save.pending} error={save.error} onSubmit={(input) => save.run(null, input)} onCancel={() => setEditing(null)} />
        </section>
      )}
      <ErrorMessage error={remove.error} />
      <AsyncList state={rules} emptyTestId="rules-empty" emptyText={t('alerts.rules.empty')}>
        {(items) => (
          <ul style={{ listStyle: 'none', padding: 0 }}>
            {items.map((rule) =>
              editing === rule.id ? (
                <li key={rule.id} className="card">
                  <RuleForm initial={rule} channels={channels.data ?? []} pending={save.pending} error={save.error} onSubmit={(input) => save.run(rule.id, input)} onCancel={() => setEditing(null)} />
                </li>
              ) : (
                <li key={rule.id} className="card" data-testid="rule-item">
                  <strong>{rule.name}</strong> · {t(`alerts.kind.${rule.kind}`)} · {t(`alerts.severity.${rule.severity}`)}
                  {!rule.enabled && ` · ${t('alerts.rules.disabled')}`}
                  <div className="muted">
                    {t('alerts.rules.summary', { dedup: rule.dedup_minutes, max: rule.max_per_hour, channels: rule.channel_ids.length })}
                  </div>
                  {canEdit && (
                    <div className="form-actions">
                      <button type="button" className="button small" onClick={() => setEditing(rule.id)}>{t('alerts.rules.edit')}</button>
                      <button type="button" className="button small danger" onClick={() => onDelete(rule)}>{t('alerts.rules.delete')}</button>
                    </div>
                  )}
                </li>
              ),
            )}
          </ul>
        )}
      </AsyncList>
    </div>
  );
}
