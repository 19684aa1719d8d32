// The header row of a data table. With `actions`, a last column for the row's buttons, whose
// heading only screen readers hear (the buttons name themselves).
import { useTranslation } from 'react-i18next';

export interface TableColumn {
  label: string;
  numeric?: boolean;
}

export function TableHead({ columns, actions = false }: { columns: Array<string | TableColumn>; actions?: boolean }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {columns.map((column, index) => {
          const { label, numeric } = typeof column === 'string' ? { label: column, numeric: false } : column;
          return (
            <th key={index} scope="col" className={numeric ? 'numeric' : undefined}>
              {label}
            </th>
          );
        })}
        {actions && (
          <th scope="col">
            <span className="visually-hidden">{t('common.actions')}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
