import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, type Channel, type ChannelKind } from '../../../api/types.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';

export interface ChannelFormValues {
  key: string;
  name_en: string;
  name_zh: string;
  kind: ChannelKind;
}

interface Props {
  /** Editing an existing channel: its key is its identity and cannot change. */
  initial?: Channel;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: ChannelFormValues) => Promise<boolean>;
  onCancel?: () => void;
  idPrefix: string;
}

export function ChannelForm({ initial, submitLabel, pending, error, onSubmit, onCancel, idPrefix }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ChannelFormValues>({
    key: initial?.key ?? '',
    name_en: initial?.name_en ?? '',
    name_zh: initial?.name_zh ?? '',
    kind: initial?.kind ?? 'digital',
  });
  const set = <K extends keyof ChannelFormValues>(key: K, value: ChannelFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await onSubmit(values);
    if (saved && !initial) setValues({ key: '', name_en: '', name_zh: '', kind: values.kind });
  };

  return (
    <form className="inline-form" onSubmit={submit} data-testid={initial ? 'channel-edit-form' : 'channel-create-form'}>
      {!initial && (
        <div className="field">
          <label htmlFor={`${idPrefix}-key`}>{t('channels.key')}</label>
          <input
            id={`${idPrefix}-key`}
            data-testid="channel-key"
            required
            value={values.key}
            onChange={(event) => set('key', event.target.value)}
            placeholder="website"
            aria-describedby={`${idPrefix}-key-hint`}
          />
          <span className="hint" id={`${idPrefix}-key-hint`}>
            {t('channels.keyHint')}
          </span>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${idPrefix}-zh`}>{t('common.nameZh')}</label>
        <input
          id={`${idPrefix}-zh`}
          data-testid="channel-name-zh"
          lang="zh-CN"
          value={values.name_zh}
          onChange={(event) => set('name_zh', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-en`}>{t('common.nameEn')}</label>
        <input
          id={`${idPrefix}-en`}
          data-testid="channel-name-en"
          lang="en"
          value={values.name_en}
          onChange={(event) => set('name_en', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-kind`}>{t('channels.kind')}</label>
        <select
          id={`${idPrefix}-kind`}
          data-testid="channel-kind"
          value={values.kind}
          onChange={(event) => set('kind', event.target.value as ChannelKind)}
        >
          {CHANNEL_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`channelKinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending} data-testid="channel-submit">
          {pending ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      <ErrorMessage error={error} />
    </form>
  );
}
