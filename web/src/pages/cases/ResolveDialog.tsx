import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../api/cases.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Modal } from '../../components/Modal.tsx';

interface Props {
  number: number;
  pending: boolean;
  error: unknown;
  onResolve: (change: StatusChange) => void;
  onClose: () => void;
}

/** A case is resolved with its root cause, a resolution code and what was done: that is what fixes the next ten. */
export function ResolveDialog({ number, pending, error, onResolve, onClose }: Props) {
  const { t } = useTranslation();
  const [rootCause, setRootCause] = useState('');
  const [code, setCode] = useState('');
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onResolve({ status: 'resolved', root_cause: rootCause.trim(), resolution_code: code.trim(), resolution_note: note.trim() });
  };
  return (
    <Modal title={t('cases.resolve.title', { number })} onClose={onClose} testId="resolve-dialog">
      <form className="form-stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="resolve-root-cause">{t('cases.resolve.rootCause')}</label>
          <input id="resolve-root-cause" data-testid="resolve-root-cause" required maxLength={200} value={rootCause} onChange={(event) => setRootCause(event.target.value)} />
          <span className="hint">{t('cases.resolve.rootCauseHint')}</span>
        </div>
        <div className="field">
          <label htmlFor="resolve-code">{t('cases.resolve.code')}</label>
          <input id="resolve-code" data-testid="resolve-code" required maxLength={100} value={code} onChange={(event) => setCode(event.target.value)} />
          <span className="hint">{t('cases.resolve.codeHint')}</span>
        </div>
        <div className="field">
          <label htmlFor="resolve-note">{t('cases.resolve.note')}</label>
          <textarea id="resolve-note" required rows={3} maxLength={5000} data-testid="resolve-note" value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        <ErrorMessage error={error} />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="resolve-submit" disabled={pending || !rootCause.trim() || !code.trim() || !note.trim()}>
            {pending ? t('common.saving') : t('cases.resolve.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
