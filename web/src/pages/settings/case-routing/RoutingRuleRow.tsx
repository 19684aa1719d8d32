import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingConditions, RoutingRule } from '../../../api/cases.ts';
import { Icon } from '../../../components/Icon.tsx';

interface Props {
  rule: RoutingRule;
  index: number;
  count: number;
  teamName: string;
  nameOf: (key: string) => string;
  canEdit: boolean;
  busy: boolean;
  onMove: (direction: -1 | 1) => void;
  onDrop: (draggedId: string) => void;
  onEdit: () => void;
  onToggle: () => void;
  onDelete: () => void;
}

const CONDITION_KEYS: Array<keyof RoutingConditions> = ['themes', 'channels', 'touchpoint_ids', 'locations', 'tiers', 'languages'];
const DRAG_TYPE = 'application/x-openvoc-rule';

export function RoutingRuleRow({ rule, index, count, teamName, nameOf, canEdit, busy, onMove, onDrop, onEdit, onToggle, onDelete }: Props) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const conditions = CONDITION_KEYS.filter((key) => (rule.conditions[key] ?? []).length > 0);
  return (
    <li
      className={`card routing-rule${over ? ' drag-over' : ''}`}
      data-testid="routing-rule"
      data-rule-id={rule.id}
      draggable={canEdit && !busy}
      onDragStart={(event) => event.dataTransfer.setData(DRAG_TYPE, rule.id)}
      onDragOver={(event) => {
        if (!canEdit || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const dragged = event.dataTransfer.getData(DRAG_TYPE);
        if (dragged && dragged !== rule.id) onDrop(dragged);
      }}
    >
      <div>
        <strong data-testid="routing-rule-name">
          {index + 1}. {rule.name}
        </strong>{' '}
        <span className={`badge ${rule.enabled ? 'status-on' : 'status-off'}`} data-testid="routing-rule-state">
          {rule.enabled ? t('caseRouting.on') : t('caseRouting.off')}
        </span>
        <div className="muted small">
          {t('caseRouting.summary', { team: teamName, assignment: t(`caseRouting.assignments.${rule.assignment}`) })}
          {rule.priority && ` · ${t('caseRouting.raisesTo', { priority: t(`cases.priority.${rule.priority}`) })}`}
        </div>
        <div className="routing-conditions small">
          {conditions.length === 0 ? (
            <span className="muted">{t('caseRouting.matchesAll')}</span>
          ) : (
            conditions.map((key) => (
              <span key={key} className="chip">
                <span className="chip-label">{t(`caseRouting.conditions.${key === 'touchpoint_ids' ? 'touchpoints' : key}`)}</span>
                {key === 'touchpoint_ids'
                  ? (rule.conditions[key] ?? []).length
                  : (rule.conditions[key] ?? []).map((value) => (key === 'channels' ? nameOf(value) : value)).join(t('common.listSeparator'))}
              </span>
            ))
          )}
        </div>
      </div>
      {canEdit && (
        <div className="row-actions">
          <button type="button" className="icon-button" data-testid="rule-up" aria-label={t('common.moveUpNamed', { name: rule.name })} disabled={busy || index === 0} onClick={() => onMove(-1)}>
            <Icon name="up" />
          </button>
          <button type="button" className="icon-button" data-testid="rule-down" aria-label={t('common.moveDownNamed', { name: rule.name })} disabled={busy || index === count - 1} onClick={() => onMove(1)}>
            <Icon name="down" />
          </button>
          <button type="button" className="button small" data-testid="rule-toggle" disabled={busy} onClick={onToggle}>
            {rule.enabled ? t('caseRouting.disable') : t('caseRouting.enable')}
          </button>
          <button type="button" className="button small" data-testid="rule-edit" onClick={onEdit}>
            {t('common.edit')}
          </button>
          <button type="button" className="button small danger-text" data-testid="rule-delete" disabled={busy} onClick={onDelete}>
            {t('common.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
