import { useTranslation } from 'react-i18next';
import type { Customer360 } from '../../api/customers.ts';
import { useFormat } from '../../i18n/format.ts';

type Points = Customer360['summary']['sentiment']['points'];

const WIDTH = 560;
const HEIGHT = 140;
const PAD = { left: 32, right: 12, top: 10, bottom: 22 };

/**
 * Each item's sentiment over time, on the -1…+1 scale with the neutral line drawn: a single
 * customer's story is a handful of points, best seen one by one rather than averaged away.
 */
export function SentimentTrendChart({ points, nameOf }: { points: Points; nameOf: (key: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (points.length === 0) return <p className="muted">{t('customers.noSentiment')}</p>;
  const times = points.map((point) => Date.parse(point.occurred_at));
  const min = Math.min(...times);
  const span = Math.max(...times) - min || 1;
  const x = (time: number) => (points.length === 1 ? (PAD.left + WIDTH - PAD.right) / 2 : PAD.left + ((time - min) / span) * (WIDTH - PAD.left - PAD.right));
  const y = (score: number) => PAD.top + ((1 - score) / 2) * (HEIGHT - PAD.top - PAD.bottom);
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(times[index]!).toFixed(1)},${y(point.score).toFixed(1)}`).join(' ');
  return (
    <figure className="sentiment-chart" data-testid="sentiment-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('customers.sentimentChartLabel', { count: points.length })}>
        {[1, 0, -1].map((score) => (
          <g key={score}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(score)} y2={y(score)} className={score === 0 ? 'axis-zero' : 'axis-line'} />
            <text x={PAD.left - 6} y={y(score) + 4} textAnchor="end" className="axis-label">
              {score > 0 ? '+1' : score}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 4} className="axis-label">
          {format.date(points[0]!.occurred_at)}
        </text>
        {points.length > 1 && (
          <text x={WIDTH - PAD.right} y={HEIGHT - 4} textAnchor="end" className="axis-label">
            {format.date(points.at(-1)!.occurred_at)}
          </text>
        )}
        <path d={path} className="trend-line" />
        {points.map((point, index) => (
          <circle key={point.feedback_id} cx={x(times[index]!)} cy={y(point.score)} r={4} className={`trend-dot sentiment-dot-${point.label ?? 'none'}`}>
            <title>{`${format.dateTime(point.occurred_at)} · ${nameOf(point.channel)} · ${t(`sentiment.${point.label ?? 'unknown'}`)} (${format.number(point.score, 2)})`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
