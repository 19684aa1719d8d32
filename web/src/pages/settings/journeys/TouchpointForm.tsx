import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TouchpointInput } from '../../../api/journeys.ts';
import { METRICS, type Channel, type Metric, type Touchpoint } from '../../../api/types.ts';
import { BilingualNameFields, hasAnyName } from '../../../components/BilingualNameFields.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { optionalText } from '../../../components/forms.ts';
import { localizedName } from '../../../i18n/names.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

interface Props {
  idPrefix: string;
  channels: Channel[];
  initial?: Touchpoint;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: TouchpointInput) => Promise<boolean>;
  onCancel?: () => void;
}

function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value);
}

export function TouchpointForm({ idPrefix, channels, initial, submitLabel, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [names, setNames] = useState({ name_zh: initial?.name_zh ?? '', name_en: initial?.name_en ?? '' });
  const [channel, setChannel] = useState(initial?.channel ?? channels[0]?.key ?? '');
  const [metrics, setMetrics] = useState<Metric[]>((initial?.metrics ?? []).filter(isMetric));
  const [problem, setProblem] = useState<string | null>(null);

  const toggleMetric = (metric: Metric, on: boolean) =>
    setMetrics((current) => (on ? METRICS.filter((m) => m === metric || current.includes(m)) : current.filter((m) => m !== metric)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!hasAnyName(names)) return setProblem(t('common.nameRequired'));
    if (!channel) return setProblem(t('touchpoints.channelRequired'));
    setProblem(null);
    const saved = await onSubmit({
      name_zh: optionalText(names.name_zh),
      name_en: optionalText(names.name_en),
      channel,
      metrics,
    });
    if (saved && !initial) {
      setNames({ name_zh: '', name_en: '' });
      setMetrics([]);
    }
  };

  const channelKnown = channels.some((candidate) => candidate.key === channel);

  return (
    <form className="inline-form touchpoint-form" onSubmit={submit} data-testid={initial ? 'touchpoint-edit-form' : 'touchpoint-create-form'}>
      <BilingualNameFields idPrefix={idPrefix} values={names} onChange={setNames} testIdPrefix="touchpoint" />
      <div className="field">
        <label htmlFor={`${idPrefix}-channel`}>{t('touchpoints.channel')}</label>
        <select
          id={`${idPrefix}-channel`}
          data-testid="touchpoint-channel"
          value={channel}
          required
          onChange={(event) => setChannel(event.target.value)}
        >
          {!channel && <option value="">{t('touchpoints.chooseChannel')}</option>}
          {channels.map((candidate) => (
            <option key={candidate.key} value={candidate.key}>
              {localizedName(candidate, language, candidate.key)}
            </option>
          ))}
          {channel && !channelKnown && <option value={channel}>{channel}</option>}
        </select>
      </div>
      <fieldset className="field checkbox-group">
        <legend>{t('touchpoints.metrics')}</legend>
        {METRICS.map((metric) => (
          <label key={metric} className="checkbox">
            <input
              type="checkbox"
              data-testid={`touchpoint-metric-${metric}`}
              checked={metrics.includes(metric)}
              onChange={(event) => toggleMetric(metric, event.target.checked)}
            />
            <span title={t(`metrics.${metric}.long`)}>{t(`metrics.${metric}.short`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={pending} data-testid="touchpoint-submit">
          {pending ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      {channels.length === 0 && <p className="hint">{t('touchpoints.noChannels')}</p>}
      <ErrorMessage error={problem ? new Error(problem) : error} />
    </form>
  );
}
