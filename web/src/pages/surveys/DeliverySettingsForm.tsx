import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getSurveySettings, saveSurveySettings, type SurveySettingsInput } from '../../api/surveys.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { TextField } from './fields.tsx';

/** Per-organisation delivery settings: where links point, the SMTP server, the SMS webhook. Secrets are write-only. */
export function DeliverySettingsForm() {
  const { t } = useTranslation();
  const settings = useAsync(getSurveySettings, []);
  const [form, setForm] = useState({ publicUrl: window.location.origin, host: '', port: '587', secure: false, user: '', password: '', from: '', smsUrl: '', smsHeaders: '', smsBody: '{"to":"{{to}}","text":"{{text}}"}' });
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const s = settings.data;
    if (!s) return;
    setForm((f) => ({
      ...f,
      publicUrl: s.public_url ?? window.location.origin,
      ...(s.smtp ? { host: s.smtp.host, port: String(s.smtp.port), secure: s.smtp.secure, user: s.smtp.user, from: s.smtp.from } : {}),
      ...(s.sms ? { smsUrl: s.sms.url, smsBody: s.sms.body_template } : {}),
    }));
  }, [settings.data]);
  const save = useMutation(saveSurveySettings, () => setSaved(true));
  const set = (key: keyof typeof form) => (value: string) => {
    setSaved(false);
    setForm({ ...form, [key]: value });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const headers = Object.fromEntries(form.smsHeaders.split('\n').map((line) => line.split(/:(.*)/s).map((part) => part.trim())).filter(([name, value]) => name && value !== undefined));
    const input: SurveySettingsInput = {
      public_url: form.publicUrl.trim() || null,
      smtp: form.host.trim() ? { host: form.host.trim(), port: Number(form.port), secure: form.secure, from: form.from.trim(), ...(form.user ? { user: form.user } : {}), ...(form.password ? { password: form.password } : {}) } : null,
      sms: form.smsUrl.trim() ? { url: form.smsUrl.trim(), body_template: form.smsBody, ...(Object.keys(headers).length ? { headers } : {}) } : null,
    };
    await save.run(input);
  };

  if (settings.loading && !settings.data) return null;
  // Once configured, the settings fold away: sending is what people come here for.
  const configured = Boolean(settings.data?.public_url && (settings.data.smtp || settings.data.sms));
  return (
    <details className="card" open={!configured}>
      <summary>
        <strong>{t('surveys.settings.title')}</strong>
      </summary>
      <form className="form-stack" onSubmit={submit} data-testid="delivery-settings">
        <p className="hint">{t('surveys.settings.hint')}</p>
        <TextField id="settings-public-url" label={t('surveys.settings.publicUrl')} value={form.publicUrl} onChange={set('publicUrl')} testId="settings-public-url" />
        <h3>{t('surveys.settings.smtp')}</h3>
        <div className="inline-form">
          <TextField id="settings-host" label={t('surveys.settings.host')} value={form.host} onChange={set('host')} testId="settings-smtp-host" />
          <TextField id="settings-port" type="number" label={t('surveys.settings.port')} value={form.port} onChange={set('port')} testId="settings-smtp-port" />
          <label className="checkbox">
            <input type="checkbox" checked={form.secure} onChange={(event) => setForm({ ...form, secure: event.target.checked })} />
            {t('surveys.settings.secure')}
          </label>
        </div>
        <div className="inline-form">
          <TextField id="settings-user" label={t('surveys.settings.user')} value={form.user} onChange={set('user')} />
          <TextField id="settings-password" type="password" label={t('surveys.settings.password')} value={form.password} onChange={set('password')} placeholder={settings.data?.smtp?.password_set ? t('surveys.settings.passwordKept') : ''} />
          <TextField id="settings-from" label={t('surveys.settings.from')} value={form.from} onChange={set('from')} testId="settings-smtp-from" />
        </div>
        <h3>{t('surveys.settings.sms')}</h3>
        <TextField id="settings-sms-url" label={t('surveys.settings.smsUrl')} value={form.smsUrl} onChange={set('smsUrl')} />
        <TextField id="settings-sms-headers" multiline label={t('surveys.settings.smsHeaders')} value={form.smsHeaders} onChange={set('smsHeaders')} placeholder={settings.data?.sms?.header_names.length ? t('surveys.settings.smsHeadersKept') : 'Authorization: Bearer …'} />
        <TextField id="settings-sms-body" multiline label={t('surveys.settings.smsBody')} value={form.smsBody} onChange={set('smsBody')} />
        <ErrorMessage error={save.error} />
        <div className="form-actions">
          {saved && <span role="status" data-testid="settings-saved">{t('surveys.settings.saved')}</span>}
          <button type="submit" className="button primary" disabled={save.pending} data-testid="settings-save">
            {t('surveys.settings.save')}
          </button>
        </div>
      </form>
    </details>
  );
}
