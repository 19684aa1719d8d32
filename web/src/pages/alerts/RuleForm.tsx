// The rule builder: item conditions (ALL/ANY with one level of groups), aggregate tests or a churn
// threshold, severity, de-duplication and throttling, and the channels to notify.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertRule, AlertRuleInput, CasePriority, ItemCondition, NotificationChannel, Severity } from '../../api/alerts.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ConditionRows, fromCondition, toCondition, type DraftCondition } from './ConditionRows.tsx';

interface Draft {
  name: string;
  kind: AlertRuleInput['kind'];
  severity: Severity;
  match: 'all' | 'any';
  rows: DraftCondition[];
  groups: Array<{ match: 'all' | 'any'; rows: DraftCondition[] }>;
  test: 'nps_drop' | 'theme_spike' | 'volume_drop';
  scopeChannel: string;
  theme: string;
  recentHours: string;
  baselineDays: string;
  threshold: string;
  dedupMinutes: string;
  maxPerHour: string;
  channelIds: string[];
  openCasePriority: CasePriority | '';
}

function draftOf(rule?: AlertRule): Draft {
  const condition = (rule?.condition ?? {}) as Partial<ItemCondition> & Record<string, unknown>;
  return {
    name: rule?.name ?? '',
    kind: rule?.kind ?? 'item',
    severity: rule?.severity ?? 'warning',
    match: rule?.kind === 'item' ? condition.match ?? 'all' : 'all',
    rows: rule?.kind === 'item' ? (condition.conditions ?? []).map(fromCondition) : [{ field: 'nps', operator: 'lte', value: '6' }],
    groups: rule?.kind === 'item' ? (condition.groups ?? []).map((group) => ({ match: group.match, rows: group.conditions.map(fromCondition) })) : [],
    test: (condition.test as Draft['test']) ?? 'nps_drop',
    scopeChannel: (condition.channel as string) ?? '',
    theme: (condition.theme as string) ?? '',
    recentHours: String(condition.recent_hours ?? ''),
    baselineDays: String(condition.baseline_days ?? ''),
    threshold: String(condition.threshold ?? 70),
    dedupMinutes: String(rule?.dedup_minutes ?? 60),
    maxPerHour: String(rule?.max_per_hour ?? 20),
    channelIds: rule?.channel_ids ?? [],
    openCasePriority: rule?.open_case_priority ?? '',
  };
}

function inputOf(draft: Draft): AlertRuleInput {
  const numberOr = (text: string) => (text.trim() === '' ? undefined : Number(text));
  const condition =
    draft.kind === 'item'
      ? { match: draft.match, conditions: draft.rows.map(toCondition), groups: draft.groups.map((group) => ({ match: group.match, conditions: group.rows.map(toCondition) })) }
      : draft.kind === 'churn'
        ? { threshold: Number(draft.threshold) }
        : Object.fromEntries(
            Object.entries({ test: draft.test, channel: draft.scopeChannel.trim() || undefined, theme: draft.test === 'theme_spike' ? draft.theme.trim() || undefined : undefined, recent_hours: numberOr(draft.recentHours), baseline_days: numberOr(draft.baselineDays) }).filter(([, value]) => value !== undefined),
          );
  return { name: draft.name, kind: draft.kind, enabled: true, severity: draft.severity, dedup_minutes: Number(draft.dedupMinutes), max_per_hour: Number(draft.maxPerHour), channel_ids: draft.channelIds, condition, open_case_priority: draft.kind === 'item' && draft.openCasePriority ? draft.openCasePriority : null };
}

interface Props {
  initial?: AlertRule;
  channels: NotificationChannel[];
  pending: boolean;
  error: unknown;
  onSubmit: (input: AlertRuleInput) => void;
  onCancel?: () => void;
}

