// One cell of an imported file, whatever the format: XLSX cells arrive as numbers, dates, rich text or
// formulas; CSV and JSON Lines values as strings, numbers and booleans.
export type Cell = string | number | boolean | Date | null;
export type RowValues = Record<string, Cell>;

export function cellFromXlsx(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) return (object.richText as Array<{ text?: string }>).map((run) => run.text ?? '').join('');
    if ('result' in object) return cellFromXlsx(object.result);
    if (typeof object.text === 'string') return object.text;
    if ('error' in object) return null;
  }
  return String(value);
}

/** Nested JSON objects become dotted columns ({"identifiers":{"phone":…}} → "identifiers.phone"). */
export function flattenJson(value: Record<string, unknown>, prefix = '', into: RowValues = {}): RowValues {
  for (const [key, inner] of Object.entries(value)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) flattenJson(inner as Record<string, unknown>, column, into);
    else if (Array.isArray(inner)) into[column] = JSON.stringify(inner);
    else into[column] = inner as Cell;
  }
  return into;
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The text a person sees in the cell. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell);
}
