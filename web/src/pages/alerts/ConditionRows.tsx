// Rows of "field · operator · value" for item rules, with the value typed as the field needs.
import { useTranslation } from 'react-i18next';
import type { Condition } from '../../api/alerts.ts';

export const FIELDS = ['nps', 'csat', 'ces', 'stars', 'sentiment_label', 'sentiment_score', 'themes', 'text', 'channel', 'source', 'customer_tier', 'breakpoint', 'mentioned_channels', 'lang', 'touchpoint_id', 'customer_id'] as const;
export const OPERATORS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'in', 'contains', 'contains_any', 'exists'] as const;
const NUMERIC = new Set(['nps', 'csat', 'ces', 'stars', 'sentiment_score']);
const LIST_OPERATORS = new Set(['in', 'contains_any']);

export interface DraftCondition {
  field: string;
  operator: string;
  value: string;
}

export function toCondition(draft: DraftCondition): Condition {
  if (draft.operator === 'exists') return { field: draft.field, operator: 'exists' };
  const one = (text: string) => (NUMERIC.has(draft.field) && text.trim() !== '' && !Number.isNaN(Number(text)) ? Number(text) : text.trim());
  if (LIST_OPERATORS.has(draft.operator)) return { field: draft.field, operator: draft.operator, value: draft.value.split(/[,，、\n]/).map((part) => part.trim()).filter(Boolean).map(one) };
  return { field: draft.field, operator: draft.operator, value: one(draft.value) };
}

export function fromCondition(condition: Condition): DraftCondition {
  const value = condition.value === undefined ? '' : Array.isArray(condition.value) ? condition.value.join(', ') : String(condition.value);
  return { field: condition.field, operator: condition.operator, value };
}

interface Props {
  idPrefix: string;
  rows: DraftCondition[];
  onChange: (rows: DraftCondition[]) => void;
}

export function ConditionRows({ idPrefix, rows, onChange }: Props) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<DraftCondition>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="form-stack">
      {rows.map((row, index) => (
        <div key={index} style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center' }} data-testid={`${idPrefix}-row`}>
          <select aria-label={t('alerts.rules.field')} value={row.field} data-testid={`${idPrefix}-field-${index}`} onChange={(event) => set(index, { field: event.target.value })}>
            {FIELDS.map((field) => <option key={field} value={field}>{t(`alerts.fields.${field}`)}</option>)}
          </select>
          <select aria-label={t('alerts.rules.operator')} value={row.operator} data-testid={`${idPrefix}-operator-${index}`} onChange={(event) => set(index, { operator: event.target.value })}>
            {OPERATORS.map((operator) => <option key={operator} value={operator}>{t(`alerts.operators.${operator}`)}</option>)}
          </select>
          {row.operator !== 'exists' && (
            <input
              aria-label={t('alerts.rules.value')}
              value={row.value}
              placeholder={LIST_OPERATORS.has(row.operator) ? t('alerts.rules.listHint') : ''}
              data-testid={`${idPrefix}-value-${index}`}
              onChange={(event) => set(index, { value: event.target.value })}
            />
          )}
          <button type="button" className="button small" aria-label={t('alerts.rules.removeCondition')} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            ×
          </button>
        </div>
      ))}
      <div>
        <button type="button" className="button small" data-testid={`${idPrefix}-add`} onClick={() => onChange([...rows, { field: 'nps', operator: 'lte', value: '6' }])}>
          {t('alerts.rules.addCondition')}
        </button>
      </div>
    </div>
  );
}
