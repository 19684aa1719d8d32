import { useTranslation } from 'react-i18next';
import { errorDetail, errorText } from './errorText.ts';

interface Props {
  error: unknown;
  onRetry?: () => void;
  testId?: string;
}

/**
 * Every error in the app goes through here, inside an assertive live region, so screen reader
 * users hear it without hunting for it.
 */
export function ErrorMessage({ error, onRetry, testId }: Props) {
  const { t } = useTranslation();
  const hasError = error !== null && error !== undefined;
  const detail = hasError ? errorDetail(error) : null;
  const main = hasError ? errorText(t, error) : '';

  return (
    <div role="alert" aria-live="assertive" data-testid={testId} className={hasError ? 'error-box' : 'error-box empty'}>
      {hasError && (
        <>
          <span className="error-text">{main}</span>
          {detail && detail !== main && <span className="error-detail">{detail}</span>}
          {onRetry && (
            <button type="button" className="button small" onClick={onRetry}>
              {t('common.retry')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
