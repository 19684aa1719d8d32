import { useTranslation } from 'react-i18next';
import type { Feedback } from '../api/types.ts';
import { useFormat } from '../i18n/format.ts';

// Scales are shown next to the value: "7" means little without knowing it is out of 10.
const SCALES = [
  { field: 'nps', max: 10 },
  { field: 'csat', max: 5 },
  { field: 'ces', max: 7 },
  { field: 'stars', max: 5 },
] as const;

export function RatingChips({ feedback }: { feedback: Feedback }) {
  const { t } = useTranslation();
  const format = useFormat();
  const present = SCALES.filter(({ field }) => feedback[field] !== null && feedback[field] !== undefined);
  if (present.length === 0) return null;

  return (
    <span className="chip-row">
      {present.map(({ field, max }) => (
        <span className="chip rating-chip" key={field} title={t(`metrics.${field}.long`)}>
          <span className="chip-label">{t(`metrics.${field}.short`)}</span>
          <span className="chip-value">
            {format.number(feedback[field])}
            <span className="chip-scale">/{max}</span>
          </span>
        </span>
      ))}
    </span>
  );
}
