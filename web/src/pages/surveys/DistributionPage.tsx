import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { createDistribution, getSurvey, listDistributions, type DistributionInput } from '../../api/surveys.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { useFormat } from '../../i18n/format.ts';
import { DeliverySettingsForm } from './DeliverySettingsForm.tsx';
import { SelectField, TextField } from './fields.tsx';
import { canBuildSurveys, canManageDelivery } from './survey-permissions.ts';

const COUNTS = ['total', 'sent', 'opted_out', 'failed', 'opened', 'started', 'completed'] as const;

/** "address, name, member id" per line, as pasted from a spreadsheet (commas or tabs). */
export function parseRecipients(text: string): DistributionInput['recipients'] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(/[,\t;]/).map((cell) => cell.trim()))
    .filter(([address]) => Boolean(address))
    .map(([address, name, memberId]) => ({
      address: address!,
      ...(name || memberId ? { identifiers: { ...(name ? { name } : {}), ...(memberId ? { member_id: memberId } : {}) } } : {}),
    }));
}

export function DistributionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { surveyId = '' } = useParams();
  const { user } = useSession();
  const survey = useAsync(() => getSurvey(surveyId), [surveyId]);
  const distributions = useAsync(() => listDistributions(surveyId).then((r) => r.items), [surveyId]);
  const [form, setForm] = useState({ channel: 'email' as 'email' | 'sms', lang: 'zh-CN' as 'zh-CN' | 'en', recipients: '', subject: '', template: '', perMinute: '60', reminder: '' });
  const [sent, setSent] = useState(false);
  const send = useMutation((input: DistributionInput) => createDistribution(surveyId, input), () => {
    setSent(true);
    setForm((f) => ({ ...f, recipients: '' }));
    distributions.reload();
  });
  const set = (key: keyof typeof form) => (value: string) => {
    setSent(false);
    setForm({ ...form, [key]: value });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await send.run({
      channel: form.channel,
      lang: form.lang,
      recipients: parseRecipients(form.recipients),
      per_minute: Number(form.perMinute) || 60,
      ...(form.subject.trim() ? { subject: form.subject.trim() } : {}),
      ...(form.template.trim() ? { template: form.template.trim() } : {}),
      ...(form.reminder.trim() ? { reminder_after_hours: Number(form.reminder) } : {}),
    });
  };

  if (survey.loading && !survey.data) return <Loading />;
  if (survey.error) return <ErrorMessage error={survey.error} onRetry={survey.reload} />;
  return (
    <div className="page">
      <Link to={`/surveys/${encodeURIComponent(surveyId)}`} className="back-link">
        ← {t('surveys.distribution.back')}
      </Link>
      <PageHeader title={t('surveys.distribution.title')} subtitle={survey.data?.name} />
      {canManageDelivery(user.role) && <DeliverySettingsForm />}
      {canBuildSurveys(user.role) ? (
        <form className="card form-stack" onSubmit={submit} data-testid="distribution-form">
          <div className="inline-form">
            <SelectField id="dist-channel" label={t('surveys.distribution.channel')} value={form.channel} testId="dist-channel" options={[{ value: 'email', label: t('surveys.distribution.email') }, { value: 'sms', label: t('surveys.distribution.sms') }]} onChange={set('channel')} />
            <SelectField id="dist-lang" label={t('surveys.distribution.lang')} value={form.lang} options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} onChange={set('lang')} />
            <TextField id="dist-per-minute" type="number" label={t('surveys.distribution.perMinute')} value={form.perMinute} onChange={set('perMinute')} />
            <TextField id="dist-reminder" type="number" label={t('surveys.distribution.reminder')} value={form.reminder} onChange={set('reminder')} />
          </div>
          <TextField id="dist-recipients" multiline label={t('surveys.distribution.recipients')} hint={t('surveys.distribution.recipientsHint')} value={form.recipients} onChange={set('recipients')} testId="dist-recipients" placeholder="li.lei@example.com, 李雷, M-1001" />
          {form.channel === 'email' && <TextField id="dist-subject" label={t('surveys.distribution.subject')} value={form.subject} onChange={set('subject')} />}
          <TextField id="dist-template" multiline label={t('surveys.distribution.template')} hint={t('surveys.distribution.templateHint')} value={form.template} onChange={set('template')} />
          <ErrorMessage error={send.error} testId="dist-error" />
          <div className="form-actions">
            {sent && <span role="status" data-testid="dist-sent-notice">{t('surveys.distribution.sent')}</span>}
            <button type="submit" className="button primary" disabled={send.pending} data-testid="dist-send">
              {t('surveys.distribution.send')}
            </button>
          </div>
        </form>
      ) : (
        <ReadOnlyNotice />
      )}
      <section className="card" aria-labelledby="dist-history-title">
        <div className="inline-row">
          <h2 id="dist-history-title">{t('surveys.distribution.history')}</h2>
          <button type="button" className="button small" onClick={distributions.reload} data-testid="dist-reload">
            {t('surveys.distribution.reload')}
          </button>
        </div>
        {!distributions.data?.length ? (
          <p className="muted">{t('surveys.distribution.empty')}</p>
        ) : (
          <table className="data-table" data-testid="dist-table">
            <thead>
              <tr>
                <th scope="col">{t('common.createdAt')}</th>
                <th scope="col">{t('surveys.distribution.channel')}</th>
                {COUNTS.map((key) => (
                  <th scope="col" className="numeric" key={key}>
                    {t(`surveys.distribution.counts.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {distributions.data.map((d) => (
                <tr key={d.id} data-testid="dist-row">
                  <td>{format.dateTime(d.created_at)}</td>
                  <td>{t(`surveys.distribution.${d.channel}`)}</td>
                  {COUNTS.map((key) => (
                    <td className="numeric" key={key} data-testid={`dist-${key}`}>
                      {format.number(d.counts[key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
