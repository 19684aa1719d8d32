import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type BusinessPeriod, type CaseSettings, type Weekday } from '../../../api/caseSettings.ts';
import './case-settings.css';

type Hours = CaseSettings['business_hours'];

interface Props {
  hours: Hours;
  disabled: boolean;
  onChange: (hours: Hours) => void;
}

// HH:MM from 00:00 to 24:00 (midnight at the end of the day); the server checks the same rule.
const CLOCK_PATTERN = '([01][0-9]|2[0-3]):[0-5][0-9]|24:00';
const allDay: BusinessPeriod[] = [{ start: '00:00', end: '24:00' }];

/** The weekly opening hours: each weekday with zero or more periods. */
export function BusinessHoursEditor({ hours, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const setDay = (day: Weekday, periods: BusinessPeriod[]) => onChange({ ...hours, [day]: periods });
  const setPeriod = (day: Weekday, index: number, change: Partial<BusinessPeriod>) =>
    setDay(day, hours[day].map((period, i) => (i === index ? { ...period, ...change } : period)));

  return (
    <section className="card" aria-labelledby="case-hours-title">
      <h2 id="case-hours-title">{t('caseSettings.hours.title')}</h2>
      <p className="muted small">{t('caseSettings.hours.hint')}</p>
      <table className="data-table business-hours" data-testid="business-hours">
        <tbody>
          {WEEKDAYS.map((day) => {
            const dayName = t(`caseSettings.weekdays.${day}`);
            return (
              <tr key={day} data-testid={`hours-${day}`}>
                <th scope="row">{dayName}</th>
                <td>
                  {hours[day].length === 0 && <span className="muted">{t('caseSettings.hours.closed')}</span>}
                  {hours[day].map((period, index) => (
                    <div className="period-row" key={index}>
                      <input
                        aria-label={t('caseSettings.hours.start', { day: dayName, index: index + 1 })}
                        data-testid={`hours-${day}-${index}-start`}
                        size={5}
                        inputMode="numeric"
                        pattern={CLOCK_PATTERN}
                        required
                        disabled={disabled}
                        value={period.start}
                        onChange={(event) => setPeriod(day, index, { start: event.target.value })}
                      />
                      <span aria-hidden="true">–</span>
                      <input
                        aria-label={t('caseSettings.hours.end', { day: dayName, index: index + 1 })}
                        data-testid={`hours-${day}-${index}-end`}
                        size={5}
                        inputMode="numeric"
                        pattern={CLOCK_PATTERN}
                        required
                        disabled={disabled}
                        value={period.end}
                        onChange={(event) => setPeriod(day, index, { end: event.target.value })}
                      />
                      {!disabled && (
                        <button
                          type="button"
                          className="button small danger-text"
                          onClick={() => setDay(day, hours[day].filter((_, i) => i !== index))}
                          aria-label={t('caseSettings.hours.removePeriod', { day: dayName, index: index + 1 })}
                        >
                          ×
                        </button>
                      )}
                    </div>
                  ))}
                </td>
                <td>
                  {!disabled && (
                    <button type="button" className="button small" data-testid={`hours-${day}-add`} onClick={() => setDay(day, [...hours[day], { start: '09:00', end: '18:00' }])}>
                      {t('caseSettings.hours.addPeriod')}
                      <span className="visually-hidden"> {dayName}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!disabled && (
        <div className="form-actions">
          <button type="button" className="button small" onClick={() => onChange({ ...hours, tue: hours.mon, wed: hours.mon, thu: hours.mon, fri: hours.mon })}>
            {t('caseSettings.hours.copyToWeekdays')}
          </button>
          <button type="button" className="button small" onClick={() => onChange(Object.fromEntries(WEEKDAYS.map((day) => [day, allDay])) as Hours)}>
            {t('caseSettings.hours.roundTheClock')}
          </button>
        </div>
      )}
    </section>
  );
}
