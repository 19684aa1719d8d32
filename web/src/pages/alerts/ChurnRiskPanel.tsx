// The churn-risk card for the customer 360: the score, its level and the factors behind it, largest
// first. Drop in as <ChurnRiskPanel customerId={id} />.
import { useTranslation } from 'react-i18next';
import { getChurnRisk } from '../../api/alerts.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAsync } from '../../hooks/useAsync.ts';

export function ChurnRiskPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const risk = useAsync(() => getChurnRisk(customerId), [customerId]);
  return (
    <section className="card" aria-labelledby="churn-risk-title" data-testid="churn-risk">
      <h2 id="churn-risk-title">{t('alerts.churn.title')}</h2>
      {risk.loading && !risk.data ? (
        <Loading />
      ) : risk.error ? (
        <ErrorMessage error={risk.error} onRetry={risk.reload} />
      ) : risk.data ? (
        <>
          <p>
            <strong data-testid="churn-risk-score">{risk.data.score}</strong>/100 · {t(`alerts.churn.level.${risk.data.level}`)}
          </p>
          {risk.data.factors.length === 0 ? (
            <p className="muted">{t('alerts.churn.noFactors')}</p>
          ) : (
            <ul>
              {risk.data.factors.map((factor) => (
                <li key={factor.id}>
                  {t(`alerts.churn.factors.${factor.id}`, { value: factor.value })} <span className="muted">+{factor.points}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
