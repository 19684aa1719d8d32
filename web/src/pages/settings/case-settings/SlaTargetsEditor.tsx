import { useTranslation } from 'react-i18next';
import { CASE_PRIORITIES, type CasePriority, type CaseSettings, type SlaTarget } from '../../../api/caseSettings.ts';
import './case-settings.css';

interface Props {
  sla: CaseSettings['sla'];
  disabled: boolean;
  onChange: (sla: CaseSettings['sla']) => void;
}

type TargetKey = keyof SlaTarget;
const TARGETS: Array<[TargetKey, string]> = [
  ['first_response_minutes', 'firstResponse'],
  ['resolution_minutes', 'resolution'],
];

/** Business minutes per priority, edited as hours and minutes. */
export function SlaTargetsEditor({ sla, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const set = (priority: CasePriority, key: TargetKey, minutes: number) => onChange({ ...sla, [priority]: { ...sla[priority], [key]: minutes } });

  return (
    <section className="card" aria-labelledby="case-sla-title">
      <h2 id="case-sla-title">{t('caseSettings.sla.title')}</h2>
      <p className="muted small">{t('caseSettings.sla.hint')}</p>
      <table className="data-table" data-testid="sla-targets">
        <thead>
          <tr>
            <th scope="col">{t('caseSettings.sla.priority')}</th>
            {TARGETS.map(([key, label]) => (
              <th scope="col" key={key}>
                {t(`caseSettings.sla.${label}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CASE_PRIORITIES.map((priority) => {
            const priorityName = t(`caseSettings.priorities.${priority}`);
            return (
              <tr key={priority}>
                <th scope="row">{priorityName}</th>
                {TARGETS.map(([key, label]) => {
                  const total = sla[priority][key];
                  const hours = Math.floor(total / 60);
                  const minutes = total % 60;
                  const names = { priority: priorityName, target: t(`caseSettings.sla.${label}`) };
                  return (
                    <td key={key}>
                      <div className="duration">
                        <input
                          type="number"
                          min={0}
                          max={8760}
                          size={5}
                          aria-label={t('caseSettings.sla.fieldHours', names)}
                          data-testid={`sla-${priority}-${key}-hours`}
                          disabled={disabled}
                          value={hours}
                          onChange={(event) => set(priority, key, Math.max(0, Number(event.target.value) || 0) * 60 + minutes)}
                        />
                        <span className="muted small">{t('caseSettings.sla.hours')}</span>
                        <input
                          type="number"
                          min={0}
                          max={59}
                          size={3}
                          aria-label={t('caseSettings.sla.fieldMinutes', names)}
                          data-testid={`sla-${priority}-${key}-minutes`}
                          disabled={disabled}
                          value={minutes}
                          onChange={(event) => set(priority, key, hours * 60 + Math.min(59, Math.max(0, Number(event.target.value) || 0)))}
                        />
                        <span className="muted small">{t('caseSettings.sla.minutes')}</span>
                      </div>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
