import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Modal } from '../../components/Modal.tsx';
import { shortId } from './customerName.ts';

interface Props {
  customerId: string;
  pending: boolean;
  error: unknown;
  onErase: (options: { text: 'redact' | 'remove'; reason?: string }) => void;
  onClose: () => void;
}

/** Erasure cannot be undone, so the person types the customer's short id to confirm they mean this one. */
export function EraseDialog({ customerId, pending, error, onErase, onClose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState<'redact' | 'remove'>('redact');
  const [reason, setReason] = useState('');
  const [typed, setTyped] = useState('');
  const expected = shortId(customerId);

  return (
    <Modal
      role="alertdialog"
      title={t('customers.eraseTitle')}
      onClose={onClose}
      testId="erase-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button danger"
            disabled={typed.trim() !== expected || pending}
            onClick={() => onErase({ text, reason: reason.trim() || undefined })}
            data-testid="erase-confirm"
          >
            {pending ? t('common.saving') : t('customers.eraseConfirm')}
          </button>
        </>
      }
    >
      <p>{t('customers.eraseExplain')}</p>
      <fieldset className="field">
        <legend>{t('customers.eraseTextLegend')}</legend>
        <label className="checkbox">
          <input type="radio" name="erase-text" checked={text === 'redact'} onChange={() => setText('redact')} />
          {t('customers.eraseTextRedact')}
        </label>
        <label className="checkbox">
          <input type="radio" name="erase-text" checked={text === 'remove'} onChange={() => setText('remove')} />
          {t('customers.eraseTextRemove')}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="erase-reason">{t('customers.eraseReason')}</label>
        <input id="erase-reason" maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} placeholder={t('customers.eraseReasonPlaceholder')} />
      </div>
      <div className="field">
        <label htmlFor="erase-typed">{t('customers.eraseType', { id: expected })}</label>
        <input id="erase-typed" data-testid="erase-typed" autoComplete="off" value={typed} onChange={(event) => setTyped(event.target.value)} />
      </div>
      <ErrorMessage error={error} />
    </Modal>
  );
}
