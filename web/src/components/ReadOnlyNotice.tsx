import { useTranslation } from 'react-i18next';

/** Explains why edit controls are missing, instead of leaving the user to wonder. */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  return (
    <p className="notice" data-testid="read-only-notice">
      {t('settings.readOnly')}
    </p>
  );
}
