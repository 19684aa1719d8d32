import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { createSurvey, listSurveys } from '../../api/surveys.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { AsyncList } from '../../components/AsyncList.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TableHead } from '../../components/TableHead.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { useFormat } from '../../i18n/format.ts';
import { canBuildSurveys } from './survey-permissions.ts';
import { starterDefinition } from './survey-draft.ts';

export function SurveysPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { user } = useSession();
  const surveys = useAsync(() => listSurveys().then((response) => response.items), []);
  // A new survey starts as a ready-to-edit NPS draft; the builder is where the work happens.
  const create = useMutation(
    () => createSurvey({ name: t('surveys.defaultName'), status: 'draft', definition: starterDefinition(t) }),
    (survey) => navigate(`/surveys/${encodeURIComponent(survey.id)}`),
  );

  return (
    <div className="page">
      <PageHeader
        title={t('surveys.title')}
        subtitle={t('surveys.subtitle')}
        actions={
          canBuildSurveys(user.role) && (
            <button type="button" className="button primary" onClick={() => create.run()} disabled={create.pending} data-testid="survey-new">
              {t('surveys.new')}
            </button>
          )
        }
      />
      <ErrorMessage error={create.error} />
      <section className="card" aria-labelledby="survey-list-title">
        <h2 id="survey-list-title">{t('surveys.listTitle')}</h2>
        <AsyncList state={surveys} emptyTestId="surveys-empty" emptyText={t('surveys.empty')}>
          {(items) => (
            <table className="data-table" data-testid="surveys-table">
              <TableHead columns={[t('surveys.name'), t('surveys.status'), { label: t('surveys.responses'), numeric: true }, t('common.createdAt')]} />
              <tbody>
                {items.map((survey) => (
                  <tr key={survey.id} data-testid="survey-row">
                    <td>
                      <Link to={`/surveys/${encodeURIComponent(survey.id)}`} data-testid="survey-link">
                        {survey.name}
                      </Link>
                    </td>
                    <td>
                      {t(`surveys.statuses.${survey.status}`)} · <span className="muted">{t(`surveys.availability.${survey.availability}`)}</span>
                    </td>
                    <td className="numeric" data-testid="survey-completed">
                      {format.number(survey.completed_count)} {t('surveys.completed')}
                    </td>
                    <td title={format.dateTime(survey.created_at)}>{format.date(survey.created_at)}</td>
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
