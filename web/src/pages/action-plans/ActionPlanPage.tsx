// One action plan: what it answers, who owns it, and its metric over the baseline before it took
// effect against the same span after, with the weekly series on a chart.
import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { deleteActionPlan, getActionPlan, updateActionPlan, type ActionPlan } from '../../api/actionPlans.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { ChartCard } from '../../components/charts/ChartCard.tsx';
import { EChart, type EChartHandle } from '../../components/charts/EChart.tsx';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useChannels } from '../../hooks/useChannels.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { useFormat } from '../../i18n/format.ts';
import { localizedLabel } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { PlanDialog } from './PlanDialog.tsx';
import { EstimateText, useMetricText, Verdict } from './PlanEffectCells.tsx';
import { canManagePlans } from './planFormat.ts';

export function ActionPlanPage() {
  const { t } = useTranslation();
  const { planId = '' } = useParams();
  const { user } = useSession();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const state = useAsync(() => getActionPlan(planId), [planId]);
  const [editing, setEditing] = useState(false);
  const remove = useMutation(() => deleteActionPlan(planId), () => navigate('/action-plans'));
  const plan = state.data;
  const canEdit = canManagePlans(user.role);
  const onDelete = async () => {
    if (plan && (await confirm({ title: t('actionPlans.deleteTitle'), message: t('actionPlans.deleteMessage', { title: plan.title }), confirmLabel: t('actionPlans.delete'), danger: true }))) await remove.run();
  };
  return (
    <div className="page dashboard" data-testid="plan-page">
      <Link className="back-link" to="/action-plans">← {t('actionPlans.back')}</Link>
      {state.error ? (
        <ErrorMessage error={state.error} onRetry={state.reload} />
      ) : !plan ? (
        <Loading />
      ) : (
        <>
          <PageHeader
            title={plan.title}
            subtitle={t(`actionPlans.status.${plan.status}`)}
            actions={
              canEdit && (
                <>
                  <button type="button" className="button" onClick={() => setEditing(true)} data-testid="plan-edit">{t('actionPlans.edit')}</button>
                  <button type="button" className="button danger" onClick={() => void onDelete()} data-testid="plan-delete">{t('actionPlans.delete')}</button>
                </>
              )
            }
          />
          <ErrorMessage error={remove.error} />
          <PlanBody plan={plan} />
          {editing && (
            <PlanDialog
              plan={plan}
              save={(input) => updateActionPlan(plan.id, input)}
              onClose={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                state.reload();
              }}
            />
          )}
        </>
      )}
    </div>
  );
}

function PlanBody({ plan }: { plan: ActionPlan }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf } = useChannels();
  const text = useMetricText();
  const language = useLanguage();
  const chart = useRef<EChartHandle>(null);
  const weeks = plan.effect.weeks ?? [];
  const metricName = t(`actionPlans.metric.${plan.metric}`);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('actionPlans.before'), t('actionPlans.after')] },
      grid: { left: 48, right: 16, top: 48, bottom: 32 },
      xAxis: { type: 'category', data: weeks.map((w) => w.week) },
      yAxis: { type: 'value', name: metricName },
      series: [
        { name: t('actionPlans.before'), type: 'bar', stack: 'v', data: weeks.map((w) => (w.after ? null : w.value)), itemStyle: { color: '#9aa5b1' } },
        { name: t('actionPlans.after'), type: 'bar', stack: 'v', data: weeks.map((w) => (w.after ? w.value : null)), itemStyle: { color: '#2f7d5b' } },
      ],
    }),
    [weeks, metricName, t],
  );
  const table = { columns: [t('actionPlans.week'), metricName, t('actionPlans.responses'), t('actionPlans.phase')], rows: weeks.map((w) => [w.week, w.value, w.n, w.after ? t('actionPlans.after') : t('actionPlans.before')]) };
  const { effect } = plan;
  return (
    <>
      <section className="card" data-testid="plan-facts">
        <dl className="kv-table">
          <div className="kv-row"><dt>{t('actionPlans.fields.source')}</dt><dd>{plan.source.kind === 'theme' ? `${t('actionPlans.source.theme')}: ${localizedLabel(plan.source, language, plan.source.theme_id)}` : `${t('actionPlans.source.breakpoint')}: ${nameOf(plan.source.from_channel)} → ${nameOf(plan.source.to_channel)}`}</dd></div>
          <div className="kv-row"><dt>{t('actionPlans.fields.owner')}</dt><dd>{plan.owner_team?.name ?? '—'}</dd></div>
          <div className="kv-row"><dt>{t('actionPlans.fields.due')}</dt><dd>{plan.due_date ? format.date(`${plan.due_date}T00:00:00`) : '—'}</dd></div>
          <div className="kv-row"><dt>{t('actionPlans.fields.metric')}</dt><dd>{`${metricName} · ${t(`actionPlans.direction.${plan.direction}`)}${plan.target === null ? '' : ` · ${t('actionPlans.fields.target')} ${text(plan, plan.target)}`}`}</dd></div>
          <div className="kv-row"><dt>{t('actionPlans.fields.started')}</dt><dd>{format.dateTime(plan.started_at)}</dd></div>
          {plan.description && <div className="kv-row"><dt>{t('actionPlans.fields.description')}</dt><dd>{plan.description}</dd></div>}
        </dl>
      </section>
      <div className="kpi-row" data-testid="plan-effect">
        <div className="kpi">
          <span className="kpi-label">{t('actionPlans.beforeWindow', { from: format.date(effect.before_window.from), to: format.date(effect.before_window.to) })}</span>
          <span className="kpi-value"><EstimateText plan={plan} estimate={effect.before} testId="plan-detail-before" /></span>
        </div>
        <div className="kpi">
          <span className="kpi-label">{t('actionPlans.afterWindow', { from: format.date(effect.after_window.from), to: format.date(effect.after_window.to) })}</span>
          <span className="kpi-value"><EstimateText plan={plan} estimate={effect.after} testId="plan-detail-after" /></span>
        </div>
        <div className="kpi">
          <span className="kpi-label">{t('actionPlans.change')}</span>
          <span className="kpi-value" data-testid="plan-detail-delta">{effect.change.delta === null ? '—' : `${effect.change.delta > 0 ? '+' : ''}${text(plan, effect.change.delta)}`}</span>
          <Verdict plan={plan} />
          {effect.target_reached !== null && <span className="kpi-n" data-testid="plan-target-reached">{t(effect.target_reached ? 'actionPlans.targetReached' : 'actionPlans.targetNotReached')}</span>}
        </div>
      </div>
      <ChartCard title={t('actionPlans.weekly', { metric: metricName })} table={table} chart={chart} testId="plan-weekly">
        {weeks.length === 0 ? <p className="muted">{t('actionPlans.noData')}</p> : <EChart ref={chart} option={option} label={t('actionPlans.weekly', { metric: metricName })} testId="plan-chart" />}
      </ChartCard>
      <p className="muted small">{t('actionPlans.method')}</p>
    </>
  );
}
