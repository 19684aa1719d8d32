import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TouchpointInput } from '../../../api/journeys.ts';
import type { Channel, Touchpoint } from '../../../api/types.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Icon } from '../../../components/Icon.tsx';
import { useMutation } from '../../../hooks/useMutation.ts';
import { localizedName } from '../../../i18n/names.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { TouchpointForm } from './TouchpointForm.tsx';

interface Props {
  touchpoint: Touchpoint;
  channels: Channel[];
  canEdit: boolean;
  isFirst: boolean;
  isLast: boolean;
  onSave: (input: TouchpointInput) => Promise<unknown>;
  onMove: (direction: -1 | 1) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
}

export function TouchpointRow({ touchpoint, channels, canEdit, isFirst, isLast, onSave, onMove, onDelete }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const save = useMutation(onSave, () => setEditing(false));
  // Moving and deleting share one error slot: both are row actions, shown under the row.
  const action = useMutation((run: () => Promise<unknown>) => run());
  const name = localizedName(touchpoint, language, t('common.untitled'));
  const channel = channels.find((candidate) => candidate.key === touchpoint.channel);

  if (editing) {
    return (
      <li className="touchpoint-row editing">
        <TouchpointForm
          idPrefix={`tp-${touchpoint.id}`}
          channels={channels}
          initial={touchpoint}
          submitLabel={t('common.save')}
          pending={save.pending}
          error={save.error}
          onSubmit={(input) => save.run(input)}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }

  return (
    <li className="touchpoint-row" data-testid="touchpoint-row" data-touchpoint-id={touchpoint.id}>
      <div className="touchpoint-main">
        <span className="touchpoint-name">{name}</span>
        <span className="chip channel-chip">{channel ? localizedName(channel, language, channel.key) : touchpoint.channel}</span>
        {touchpoint.metrics.map((metric) => (
          <span className="chip" key={metric} title={t(`metrics.${metric}.long`, { defaultValue: metric })}>
            {t(`metrics.${metric}.short`, { defaultValue: metric })}
          </span>
        ))}
      </div>
      {canEdit && (
        <div className="row-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={t('common.moveUpNamed', { name })}
            disabled={isFirst || action.pending}
            onClick={() => action.run(() => onMove(-1))}
          >
            <Icon name="up" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('common.moveDownNamed', { name })}
            disabled={isLast || action.pending}
            onClick={() => action.run(() => onMove(1))}
          >
            <Icon name="down" />
          </button>
          <button type="button" className="button small" onClick={() => setEditing(true)} data-testid="touchpoint-edit">
            {t('common.edit')}
            <span className="visually-hidden"> {name}</span>
          </button>
          <button
            type="button"
            className="button small danger-text"
            data-testid="touchpoint-delete"
            disabled={action.pending}
            onClick={() => action.run(onDelete)}
          >
            {t('common.delete')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </div>
      )}
      <ErrorMessage error={action.error} testId="touchpoint-error" />
    </li>
  );
}
