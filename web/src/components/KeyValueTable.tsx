import type { ReactNode } from 'react';

/** Free-form values (metadata) can be anything JSON; objects are shown as compact JSON. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function KeyValueTable({ rows, testId }: { rows: Array<[ReactNode, ReactNode]>; testId?: string }) {
  return (
    <dl className="kv-table" data-testid={testId}>
      {rows.map(([key, value], index) => (
        <div className="kv-row" key={index}>
          <dt>{key}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
