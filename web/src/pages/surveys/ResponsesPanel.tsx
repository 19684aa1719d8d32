import { useTranslation } from 'react-i18next';
import { listResponses, responsesCsvUrl } from '../../api/surveys.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../i18n/format.ts';
import { AsyncList } from '../../components/AsyncList.tsx';
import { TableHead } from '../../components/TableHead.tsx';

export function ResponsesPanel({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const responses = useAsync(() => listResponses(surveyId).then((response) => response.items), [surveyId]);
  return (
    <section className="card" aria-labelledby="survey-responses-title">
      <div className="inline-row">
        <h2 id="survey-responses-title">{t('surveys.responsesPanel.title')}</h2>
        <button type="button" className="button small" onClick={responses.reload} data-testid="responses-reload">
          {t('surveys.responsesPanel.reload')}
        </button>
        <a className="button small" href={responsesCsvUrl(surveyId)} download data-testid="responses-csv">
          {t('surveys.responsesPanel.export')}
        </a>
      </div>
      <AsyncList state={responses} emptyTestId="responses-empty" emptyText={t('surveys.responsesPanel.empty')}>
        {(items) => (
          <table className="data-table">
            <TableHead
              columns={[
                t('surveys.responsesPanel.when'),
                t('surveys.responsesPanel.channel'),
                t('surveys.responsesPanel.state'),
                t('surveys.responsesPanel.answers'),
              ]}
            />
            <tbody>
              {items.map((response) => (
                <tr key={response.id} data-testid="response-row">
                  <td>{format.dateTime(response.started_at)}</td>
                  <td>{response.channel}</td>
                  <td>{t(response.completed_at ? 'surveys.responsesPanel.done' : 'surveys.responsesPanel.partial')}</td>
                  <td>
                    {Object.entries(response.answers)
                      .map(([id, answer]) => `${id}: ${Array.isArray(answer) ? answer.join(', ') : String(answer)}`)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </AsyncList>
    </section>
  );
}
