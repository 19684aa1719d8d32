import { useTranslation } from 'react-i18next';
import { getTextSettings } from '../../../api/textSettings.ts';
import { useSession } from '../../../app/AuthContext.tsx';
import { canEditSettings } from '../../../app/permissions.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ReadOnlyNotice } from '../../../components/ReadOnlyNotice.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import '../../../styles/themes.css';
import { CustomThemesSection } from './CustomThemesSection.tsx';
import { TaxonomySection } from './TaxonomySection.tsx';
import { TryItSection } from './TryItSection.tsx';

// Settings → Themes: what the text analysis calls a theme (the taxonomy), themes learned from the
// organisation's own examples, and a place to see how a text would be labelled.
export function ThemesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canEdit = canEditSettings(user.role);
  // Loaded once: the sections keep their own state after saving, so a reload never wipes edits.
  const settings = useAsync(getTextSettings, []);

  return (
    <div className="page" data-testid="themes-page">
      <PageHeader title={t('themes.title')} subtitle={t('themes.subtitle')} />
      {!canEdit && <ReadOnlyNotice />}
      {settings.loading && !settings.data ? (
        <Loading />
      ) : settings.error || !settings.data ? (
        <ErrorMessage error={settings.error} onRetry={settings.reload} />
      ) : (
        <>
          <TaxonomySection settings={settings.data} canEdit={canEdit} />
          <CustomThemesSection initial={settings.data.custom_themes} canEdit={canEdit} />
        </>
      )}
      <TryItSection />
    </div>
  );
}
