// Writing one reply template: its channel and language, the subject (e-mail), the body with placeholders
// inserted at the cursor, and a preview filled with example values.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fillTemplate, REPLY_CHANNELS, TEMPLATE_PLACEHOLDERS, type ReplyChannel, type ReplyTemplate, type ReplyTemplateInput } from '../../../api/caseReplies.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Modal } from '../../../components/Modal.tsx';
import './reply-templates.css';

interface Props {
  initial?: ReplyTemplate;
  pending: boolean;
  error: unknown;
  onSave: (input: ReplyTemplateInput) => void;
  onClose: () => void;
}

export function ReplyTemplateDialog({ initial, pending, error, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [channel, setChannel] = useState<ReplyChannel | ''>(initial?.channel ?? '');
  const [lang, setLang] = useState<'en' | 'zh-CN'>(initial?.lang ?? 'zh-CN');
  const [subject, setSubject] = useState(initial?.subject ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const hasSubject = channel === '' || channel === 'email';

  const insert = (placeholder: string) => {
    const token = `{{${placeholder}}}`;
    const area = bodyRef.current;
    const start = area?.selectionStart ?? body.length;
    const end = area?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + token + body.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  };
  const example = {
    customer_name: t('replyTemplates.example.customer'),
    case_number: '42',
    agent_name: t('replyTemplates.example.agent'),
    org_name: t('replyTemplates.example.org'),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ name: name.trim(), channel: channel || null, lang, subject: hasSubject ? subject.trim() : '', body: body.trim() });
  };

  return (
    <Modal title={initial ? t('replyTemplates.editTitle', { name: initial.name }) : t('replyTemplates.newTitle')} onClose={onClose} testId="template-dialog">
      <form className="form-stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="template-name">{t('replyTemplates.name')}</label>
          <input id="template-name" data-testid="template-name" required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="inline-form">
          <div className="field">
            <label htmlFor="template-channel">{t('replyTemplates.channel')}</label>
            <select id="template-channel" data-testid="template-channel" value={channel} onChange={(event) => setChannel(event.target.value as ReplyChannel | '')}>
              <option value="">{t('replyTemplates.channels.any')}</option>
              {REPLY_CHANNELS.map((key) => (
                <option key={key} value={key}>
                  {t(`replyTemplates.channels.${key}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="template-lang">{t('replyTemplates.lang')}</label>
            <select id="template-lang" data-testid="template-lang" value={lang} onChange={(event) => setLang(event.target.value as 'en' | 'zh-CN')}>
              <option value="zh-CN">{t('replyTemplates.langs.zh-CN')}</option>
              <option value="en">{t('replyTemplates.langs.en')}</option>
            </select>
          </div>
        </div>
        {hasSubject && (
          <div className="field">
            <label htmlFor="template-subject">{t('replyTemplates.subject')}</label>
            <input id="template-subject" data-testid="template-subject" maxLength={200} value={subject} onChange={(event) => setSubject(event.target.value)} />
            <span className="hint">{t('replyTemplates.subjectHint')}</span>
          </div>
        )}
        <div className="field">
          <label htmlFor="template-body">{t('replyTemplates.body')}</label>
          <textarea id="template-body" ref={bodyRef} data-testid="template-body" required rows={6} maxLength={5000} value={body} onChange={(event) => setBody(event.target.value)} />
          <div className="placeholder-row" role="group" aria-label={t('replyTemplates.insertPlaceholder')}>
            <span className="hint">{t('replyTemplates.insertPlaceholder')}</span>
            {TEMPLATE_PLACEHOLDERS.map((placeholder) => (
              <button key={placeholder} type="button" className="button small" data-testid={`placeholder-${placeholder}`} onClick={() => insert(placeholder)}>
                {t(`replyTemplates.placeholders.${placeholder}`)}
              </button>
            ))}
          </div>
        </div>
        {body.trim() && (
          <div className="field" data-testid="template-preview">
            <span className="muted small">{t('replyTemplates.preview')}</span>
            <p className="template-preview">
              {fillTemplate(body, example)}
            </p>
          </div>
        )}
        <ErrorMessage error={error} testId="template-error" />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="template-save" disabled={pending}>
            {pending ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