export function RuleForm({ initial, channels, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(inputOf(draft));
  };
  const matchSelect = (value: 'all' | 'any', onChange: (value: 'all' | 'any') => void, testId: string) => (
    <select aria-label={t('alerts.rules.match')} value={value} data-testid={testId} onChange={(event) => onChange(event.target.value as 'all' | 'any')}>
      <option value="all">{t('alerts.rules.matchAll')}</option>
      <option value="any">{t('alerts.rules.matchAny')}</option>
    </select>
  );

  return (
    <form className="form-stack" onSubmit={submit} data-testid="rule-form">
      <div className="field">
        <label htmlFor="rule-name">{t('alerts.rules.name')}</label>
        <input id="rule-name" required maxLength={200} value={draft.name} data-testid="rule-name" onChange={(event) => set({ name: event.target.value })} />
      </div>
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <label>
          {t('alerts.rules.kind')}{' '}
          <select value={draft.kind} data-testid="rule-kind" onChange={(event) => set({ kind: event.target.value as Draft['kind'] })}>
            {(['item', 'aggregate', 'churn'] as const).map((kind) => <option key={kind} value={kind}>{t(`alerts.kind.${kind}`)}</option>)}
          </select>
        </label>
        <label>
          {t('alerts.inbox.severity')}{' '}
          <select value={draft.severity} data-testid="rule-severity" onChange={(event) => set({ severity: event.target.value as Severity })}>
            {(['info', 'warning', 'critical'] as const).map((severity) => <option key={severity} value={severity}>{t(`alerts.severity.${severity}`)}</option>)}
          </select>
        </label>
      </div>

      {draft.kind === 'item' && (
        <fieldset>
          <legend>{t('alerts.rules.conditions')} {matchSelect(draft.match, (match) => set({ match }), 'rule-match')}</legend>
          <ConditionRows idPrefix="rule-condition" rows={draft.rows} onChange={(rows) => set({ rows })} />
          {draft.groups.map((group, index) => (
            <fieldset key={index}>
              <legend>
                {t('alerts.rules.group')} {matchSelect(group.match, (match) => set({ groups: draft.groups.map((g, i) => (i === index ? { ...g, match } : g)) }), `rule-group-match-${index}`)}
              </legend>
              <ConditionRows idPrefix={`rule-group-${index}`} rows={group.rows} onChange={(rows) => set({ groups: draft.groups.map((g, i) => (i === index ? { ...g, rows } : g)) })} />
            </fieldset>
          ))}
          <button type="button" className="button small" data-testid="rule-add-group" onClick={() => set({ groups: [...draft.groups, { match: 'any', rows: [{ field: 'text', operator: 'contains_any', value: '退订, 销户, cancel' }] }] })}>
            {t('alerts.rules.addGroup')}
          </button>
          <label>
            {t('alerts.rules.openCase')}{' '}
            <select value={draft.openCasePriority} data-testid="rule-open-case" onChange={(event) => set({ openCasePriority: event.target.value as Draft['openCasePriority'] })}>
              <option value="">{t('alerts.rules.openCaseNone')}</option>
              {(['low', 'normal', 'high', 'urgent'] as const).map((priority) => <option key={priority} value={priority}>{t(`alerts.rules.casePriority.${priority}`)}</option>)}
            </select>
          </label>
          <p className="hint">{t('alerts.rules.openCaseHint')}</p>
        </fieldset>
      )}

      {draft.kind === 'aggregate' && (
        <fieldset>
          <legend>{t('alerts.rules.test')}</legend>
          <select value={draft.test} data-testid="rule-test" onChange={(event) => set({ test: event.target.value as Draft['test'] })}>
            {(['nps_drop', 'theme_spike', 'volume_drop'] as const).map((test) => <option key={test} value={test}>{t(`alerts.tests.${test}`)}</option>)}
          </select>
          <p className="hint">{t(`alerts.tests.${draft.test}Hint`)}</p>
          <label>{t('alerts.rules.scopeChannel')} <input value={draft.scopeChannel} onChange={(event) => set({ scopeChannel: event.target.value })} /></label>
          {draft.test === 'theme_spike' && <label>{t('alerts.rules.theme')} <input value={draft.theme} onChange={(event) => set({ theme: event.target.value })} /></label>}
          <label>{t('alerts.rules.recentHours')} <input type="number" min={1} value={draft.recentHours} onChange={(event) => set({ recentHours: event.target.value })} /></label>
          <label>{t('alerts.rules.baselineDays')} <input type="number" min={1} value={draft.baselineDays} onChange={(event) => set({ baselineDays: event.target.value })} /></label>
        </fieldset>
      )}

      {draft.kind === 'churn' && (
        <label>
          {t('alerts.rules.threshold')} <input type="number" min={1} max={100} value={draft.threshold} data-testid="rule-threshold" onChange={(event) => set({ threshold: event.target.value })} />
        </label>
      )}

      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <label>{t('alerts.rules.dedupMinutes')} <input type="number" min={0} max={10080} value={draft.dedupMinutes} onChange={(event) => set({ dedupMinutes: event.target.value })} /></label>
        <label>{t('alerts.rules.maxPerHour')} <input type="number" min={1} value={draft.maxPerHour} onChange={(event) => set({ maxPerHour: event.target.value })} /></label>
      </div>

      {channels.length > 0 && (
        <fieldset>
          <legend>{t('alerts.rules.notify')}</legend>
          {channels.map((channel) => (
            <label key={channel.id} style={{ marginRight: '1rem' }}>
              <input
                type="checkbox"
                checked={draft.channelIds.includes(channel.id)}
                onChange={(event) => set({ channelIds: event.target.checked ? [...draft.channelIds, channel.id] : draft.channelIds.filter((id) => id !== channel.id) })}
              />{' '}
              {channel.name} ({t(`alerts.channelKinds.${channel.kind}`)})
            </label>
          ))}
        </fieldset>
      )}

      <ErrorMessage error={error} testId="rule-error" />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending} data-testid="rule-submit">
          {t('alerts.rules.save')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('alerts.rules.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
