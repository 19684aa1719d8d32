import { useTranslation } from 'react-i18next';
import type { Feedback } from '../api/types.ts';

/** A cross-channel breakpoint reads like the customer's path: "门店 → 网站". */
export function BreakpointChip({
  breakpoint,
  nameOf,
}: {
  breakpoint: Feedback['breakpoint'];
  nameOf: (key: string) => string;
}) {
  const { t } = useTranslation();
  if (!breakpoint) return null;
  const from = nameOf(breakpoint.from);
  const to = nameOf(breakpoint.to);
  return (
    <span
      className="chip breakpoint-chip"
      data-testid="breakpoint-chip"
      title={t('feedback.breakpointHint', { from, to })}
      aria-label={t('feedback.breakpointLabel', { from, to })}
    >
      <span aria-hidden="true">
        {from} → {to}
      </span>
    </span>
  );
}
