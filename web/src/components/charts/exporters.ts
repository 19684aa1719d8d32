// Saving a chart's data and picture: CSV is written here (with a BOM so Excel opens Chinese text
// correctly), XLSX comes from the server, PNG from the chart canvas.

export type Cell = string | number | null;
export interface ExportTable {
  columns: string[];
  rows: Cell[][];
}

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  // Formula-looking text is prefixed so a spreadsheet shows it instead of running it.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(table: ExportTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveCsv(table: ExportTable, name: string): void {
  saveBlob(new Blob(['\uFEFF', toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${fileName(name)}.csv`);
}

export function savePng(dataUrl: string, name: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = `${fileName(name)}.png`;
  document.body.append(link);
  link.click();
  link.remove();
}

export function fileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 80) || 'export';
}
