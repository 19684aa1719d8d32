// A small button in a table row or list item ("Edit", "Delete", "Revoke"). Sighted users see the
// action; screen readers also hear which row it acts on, since every row has the same buttons.
import type { ReactNode } from 'react';

export function RowButton({ label, rowName, onClick, danger = false, disabled = false, testId }: {
  label: ReactNode;
  rowName: string;
  onClick: () => void;
  danger?: boolean;
  disabled?: boolean;
  testId?: string;
}) {
  return (
    <button type="button" className={danger ? 'button small danger-text' : 'button small'} data-testid={testId} disabled={disabled} onClick={onClick}>
      {label}
      <span className="visually-hidden"> {rowName}</span>
    </button>
  );
}
