import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';

interface Props {
  holidays: string[];
  disabled: boolean;
  onChange: (holidays: string[]) => void;
}

/** Whole days off (YYYY-MM-DD, in the organisation's zone), kept sorted and without repeats. */
export function HolidaysEditor({ holidays, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [date, setDate] = useState('');

  // Not a <form>: the editor sits inside the settings form, and forms cannot nest.
  const add = () => {
    if (!date) return;
    onChange([...new Set([...holidays, date])].sort());
    setDate('');
  };
  // Shown as the calendar day itself: noon UTC keeps every zone on the same date.
  const label = (day: string) => format.date(`${day}T12:00:00Z`);

  return (
    <section className="card" aria-labelledby="case-holidays-title">
      <h2 id="case-holidays-title">{t('caseSettings.holidays.title')}</h2>
      <p className="muted small">{t('caseSettings.holidays.hint')}</p>
      {!disabled && (
        <div className="inline-form">
          <div className="field">
            <label htmlFor="holiday-date">{t('caseSettings.holidays.date')}</label>
            <input id="holiday-date" type="date" data-testid="holiday-date" value={date} onChange={(event) => setDate(event.target.value)} />
          </div>
          <div className="form-actions">
            <button type="button" className="button" data-testid="holiday-add" disabled={!date} onClick={add}>
              {t('caseSettings.holidays.add')}
            </button>
          </div>
        </div>
      )}
      {holidays.length === 0 ? (
        <p className="muted">{t('caseSettings.holidays.empty')}</p>
      ) : (
        <ul className="tag-list" data-testid="holidays-list">
          {holidays.map((day) => (
            <li key={day} className="tag" data-testid="holiday" data-date={day}>
              {label(day)}
              {!disabled && (
                <button type="button" className="icon-button" aria-label={t('caseSettings.holidays.remove', { date: label(day) })} onClick={() => onChange(holidays.filter((other) => other !== day))}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
