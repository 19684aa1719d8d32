// The plan form (create and edit): what it answers (a theme or a breakpoint), who owns it, by when,
// which metric it should move and in which direction, and the baseline to measure it against.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_METRICS, PLAN_STATUSES, type ActionPlan, type PlanInput, type PlanSource } from '../../api/actionPlans.ts';
import { getTextSettings } from '../../api/textSettings.ts';
import { listTeams } from '../../api/users.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useChannels } from '../../hooks/useChannels.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { localizedLabel, localizedName } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

interface Props {
  plan?: ActionPlan;
  /** Pre-filled source when opened from the Theme explorer or a breakpoint. */
  source?: PlanSource;
  onClose: () => void;
  onSaved: (plan: ActionPlan) => void;
  save: (input: PlanInput) => Promise<ActionPlan>;
}

export function PlanDialog({ plan, source, onClose, onSaved, save }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { channels } = useChannels();
  const themes = useAsync(() => getTextSettings().then((settings) => settings.taxonomy.themes), []);
  const teams = useAsync(() => listTeams().then((response) => response.items), []);
  const initial = plan?.source ?? source ?? { kind: 'theme', theme_id: '' };
  const startedDay = plan ? plan.started_at.slice(0, 10) : '';
  const [draft, setDraft] = useState({
    title: plan?.title ?? '',
    description: plan?.description ?? '',
    kind: initial.kind,
    theme: initial.kind === 'theme' ? initial.theme_id : '',
    from: initial.kind === 'breakpoint' ? initial.from_channel : '',
    to: initial.kind === 'breakpoint' ? initial.to_channel : '',
    team: plan?.owner_team?.id ?? '',
    due: plan?.due_date ?? '',
    metric: plan?.metric ?? (initial.kind === 'breakpoint' ? 'negative_share' : 'nps'),
    direction: plan?.direction ?? (initial.kind === 'breakpoint' ? 'decrease' : 'increase'),
    target: plan?.target === null || plan?.target === undefined ? '' : String(plan.target),
    status: plan?.status ?? 'open',
    started: startedDay,
    baseline: String(plan?.baseline_days ?? 30),
  });
  const set = (changes: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...changes }));
  const mutation = useMutation(save, onSaved);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: PlanInput = {
      title: draft.title,
      description: draft.description,
      source: draft.kind === 'theme' ? { kind: 'theme', theme_id: draft.theme } : { kind: 'breakpoint', from_channel: draft.from, to_channel: draft.to },
      owner_team_id: draft.team || null,
      due_date: draft.due || null,
      metric: draft.metric,
      direction: draft.direction,
      target: draft.target.trim() === '' ? null : Number(draft.target),
      status: draft.status,
      baseline_days: Number(draft.baseline),
      // An unchanged day keeps the plan's exact moment; a new one starts at the day's beginning (UTC).
      ...(draft.started && draft.started !== startedDay ? { started_at: `${draft.started}T00:00:00Z` } : {}),
    };
    void mutation.run(input);
  };

  const channelOptions = channels.map((channel) => (
    <option key={channel.key} value={channel.key}>
      {localizedName(channel, language, channel.key)}
    </option>
  ));
  return (
    <Modal title={plan ? t('actionPlans.form.editTitle') : t('actionPlans.form.newTitle')} onClose={onClose} testId="plan-dialog">
      <form className="form-stack" onSubmit={submit} data-testid="plan-form">
        <label className="field">
          {t('actionPlans.fields.title')}
          <input value={draft.title} onChange={(event) => set({ title: event.target.value })} required maxLength={200} data-testid="plan-title" />
        </label>
        <label className="field">
          {t('actionPlans.fields.description')}
          <textarea value={draft.description} onChange={(event) => set({ description: event.target.value })} rows={3} maxLength={5000} data-testid="plan-description" />
        </label>
        <label className="field">
          {t('actionPlans.fields.source')}
          <select value={draft.kind} onChange={(event) => set({ kind: event.target.value as 'theme' | 'breakpoint' })} data-testid="plan-source-kind">
            <option value="theme">{t('actionPlans.source.theme')}</option>
            <option value="breakpoint">{t('actionPlans.source.breakpoint')}</option>
          </select>
        </label>
        {draft.kind === 'theme' ? (
          <label className="field">
            {t('actionPlans.fields.theme')}
            <select value={draft.theme} onChange={(event) => set({ theme: event.target.value })} required data-testid="plan-theme">
              <option value="">{t('actionPlans.form.choose')}</option>
              {draft.theme && !themes.data?.some((theme) => theme.id === draft.theme) && <option value={draft.theme}>{draft.theme}</option>}
              {(themes.data ?? []).map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {localizedLabel(theme, language, theme.id)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <div className="inline-form">
            <label className="field">
              {t('actionPlans.fields.fromChannel')}
              <select value={draft.from} onChange={(event) => set({ from: event.target.value })} required data-testid="plan-from">
                <option value="">{t('actionPlans.form.choose')}</option>
                {channelOptions}
              </select>
            </label>
            <label className="field">
              {t('actionPlans.fields.toChannel')}
              <select value={draft.to} onChange={(event) => set({ to: event.target.value })} required data-testid="plan-to">
                <option value="">{t('actionPlans.form.choose')}</option>
                {channelOptions}
              </select>
            </label>
          </div>
        )}
        <div className="inline-form">
          <label className="field">
            {t('actionPlans.fields.owner')}
            <select value={draft.team} onChange={(event) => set({ team: event.target.value })} data-testid="plan-team">
              <option value="">{t('actionPlans.form.noTeam')}</option>
              {(teams.data ?? []).map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('actionPlans.fields.due')}
            <input type="date" value={draft.due} onChange={(event) => set({ due: event.target.value })} data-testid="plan-due" />
          </label>
          <label className="field">
            {t('actionPlans.fields.status')}
            <select value={draft.status} onChange={(event) => set({ status: event.target.value as typeof draft.status })} data-testid="plan-status-select">
              {PLAN_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`actionPlans.status.${status}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="inline-form">
          <label className="field">
            {t('actionPlans.fields.metric')}
            <select value={draft.metric} onChange={(event) => set({ metric: event.target.value as typeof draft.metric })} data-testid="plan-metric">
              {PLAN_METRICS.map((metric) => (
                <option key={metric} value={metric}>
                  {t(`actionPlans.metric.${metric}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('actionPlans.fields.direction')}
            <select value={draft.direction} onChange={(event) => set({ direction: event.target.value as typeof draft.direction })} data-testid="plan-direction">
              <option value="increase">{t('actionPlans.direction.increase')}</option>
              <option value="decrease">{t('actionPlans.direction.decrease')}</option>
            </select>
          </label>
          <label className="field">
            {t('actionPlans.fields.target')}
            <input type="number" step="any" value={draft.target} onChange={(event) => set({ target: event.target.value })} data-testid="plan-target" />
          </label>
        </div>
        <div className="inline-form">
          <label className="field">
            {t('actionPlans.fields.started')}
            <input type="date" value={draft.started} onChange={(event) => set({ started: event.target.value })} data-testid="plan-started" />
          </label>
          <label className="field">
            {t('actionPlans.fields.baselineDays')}
            <input type="number" min={7} max={365} value={draft.baseline} onChange={(event) => set({ baseline: event.target.value })} required data-testid="plan-baseline" />
          </label>
        </div>
        <p className="hint">{t('actionPlans.form.hint')}</p>
        <ErrorMessage error={mutation.error} />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={mutation.pending} data-testid="plan-submit">
            {t('actionPlans.form.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
