// Settings → Summary e-mail: who receives the scheduled summary (headline metrics against the previous
// period, rising and falling themes, breakpoints, open alerts), how often and in which language, and a
// button that sends it now. Only owners and admins may see or change it (the addresses are staff data).
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { metricsApi, type SummaryScheduleInput } from '../../../api/metrics.ts';
import { useSession } from '../../../app/AuthContext.tsx';
import { canEditSettings } from '../../../app/permissions.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useMutation } from '../../../hooks/useMutation.ts';
import { useFormat } from '../../../i18n/format.ts';

/** One address per line, or separated by commas / semicolons, as people paste them. */
export function parseRecipients(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((address) => address.trim())
    .filter(Boolean);
}

export function SummaryEmailPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canEdit = canEditSettings(user.role);
  return (
    <div className="page" data-testid="summary-email-page">
      <PageHeader title={t('dashboards.summaryEmail.title')} subtitle={t('dashboards.summaryEmail.subtitle')} />
      {canEdit ? <SummaryEmailForm /> : <p className="notice" data-testid="read-only-notice">{t('dashboards.summaryEmail.adminsOnly')}</p>}
    </div>
  );
}

function SummaryEmailForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const schedule = useAsync(() => metricsApi.summarySchedule(), []);
  const [form, setForm] = useState<Omit<SummaryScheduleInput, 'recipients'> & { recipients: string }>({ enabled: false, frequency: 'weekly', recipients: '', language: 'en' });
  const [saved, setSaved] = useState(false);
  const [sent, setSent] = useState<{ recipients: number; period: { from: string; to: string } } | null>(null);
  useEffect(() => {
    const s = schedule.data;
    if (s) setForm({ enabled: s.enabled, frequency: s.frequency, recipients: s.recipients.join('\n'), language: s.language });
  }, [schedule.data]);
  const save = useMutation(metricsApi.saveSummarySchedule, () => {
    setSaved(true);
    schedule.reload();
  });
  const send = useMutation(metricsApi.sendSummaryNow, (result) => {
    setSent(result);
    schedule.reload();
  });
  const change = (patch: Partial<typeof form>) => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save.run({ ...form, recipients: parseRecipients(form.recipients) });
  };

  if (schedule.error) return <ErrorMessage error={schedule.error} onRetry={schedule.reload} />;
  if (!schedule.data) return <Loading />;
  return (
    <form className="card form-stack" onSubmit={submit} data-testid="summary-email-form">
      <p className="hint">
        {t('dashboards.summaryEmail.hint')} <Link to="/surveys">{t('dashboards.summaryEmail.smtpLink')}</Link>
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={form.enabled} onChange={(event) => change({ enabled: event.target.checked })} data-testid="summary-enabled" />
        {t('dashboards.summaryEmail.enabled')}
      </label>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="summary-frequency">{t('dashboards.summaryEmail.frequency')}</label>
          <select id="summary-frequency" value={form.frequency} onChange={(event) => change({ frequency: event.target.value as 'daily' | 'weekly' })} data-testid="summary-frequency">
            <option value="weekly">{t('dashboards.summaryEmail.weekly')}</option>
            <option value="daily">{t('dashboards.summaryEmail.daily')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="summary-language">{t('dashboards.summaryEmail.language')}</label>
          <select id="summary-language" value={form.language} onChange={(event) => change({ language: event.target.value as 'en' | 'zh-CN' })} data-testid="summary-language">
            <option value="en">English</option>
            <option value="zh-CN">简体中文</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="summary-recipients">{t('dashboards.summaryEmail.recipients')}</label>
        <textarea id="summary-recipients" rows={4} value={form.recipients} onChange={(event) => change({ recipients: event.target.value })} placeholder="cx-lead@example.com" data-testid="summary-recipients" />
        <span className="hint">{t('dashboards.summaryEmail.recipientsHint')}</span>
      </div>
      <p className="muted small" data-testid="summary-last-sent">
        {t('dashboards.summaryEmail.lastSent', { when: schedule.data.last_sent_at ? format.dateTime(schedule.data.last_sent_at) : t('dashboards.summaryEmail.never') })}
      </p>
      <ErrorMessage error={save.error} testId="summary-save-error" />
      <ErrorMessage error={send.error} testId="summary-send-error" />
      <div className="form-actions">
        {saved && <span role="status" data-testid="summary-saved">{t('dashboards.summaryEmail.saved')}</span>}
        {sent && (
          <span role="status" data-testid="summary-sent">
            {t('dashboards.summaryEmail.sent', { count: sent.recipients, from: sent.period.from, to: sent.period.to })}
          </span>
        )}
        <button type="button" className="button" disabled={send.pending || save.pending} onClick={() => void send.run()} data-testid="summary-send-now">
          {t('dashboards.summaryEmail.sendNow')}
        </button>
        <button type="submit" className="button primary" disabled={save.pending} data-testid="summary-save">
          {t('dashboards.summaryEmail.save')}
        </button>
      </div>
    </form>
  );
}
