// Minutes written the way people read waiting times: minutes under an hour, hours under two days,
// days beyond. Pure, so it is unit-tested.

export type DurationUnit = 'minutes' | 'hours' | 'days';

export function durationParts(minutes: number | null): { value: number; unit: DurationUnit } | null {
  if (minutes === null || !Number.isFinite(minutes)) return null;
  if (minutes < 60) return { value: Math.round(minutes), unit: 'minutes' };
  if (minutes < 48 * 60) return { value: Math.round(minutes / 6) / 10, unit: 'hours' };
  return { value: Math.round(minutes / 144) / 10, unit: 'days' };
}
