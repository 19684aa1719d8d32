import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { createJourney, listJourneys } from '../../../api/journeys.ts';
import { useSession } from '../../../app/AuthContext.tsx';
import { canEditSettings } from '../../../app/permissions.ts';
import { AsyncList } from '../../../components/AsyncList.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ReadOnlyNotice } from '../../../components/ReadOnlyNotice.tsx';
import { TableHead } from '../../../components/TableHead.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useMutation } from '../../../hooks/useMutation.ts';
import { useFormat } from '../../../i18n/format.ts';
import { localizedName } from '../../../i18n/names.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { JourneyForm } from './JourneyForm.tsx';

export function JourneysPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const navigate = useNavigate();
  const { user } = useSession();
  const canEdit = canEditSettings(user.role);
  const journeys = useAsync(() => listJourneys().then((response) => response.items), []);

  // A new journey is empty; opening it straight away is what the user wants next.
  const create = useMutation(createJourney, (journey) => navigate(`/settings/journeys/${encodeURIComponent(journey.id)}`));

  return (
    <div className="page">
      <PageHeader title={t('journeys.title')} subtitle={t('journeys.subtitle')} />
      {!canEdit && <ReadOnlyNotice />}
      {canEdit && (
        <section className="card" aria-labelledby="journey-create-title">
          <h2 id="journey-create-title">{t('journeys.create')}</h2>
          <JourneyForm
            idPrefix="new-journey"
            submitLabel={t('journeys.create')}
            pending={create.pending}
            error={create.error}
            onSubmit={(input) => create.run(input)}
          />
        </section>
      )}
      <section className="card" aria-labelledby="journey-list-title">
        <h2 id="journey-list-title">{t('journeys.listTitle')}</h2>
        <AsyncList state={journeys} emptyTestId="journeys-empty" emptyText={t('journeys.empty')}>
          {(items) => (
            <table className="data-table" data-testid="journeys-table">
              <TableHead
                columns={[
                  t('common.name'),
                  t('journeys.description'),
                  { label: t('journeys.stages'), numeric: true },
                  { label: t('journeys.touchpoints'), numeric: true },
                  t('common.createdAt'),
                ]}
              />
              <tbody>
                {items.map((journey) => (
                  <tr key={journey.id} data-testid="journey-row">
                    <td>
                      <Link to={`/settings/journeys/${encodeURIComponent(journey.id)}`} data-testid="journey-link">
                        {localizedName(journey, language, t('common.untitled'))}
                      </Link>
                    </td>
                    <td className="muted">{journey.description || '—'}</td>
                    <td className="numeric">{format.number(journey.stage_count)}</td>
                    <td className="numeric">{format.number(journey.touchpoint_count)}</td>
                    <td title={format.dateTime(journey.created_at)}>{format.date(journey.created_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </AsyncList>
      </section>
    </div>
  );
}
