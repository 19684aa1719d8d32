import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createTouchpoint, deleteTouchpoint, updateTouchpoint } from '../../../api/journeys.ts';
import type { Channel, Stage } from '../../../api/types.ts';
import { BilingualNameFields, hasAnyName } from '../../../components/BilingualNameFields.tsx';
import { useConfirm } from '../../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { optionalText } from '../../../components/forms.ts';
import { Icon } from '../../../components/Icon.tsx';
import { useMutation } from '../../../hooks/useMutation.ts';
import { localizedName } from '../../../i18n/names.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { byPosition, swapWithNeighbour } from './reorder.ts';
import { TouchpointForm } from './TouchpointForm.tsx';
import { TouchpointRow } from './TouchpointRow.tsx';

interface Props {
  stage: Stage;
  index: number;
  channels: Channel[];
  canEdit: boolean;
  isFirst: boolean;
  isLast: boolean;
  onRename: (names: { name_zh?: string; name_en?: string }) => Promise<unknown>;
  onMove: (direction: -1 | 1) => Promise<unknown>;
  onDelete: () => Promise<unknown>;
  /** Reloads the journey after any change, so positions and counts come from the server. */
  onChanged: () => void;
}

export function StageCard({ stage, index, channels, canEdit, isFirst, isLast, onRename, onMove, onDelete, onChanged }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const confirm = useConfirm();
  const [renaming, setRenaming] = useState(false);
  const [names, setNames] = useState({ name_zh: stage.name_zh ?? '', name_en: stage.name_en ?? '' });
  const [adding, setAdding] = useState(false);
  const name = localizedName(stage, language, t('common.untitled'));
  const touchpoints = byPosition(stage.touchpoints);

  const rename = useMutation(onRename, () => setRenaming(false));
  const action = useMutation((run: () => Promise<unknown>) => run());
  const addTouchpoint = useMutation(
    (input: Parameters<typeof createTouchpoint>[1]) => createTouchpoint(stage.id, input),
    () => {
      setAdding(false);
      onChanged();
    },
  );

  // Start from the names as saved now, not as they were when this card first appeared.
  const startRename = () => {
    setNames({ name_zh: stage.name_zh ?? '', name_en: stage.name_en ?? '' });
    rename.clearError();
    setRenaming(true);
  };

  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    if (!hasAnyName(names)) return;
    void rename.run({ name_zh: optionalText(names.name_zh), name_en: optionalText(names.name_en) });
  };

  const removeTouchpoint = async (id: string, touchpointName: string) => {
    const ok = await confirm({
      title: t('touchpoints.deleteTitle'),
      message: t('touchpoints.deleteMessage', { name: touchpointName }),
      confirmLabel: t('common.delete'),
      danger: true,
    });
    if (!ok) return;
    await deleteTouchpoint(id);
    onChanged();
  };

  return (
    <li className="stage-card card" data-testid="stage-card" data-stage-id={stage.id}>
      <div className="stage-header">
        <span className="stage-index" aria-hidden="true">
          {index + 1}
        </span>
        {renaming ? (
          <form className="inline-form" onSubmit={submitRename} data-testid="stage-rename-form">
            <BilingualNameFields idPrefix={`stage-${stage.id}`} values={names} onChange={setNames} testIdPrefix="stage-rename" />
            <div className="form-actions">
              <button type="submit" className="button primary small" disabled={rename.pending || !hasAnyName(names)}>
                {t('common.save')}
              </button>
              <button type="button" className="button small" onClick={() => setRenaming(false)}>
                {t('common.cancel')}
              </button>
            </div>
            <ErrorMessage error={rename.error} />
          </form>
        ) : (
          <h3 className="stage-name">{name}</h3>
        )}
        {canEdit && !renaming && (
          <div className="row-actions">
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.moveUpNamed', { name })}
              data-testid="stage-move-up"
              disabled={isFirst || action.pending}
              onClick={() => action.run(() => onMove(-1))}
            >
              <Icon name="up" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.moveDownNamed', { name })}
              data-testid="stage-move-down"
              disabled={isLast || action.pending}
              onClick={() => action.run(() => onMove(1))}
            >
              <Icon name="down" />
            </button>
            <button type="button" className="button small" data-testid="stage-rename" onClick={startRename}>
              {t('stages.rename')}
              <span className="visually-hidden"> {name}</span>
            </button>
            <button
              type="button"
              className="button small danger-text"
              data-testid="stage-delete"
              disabled={action.pending}
              onClick={() => action.run(onDelete)}
            >
              {t('common.delete')}
              <span className="visually-hidden"> {name}</span>
            </button>
          </div>
        )}
      </div>
      <ErrorMessage error={action.error} testId="stage-error" />

      {touchpoints.length === 0 ? (
        <p className="muted small">{t('touchpoints.empty')}</p>
      ) : (
        <ul className="touchpoint-list" aria-label={t('touchpoints.listLabel', { stage: name })}>
          {touchpoints.map((touchpoint, position) => (
            <TouchpointRow
              key={touchpoint.id}
              touchpoint={touchpoint}
              channels={channels}
              canEdit={canEdit}
              isFirst={position === 0}
              isLast={position === touchpoints.length - 1}
              onSave={async (input) => {
                await updateTouchpoint(touchpoint.id, input);
                onChanged();
              }}
              onMove={async (direction) => {
                await swapWithNeighbour(touchpoints, touchpoint.id, direction, (id, value) =>
                  updateTouchpoint(id, { position: value }),
                );
                onChanged();
              }}
              onDelete={() => removeTouchpoint(touchpoint.id, localizedName(touchpoint, language, t('common.untitled')))}
            />
          ))}
        </ul>
      )}

      {canEdit &&
        (adding ? (
          <div className="nested-form">
            <h4>{t('touchpoints.add')}</h4>
            <TouchpointForm
              idPrefix={`new-tp-${stage.id}`}
              channels={channels}
              submitLabel={t('touchpoints.add')}
              pending={addTouchpoint.pending}
              error={addTouchpoint.error}
              onSubmit={(input) => addTouchpoint.run(input)}
              onCancel={() => {
                addTouchpoint.clearError();
                setAdding(false);
              }}
            />
          </div>
        ) : (
          <button type="button" className="button small ghost" data-testid="touchpoint-add" onClick={() => setAdding(true)}>
            + {t('touchpoints.add')}
          </button>
        ))}
    </li>
  );
}
