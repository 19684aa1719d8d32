// Action plans across departments: every plan with its owner, due date, status and its metric
// before → after. The dialog opens pre-filled when linked from a theme or a breakpoint.
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { createActionPlan, listActionPlans, PLAN_STATUSES, type ActionPlan, type PlanSource } from '../../api/actionPlans.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { ChartCard } from '../../components/charts/ChartCard.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useChannels } from '../../hooks/useChannels.ts';
import { useFormat } from '../../i18n/format.ts';
import { localizedLabel } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { PlanDialog } from './PlanDialog.tsx';
import { EstimateText, useMetricText, Verdict } from './PlanEffectCells.tsx';
import { canManagePlans } from './planFormat.ts';

export function ActionPlansPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const plans = useAsync(() => listActionPlans({ status: status || undefined }), [status]);
  const [creating, setCreating] = useState(false);
  const prefill = useMemo((): PlanSource | undefined => {
    if (params.get('new') === 'theme' && params.get('theme')) return { kind: 'theme', theme_id: params.get('theme')! };
    if (params.get('new') === 'breakpoint' && params.get('from') && params.get('to')) return { kind: 'breakpoint', from_channel: params.get('from')!, to_channel: params.get('to')! };
    return undefined;
  }, [params]);
  const canEdit = canManagePlans(user.role);
  const open = canEdit && (creating || prefill !== undefined);
  const close = () => {
    setCreating(false);
    if (prefill) setParams({}, { replace: true });
  };

  return (
    <div className="page dashboard" data-testid="plans-page">
      <PageHeader
        title={t('actionPlans.title')}
        subtitle={t('actionPlans.subtitle')}
        actions={
          canEdit && (
            <button type="button" className="button primary" onClick={() => setCreating(true)} data-testid="plan-new">
              {t('actionPlans.new')}
            </button>
          )
        }
      />
      <div className="filters-bar">
        <label className="filter-field" style={{ flex: '0 0 200px' }}>
          {t('actionPlans.fields.status')}
          <select value={status} onChange={(event) => setParams(event.target.value ? { status: event.target.value } : {})} data-testid="plans-status-filter">
            <option value="">{t('actionPlans.status.all')}</option>
            {PLAN_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`actionPlans.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {plans.error ? <ErrorMessage error={plans.error} onRetry={plans.reload} /> : !plans.data ? <Loading /> : <PlanTable plans={plans.data.items} />}
      {open && (
        <PlanDialog
          source={prefill}
          save={createActionPlan}
          onClose={close}
          onSaved={(plan) => navigate(`/action-plans/${plan.id}`)}
        />
      )}
    </div>
  );
}

function PlanTable({ plans }: { plans: ActionPlan[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useChannels();
  const text = useMetricText();
  const language = useLanguage();
  const sourceText = (plan: ActionPlan) => (plan.source.kind === 'theme' ? localizedLabel(plan.source, language, plan.source.theme_id) : `${nameOf(plan.source.from_channel)} → ${nameOf(plan.source.to_channel)}`);
  const table = {
    columns: [t('actionPlans.fields.title'), t('actionPlans.fields.source'), t('actionPlans.fields.owner'), t('actionPlans.fields.due'), t('actionPlans.fields.status'), t('actionPlans.fields.metric'), t('actionPlans.before'), t('actionPlans.after'), t('actionPlans.significant')],
    rows: plans.map((plan) => [
      plan.title,
      sourceText(plan),
      plan.owner_team?.name ?? null,
      plan.due_date,
      t(`actionPlans.status.${plan.status}`),
      t(`actionPlans.metric.${plan.metric}`),
      plan.effect.before.value,
      plan.effect.after.value,
      plan.effect.change.significant ? 1 : 0,
    ]),
  };
  return (
    <ChartCard title={t('actionPlans.listTitle')} table={table} testId="plans-list">
      {plans.length === 0 ? (
        <p className="muted" data-testid="plans-empty">{t('actionPlans.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>{table.columns.slice(0, 8).map((column) => <th key={column}>{column}</th>)}<th>{t('actionPlans.verdictColumn')}</th></tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.id} data-testid="plan-row" data-id={plan.id}>
                <td>
                  <Link to={`/action-plans/${plan.id}`} data-testid="plan-link">{plan.title}</Link>
                </td>
                <td>{sourceText(plan)}</td>
                <td>{plan.owner_team?.name ?? '—'}</td>
                <td>{plan.due_date ? format.date(`${plan.due_date}T00:00:00`) : '—'}</td>
                <td data-testid="plan-status">{t(`actionPlans.status.${plan.status}`)}</td>
                <td>{t(`actionPlans.metric.${plan.metric}`)}</td>
                <td className="numeric"><EstimateText plan={plan} estimate={plan.effect.before} testId="plan-before" /></td>
                <td className="numeric"><EstimateText plan={plan} estimate={plan.effect.after} testId="plan-after" /></td>
                <td title={plan.effect.change.delta === null ? '' : text(plan, plan.effect.change.delta)}><Verdict plan={plan} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ChartCard>
  );
}
