// Answering the customer on their channel: e-mail or SMS are sent by the server; a WeChat message is
// prepared here for the agent to send by hand. Templates fill the subject and body.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fillTemplate, listReplyTemplates, REPLY_CHANNELS, sendCaseReply, type ReplyChannel } from '../../api/caseReplies.ts';
import type { CaseDetail } from '../../api/cases.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { optionalText } from '../../components/forms.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useMutation } from '../../hooks/useMutation.ts';

export interface Prefill {
  body: string;
  /** Changes on every "use this reply", so the same text can be used twice. */
  key: number;
}

interface Props {
  item: CaseDetail;
  prefill: Prefill | null;
  onSent: () => void;
}

/** The customer is answered where they spoke: WeChat and SMS channels map to themselves, anything else to e-mail. */
export function defaultReplyChannel(channel: string | null): ReplyChannel {
  const key = (channel ?? '').toLowerCase();
  if (key.includes('wechat')) return 'wechat';
  if (key.includes('sms')) return 'sms';
  return 'email';
}

export function ReplyComposer({ item, prefill, onSent }: Props) {
  const { t } = useTranslation();
  const { user, org } = useSession();
  const templates = useAsync(() => listReplyTemplates().then((response) => response.items), []);
  const [channel, setChannel] = useState<ReplyChannel>(() => defaultReplyChannel(item.channel));
  const [templateId, setTemplateId] = useState('');
  const [address, setAddress] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const send = useMutation(
    () => sendCaseReply(item.id, { channel, body: body.trim(), subject: channel === 'email' ? optionalText(subject) : undefined, template_id: templateId || undefined, address: optionalText(address) }),
    () => {
      setBody('');
      setSubject('');
      setTemplateId('');
      onSent();
    },
  );

  const values = { customer_name: item.customer?.display_name ?? '', case_number: String(item.number), agent_name: user.name, org_name: org.name };
  // A suggested reply is another case's answer made impersonal ({{customer_name}}): fill it for this one.
  useEffect(() => {
    if (prefill) setBody(fillTemplate(prefill.body, values));
  }, [prefill?.key]);

  const usable = (templates.data ?? []).filter((template) => template.channel === null || template.channel === channel);
  const pickTemplate = (id: string) => {
    setTemplateId(id);
    const template = usable.find((candidate) => candidate.id === id);
    if (!template) return;
    setSubject(fillTemplate(template.subject, values));
    setBody(fillTemplate(template.body, values));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) void send.run();
  };

  return (
    <section className="card" aria-labelledby="case-reply-title" data-testid="reply-composer">
      <h2 id="case-reply-title">{t('cases.replies.compose')}</h2>
      <form className="form-stack" onSubmit={submit}>
        <div className="inline-form">
          <div className="field">
            <label htmlFor="reply-channel">{t('cases.replies.channel')}</label>
            <select id="reply-channel" data-testid="reply-channel" value={channel} onChange={(event) => { setChannel(event.target.value as ReplyChannel); setTemplateId(''); }}>
              {REPLY_CHANNELS.map((value) => (
                <option key={value} value={value}>
                  {t(`cases.replies.channels.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field grow">
            <label htmlFor="reply-template">{t('cases.replies.template')}</label>
            <select id="reply-template" data-testid="reply-template" value={templateId} onChange={(event) => pickTemplate(event.target.value)}>
              <option value="">{usable.length ? t('cases.replies.noTemplate') : t('cases.replies.noTemplates')}</option>
              {usable.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name} ({t(`languages.${template.lang}`)})
                </option>
              ))}
            </select>
          </div>
          {channel !== 'wechat' && (
            <div className="field grow">
              <label htmlFor="reply-address">{t(`cases.replies.address.${channel}`)}</label>
              <input id="reply-address" data-testid="reply-address" value={address} placeholder={t('cases.replies.addressPlaceholder')} onChange={(event) => setAddress(event.target.value)} />
            </div>
          )}
        </div>
        {channel === 'email' && (
          <div className="field">
            <label htmlFor="reply-subject">{t('cases.replies.subject')}</label>
            <input id="reply-subject" data-testid="reply-subject" maxLength={200} value={subject} onChange={(event) => setSubject(event.target.value)} />
          </div>
        )}
        <div className="field">
          <label htmlFor="reply-body">{t('cases.replies.body')}</label>
          <textarea id="reply-body" rows={6} maxLength={5000} data-testid="reply-body" value={body} onChange={(event) => setBody(event.target.value)} />
          {channel === 'wechat' && <span className="hint">{t('cases.replies.wechatHint')}</span>}
        </div>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={send.pending || !body.trim()} data-testid="reply-send">
            {send.pending ? t('cases.replies.sending') : channel === 'wechat' ? t('cases.replies.prepare') : t('cases.replies.send')}
          </button>
        </div>
        <ErrorMessage error={send.error} testId="reply-error" />
      </form>
    </section>
  );
}
