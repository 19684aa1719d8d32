// A titled card around a chart or table with its exports: PNG of the chart, CSV and XLSX of the
// exact figures it shows.
import { useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadXlsx } from '../../api/metrics.ts';
import { ErrorMessage } from '../ErrorMessage.tsx';
import type { EChartHandle } from './EChart.tsx';
import { saveBlob, saveCsv, savePng, fileName, type ExportTable } from './exporters.ts';
import './charts.css';

interface Props {
  title: string;
  table?: ExportTable;
  chart?: RefObject<EChartHandle | null>;
  testId?: string;
  actions?: ReactNode;
  children: ReactNode;
}

export function ChartCard({ title, table, chart, testId, actions, children }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const exportXlsx = async () => {
    if (!table) return;
    setError(null);
    try {
      saveBlob(await downloadXlsx(title, table.columns, table.rows), `${fileName(title)}.xlsx`);
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <section className="card chart-card" data-testid={testId} aria-label={title}>
      <header className="chart-card-header">
        <h2>{title}</h2>
        <div className="chart-card-actions">
          {actions}
          {chart && (
            <button type="button" className="button small ghost" onClick={() => { const png = chart.current?.toPng(); if (png) savePng(png, title); }} data-testid="export-png">
              PNG
            </button>
          )}
          {table && (
            <>
              <button type="button" className="button small ghost" onClick={() => saveCsv(table, title)} data-testid="export-csv" title={t('dashboards.export.csv')}>
                CSV
              </button>
              <button type="button" className="button small ghost" onClick={() => void exportXlsx()} data-testid="export-xlsx" title={t('dashboards.export.xlsx')}>
                XLSX
              </button>
            </>
          )}
        </div>
      </header>
      <ErrorMessage error={error} />
      {children}
    </section>
  );
}
