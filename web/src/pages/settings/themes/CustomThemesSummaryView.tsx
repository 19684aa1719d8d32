import { useTranslation } from 'react-i18next';
import type { CustomThemesSummary } from '../../../api/textSettings.ts';
import { KeyValueTable } from '../../../components/KeyValueTable.tsx';
import { TableHead } from '../../../components/TableHead.tsx';
import { useFormat } from '../../../i18n/format.ts';

export function CustomThemesSummaryView({ summary }: { summary: CustomThemesSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const themes = Object.entries(summary.themes).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

  return (
    <div data-testid="custom-themes-summary">
      <KeyValueTable
        rows={[
          [t('themes.custom.examples'), format.number(summary.examples)],
          [t('themes.custom.trainedAt'), <span title={format.dateTime(summary.trained_at)}>{format.relative(summary.trained_at)}</span>],
        ]}
      />
      <table className="data-table custom-themes-table">
        <TableHead columns={[t('themes.custom.theme'), { label: t('themes.custom.exampleCount'), numeric: true }]} />
        <tbody>
          {themes.map(([theme, count]) => (
            <tr key={theme} data-testid="custom-theme-row" data-theme-id={theme}>
              <td>
                <code>{theme}</code>
              </td>
              <td className="numeric">{format.number(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
