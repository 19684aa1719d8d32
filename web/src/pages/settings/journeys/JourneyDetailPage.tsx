import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { createStage, deleteJourney, deleteStage, getJourney, updateJourney, updateStage } from '../../../api/journeys.ts';
import { useSession } from '../../../app/AuthContext.tsx';
import { canEditSettings } from '../../../app/permissions.ts';
import { BilingualNameFields, hasAnyName } from '../../../components/BilingualNameFields.tsx';
import { useConfirm } from '../../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { optionalText } from '../../../components/forms.ts';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ReadOnlyNotice } from '../../../components/ReadOnlyNotice.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useChannels } from '../../../hooks/useChannels.ts';
import { useMutation } from '../../../hooks/useMutation.ts';
import { localizedName } from '../../../i18n/names.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { JourneyForm } from './JourneyForm.tsx';
import { byPosition, swapWithNeighbour } from './reorder.ts';
import { StageCard } from './StageCard.tsx';

export function JourneyDetailPage() {
  const { journeyId = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const { user } = useSession();
  const canEdit = canEditSettings(user.role);
  const journey = useAsync(() => getJourney(journeyId), [journeyId]);
  const { channels } = useChannels();
  const [editing, setEditing] = useState(false);
  const [newStage, setNewStage] = useState({ name_zh: '', name_en: '' });

  const save = useMutation(
    (input: Parameters<typeof updateJourney>[1]) => updateJourney(journeyId, input),
    () => {
      setEditing(false);
      journey.reload();
    },
  );
  const remove = useMutation(() => deleteJourney(journeyId), () => navigate('/settings/journeys'));
  const addStage = useMutation(
    () =>
      createStage(journeyId, {
        name_zh: optionalText(newStage.name_zh),
        name_en: optionalText(newStage.name_en),
      }),
    () => {
      setNewStage({ name_zh: '', name_en: '' });
      journey.reload();
    },
  );

  const backLink = (
    <Link to="/settings/journeys" className="back-link">
      ← {t('journeys.backToList')}
    </Link>
  );

  if (!journey.data) {
    return (
      <div className="page">
        {backLink}
        {journey.error ? <ErrorMessage error={journey.error} onRetry={journey.reload} /> : <Loading />}
      </div>
    );
  }

  const data = journey.data;
  const name = localizedName(data, language, t('common.untitled'));
  const stages = byPosition(data.stages);

  const onDeleteJourney = async () => {
    const ok = await confirm({
      title: t('journeys.deleteTitle'),
      message: t('journeys.deleteMessage', { name }),
      confirmLabel: t('common.delete'),
      danger: true,
    });
    if (ok) await remove.run();
  };

  const onDeleteStage = async (stageId: string, stageName: string) => {
    const ok = await confirm({
      title: t('stages.deleteTitle'),
      message: t('stages.deleteMessage', { name: stageName }),
      confirmLabel: t('common.delete'),
      danger: true,
    });
    if (!ok) return;
    await deleteStage(stageId);
    journey.reload();
  };

  const onAddStage = (event: FormEvent) => {
    event.preventDefault();
    if (hasAnyName(newStage)) void addStage.run();
  };

  return (
    <div className="page">
      {backLink}
      <PageHeader
        title={<span data-testid="journey-title">{name}</span>}
        subtitle={data.description || undefined}
        actions={
          canEdit && !editing ? (
            <>
              <button type="button" className="button" onClick={() => setEditing(true)} data-testid="journey-edit">
                {t('common.edit')}
              </button>
              <button type="button" className="button danger" onClick={onDeleteJourney} disabled={remove.pending} data-testid="journey-delete">
                {t('journeys.delete')}
              </button>
            </>
          ) : undefined
        }
      />
      {!canEdit && <ReadOnlyNotice />}
      <ErrorMessage error={remove.error} />
      {editing && (
        <section className="card" aria-labelledby="journey-edit-title">
          <h2 id="journey-edit-title">{t('journeys.edit')}</h2>
          <JourneyForm
            idPrefix="edit-journey"
            initial={data}
            submitLabel={t('common.save')}
            pending={save.pending}
            error={save.error}
            onSubmit={(input) => save.run(input)}
            onCancel={() => {
              save.clearError();
              setEditing(false);
            }}
          />
        </section>
      )}

      <h2 className="section-title">{t('stages.title')}</h2>
      {stages.length === 0 ? (
        <p className="muted" data-testid="stages-empty">
          {t('stages.empty')}
        </p>
      ) : (
        <ol className="stage-list" data-testid="stage-list">
          {stages.map((stage, index) => (
            <StageCard
              key={stage.id}
              stage={stage}
              index={index}
              channels={channels}
              canEdit={canEdit}
              isFirst={index === 0}
              isLast={index === stages.length - 1}
              onRename={async (names) => {
                await updateStage(stage.id, names);
                journey.reload();
              }}
              onMove={async (direction) => {
                await swapWithNeighbour(stages, stage.id, direction, (id, position) => updateStage(id, { position }));
                journey.reload();
              }}
              onDelete={() => onDeleteStage(stage.id, localizedName(stage, language, t('common.untitled')))}
              onChanged={journey.reload}
            />
          ))}
        </ol>
      )}

      {canEdit && (
        <section className="card" aria-labelledby="stage-add-title">
          <h2 id="stage-add-title">{t('stages.add')}</h2>
          <form className="inline-form" onSubmit={onAddStage} data-testid="stage-create-form">
            <BilingualNameFields idPrefix="new-stage" values={newStage} onChange={setNewStage} testIdPrefix="stage" />
            <div className="form-actions">
              <button
                type="submit"
                className="button primary"
                data-testid="stage-submit"
                disabled={addStage.pending || !hasAnyName(newStage)}
              >
                {addStage.pending ? t('common.saving') : t('stages.add')}
              </button>
            </div>
            <ErrorMessage error={addStage.error} />
          </form>
        </section>
      )}
    </div>
  );
}
