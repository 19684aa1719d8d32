import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal.tsx';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel?: string;
  /** Destructive actions get a red button. */
  danger?: boolean;
}

type Confirm = (request: ConfirmRequest) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);

/**
 * One accessible confirmation dialog for the whole app, used as `await confirm({...})`, so
 * every destructive action asks the same way (window.confirm is unstyled and blocks tests).
 */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const resolveRef = useRef<((answer: boolean) => void) | null>(null);

  const confirm = useCallback<Confirm>((next) => {
    resolveRef.current?.(false);
    setRequest(next);
    return new Promise<boolean>((resolve) => {
      resolveRef.current = resolve;
    });
  }, []);

  const answer = (value: boolean) => {
    resolveRef.current?.(value);
    resolveRef.current = null;
    setRequest(null);
  };

  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {request && (
        <Modal
          role="alertdialog"
          title={request.title}
          onClose={() => answer(false)}
          testId="confirm-dialog"
          footer={
            <>
              <button type="button" className="button" onClick={() => answer(false)} data-autofocus>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className={request.danger ? 'button danger' : 'button primary'}
                data-testid="confirm-accept"
                onClick={() => answer(true)}
              >
                {request.confirmLabel ?? t('common.confirm')}
              </button>
            </>
          }
        >
          <p>{request.message}</p>
        </Modal>
      )}
    </ConfirmContext.Provider>
  );
}

export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm must be used inside <ConfirmProvider>');
  return confirm;
}
