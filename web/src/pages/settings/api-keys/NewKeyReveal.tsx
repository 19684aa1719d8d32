import { useTranslation } from 'react-i18next';
import type { CreatedApiKey } from '../../../api/types.ts';
import { CopyButton } from '../../../components/CopyButton.tsx';

/** The server returns the whole key exactly once; after this panel is dismissed it is gone. */
export function NewKeyReveal({ created, onDismiss }: { created: CreatedApiKey; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card reveal-card" data-testid="api-key-reveal" aria-labelledby="api-key-reveal-title">
      <h2 id="api-key-reveal-title">{t('apiKeys.createdTitle', { name: created.name })}</h2>
      <p className="warning" role="status">
        {t('apiKeys.createdWarning')}
      </p>
      <div className="copy-row">
        <label htmlFor="new-api-key" className="visually-hidden">
          {t('apiKeys.keyLabel')}
        </label>
        <input
          id="new-api-key"
          className="mono"
          readOnly
          value={created.key}
          data-testid="api-key-value"
          onFocus={(event) => event.target.select()}
        />
        <CopyButton text={created.key} testId="api-key-copy" />
      </div>
      <button type="button" className="button" onClick={onDismiss} data-testid="api-key-dismiss">
        {t('apiKeys.dismiss')}
      </button>
    </section>
  );
}
