// A plan's metric before → after with the verdict, shared by the list and the plan page.
import { useTranslation } from 'react-i18next';
import type { ActionPlan, PlanEstimate } from '../../api/actionPlans.ts';
import { useFormat } from '../../i18n/format.ts';
import { METRIC_DIGITS, METRIC_UNIT } from './planFormat.ts';

export function useMetricText() {
  const format = useFormat();
  return (plan: Pick<ActionPlan, 'metric'>, value: number | null) => (value === null ? '—' : `${format.number(value, METRIC_DIGITS[plan.metric])}${METRIC_UNIT[plan.metric]}`);
}

export function Verdict({ plan }: { plan: ActionPlan }) {
  const { t } = useTranslation();
  const { effect } = plan;
  const key = effect.improved === true ? 'improved' : effect.improved === false ? 'worsened' : effect.change.insufficient_n ? 'tooFew' : 'noChange';
  return (
    <span className={`change ${effect.improved === true ? 'up' : effect.improved === false ? 'down' : 'flat'}`} data-testid="plan-verdict" data-verdict={key}>
      {t(`actionPlans.verdict.${key}`)}
    </span>
  );
}

export function EstimateText({ plan, estimate, testId }: { plan: ActionPlan; estimate: PlanEstimate; testId: string }) {
  const { t } = useTranslation();
  const text = useMetricText();
  return (
    <span data-testid={testId} data-value={estimate.value ?? ''} data-n={estimate.n}>
      <strong>{text(plan, estimate.value)}</strong> <span className="muted small">{t('actionPlans.n', { count: estimate.n })}</span>
    </span>
  );
}
