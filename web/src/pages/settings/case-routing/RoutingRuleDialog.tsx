// One routing rule: what a new case must match (every filled-in list must match; an empty list matches
// anything), which team gets it, how the team shares it out, and an optional minimum priority.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIGNMENTS, CASE_PRIORITIES, type Assignment, type CasePriority, type RoutingConditions, type RoutingRule, type RoutingRuleInput } from '../../../api/cases.ts';
import { getTextSettings } from '../../../api/textSettings.ts';
import type { Team } from '../../../api/types.ts';
import { useTouchpointOptions } from '../../../components/charts/useTouchpointOptions.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Modal } from '../../../components/Modal.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useChannels } from '../../../hooks/useChannels.ts';
import { localizedLabel, localizedName } from '../../../i18n/names.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

const LANGUAGE_CODES = ['zh', 'en'];

type ListKey = keyof RoutingConditions;

interface Props {
  initial?: RoutingRule;
  teams: Team[];
  pending: boolean;
  error: unknown;
  onSave: (input: RoutingRuleInput) => void;
  onClose: () => void;
}

const splitList = (text: string) => [...new Set(text.split(/[,，\n]/).map((part) => part.trim()).filter(Boolean))];

function MultiPick({ id, label, options, value, onChange }: { id: string; label: string; options: Array<[string, string]>; value: string[]; onChange: (next: string[]) => void }) {
  const { t } = useTranslation();
  const known = new Set(options.map(([key]) => key));
  const all: Array<[string, string]> = [...options, ...value.filter((key) => !known.has(key)).map((key): [string, string] => [key, key])];
  return (
    <fieldset className="field" data-testid={`rule-${id}`}>
      <legend>{label}</legend>
      {all.length === 0 ? (
        <span className="hint">{t('caseRouting.noOptions')}</span>
      ) : (
        <div className="multi-pick">
          {all.map(([key, text]) => (
            <label key={key} className="checkbox">
              <input
                type="checkbox"
                data-testid={`rule-${id}-option`}
                value={key}
                checked={value.includes(key)}
                onChange={(event) => onChange(event.target.checked ? [...value, key] : value.filter((item) => item !== key))}
              />
              {text}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

export function RoutingRuleDialog({ initial, teams, pending, error, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { channels } = useChannels();
  const touchpoints = useTouchpointOptions();
  const taxonomy = useAsync(() => getTextSettings().then((settings) => settings.taxonomy.themes), []);
  const [name, setName] = useState(initial?.name ?? '');
  const [enabled, setEnabled] = useState(initial?.enabled ?? true);
  const [teamId, setTeamId] = useState(initial?.team_id ?? teams[0]?.id ?? '');
  const [assignment, setAssignment] = useState<Assignment>(initial?.assignment ?? 'round_robin');
  const [priority, setPriority] = useState<CasePriority | ''>(initial?.priority ?? '');
  const [conditions, setConditions] = useState<Required<RoutingConditions>>({
    themes: initial?.conditions.themes ?? [],
    channels: initial?.conditions.channels ?? [],
    touchpoint_ids: initial?.conditions.touchpoint_ids ?? [],
    locations: initial?.conditions.locations ?? [],
    tiers: initial?.conditions.tiers ?? [],
    languages: initial?.conditions.languages ?? [],
  });
  const [locations, setLocations] = useState(conditions.locations.join(', '));
  const [tiers, setTiers] = useState(conditions.tiers.join(', '));
  const setList = (key: ListKey) => (next: string[]) => setConditions((current) => ({ ...current, [key]: next }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave({ name: name.trim(), enabled, team_id: teamId, assignment, priority: priority || null, conditions: { ...conditions, locations: splitList(locations), tiers: splitList(tiers) } });
  };

  return (
    <Modal title={initial ? t('caseRouting.editTitle', { name: initial.name }) : t('caseRouting.newTitle')} onClose={onClose} testId="rule-dialog">
      <form className="form-stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="rule-name">{t('caseRouting.name')}</label>
          <input id="rule-name" data-testid="rule-name" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="inline-form">
          <div className="field">
            <label htmlFor="rule-team">{t('caseRouting.team')}</label>
            <select id="rule-team" data-testid="rule-team" required value={teamId} onChange={(event) => setTeamId(event.target.value)}>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rule-assignment">{t('caseRouting.assignment')}</label>
            <select id="rule-assignment" data-testid="rule-assignment" value={assignment} onChange={(event) => setAssignment(event.target.value as Assignment)}>
              {ASSIGNMENTS.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`caseRouting.assignments.${mode}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rule-priority">{t('caseRouting.priority')}</label>
            <select id="rule-priority" data-testid="rule-priority" value={priority} onChange={(event) => setPriority(event.target.value as CasePriority | '')}>
              <option value="">{t('caseRouting.keepPriority')}</option>
              {CASE_PRIORITIES.map((value) => (
                <option key={value} value={value}>
                  {t(`cases.priority.${value}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="hint">{t('caseRouting.conditionsHint')}</p>
        <MultiPick id="themes" label={t('caseRouting.conditions.themes')} value={conditions.themes} onChange={setList('themes')} options={(taxonomy.data ?? []).map((theme): [string, string] => [theme.id, localizedLabel(theme, language, theme.id)])} />
        <MultiPick id="channels" label={t('caseRouting.conditions.channels')} value={conditions.channels} onChange={setList('channels')} options={channels.map((channel): [string, string] => [channel.key, localizedName(channel, language, channel.key)])} />
        <MultiPick id="touchpoints" label={t('caseRouting.conditions.touchpoints')} value={conditions.touchpoint_ids} onChange={setList('touchpoint_ids')} options={touchpoints} />
        <MultiPick id="languages" label={t('caseRouting.conditions.languages')} value={conditions.languages} onChange={setList('languages')} options={LANGUAGE_CODES.map((code): [string, string] => [code, t(`caseRouting.languages.${code}`)])} />
        <div className="field">
          <label htmlFor="rule-locations">{t('caseRouting.conditions.locations')}</label>
          <input id="rule-locations" data-testid="rule-locations" value={locations} onChange={(event) => setLocations(event.target.value)} />
          <span className="hint">{t('caseRouting.listHint')}</span>
        </div>
        <div className="field">
          <label htmlFor="rule-tiers">{t('caseRouting.conditions.tiers')}</label>
          <input id="rule-tiers" data-testid="rule-tiers" value={tiers} onChange={(event) => setTiers(event.target.value)} />
          <span className="hint">{t('caseRouting.listHint')}</span>
        </div>
        <label className="checkbox">
          <input type="checkbox" data-testid="rule-enabled" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          {t('caseRouting.enabled')}
        </label>
        <ErrorMessage error={error} testId="rule-error" />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="rule-save" disabled={pending || !teamId}>
            {pending ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
