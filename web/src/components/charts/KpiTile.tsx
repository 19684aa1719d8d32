// One headline figure with its 95% interval, its number of responses, and a change verdict that
// only says "up" or "down" when the change is statistically significant.
import { useTranslation } from 'react-i18next';
import type { Change, Estimate } from '../../api/metrics.ts';
import { useFormat } from '../../i18n/format.ts';
import { Icon } from '../Icon.tsx';

interface Props {
  label: string;
  estimate?: Estimate;
  volume?: number;
  change: Change;
  digits?: number;
  unit?: string;
  testId: string;
  /** For CES lower is better: a rise is shown as bad news. */
  lowerIsBetter?: boolean;
}

export function KpiTile({ label, estimate, volume, change, digits = 1, unit = '', testId, lowerIsBetter }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = estimate ? estimate.value : (volume ?? null);
  const good = change.direction === 'flat' ? 'flat' : (change.direction === 'up') !== Boolean(lowerIsBetter) ? 'up' : 'down';
  return (
    <div className="kpi" data-testid={testId}>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value" data-testid={`${testId}-value`}>
        {value === null ? '—' : `${format.number(value, estimate ? digits : 0)}${unit}`}
      </span>
      {estimate && estimate.ci_low !== null && estimate.ci_high !== null && (
        <span className="kpi-ci">{t('dashboards.ci', { low: format.number(estimate.ci_low, digits), high: format.number(estimate.ci_high, digits) })}</span>
      )}
      {estimate && <span className="kpi-n">{t('dashboards.responses', { count: estimate.n })}</span>}
      <span className={`change ${good}`} data-testid={`${testId}-change`} data-significant={change.significant}>
        {change.significant ? (
          <>
            <Icon name={change.direction === 'up' ? 'up' : 'down'} size={12} />
            {format.number(change.delta, estimate ? digits : 0)}
            {estimate ? '' : '%'} {t('dashboards.vsPrevious')}
          </>
        ) : change.insufficient_n ? (
          t('dashboards.tooFew')
        ) : (
          t('dashboards.noSignificantChange')
        )}
      </span>
    </div>
  );
}
