import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { getJourney, listJourneys } from '../../api/journeys.ts';
import { deleteSurvey, getSurvey, updateSurvey, type Survey } from '../../api/surveys.ts';
import { useSession } from '../../app/AuthContext.tsx';
import { useConfirm } from '../../components/ConfirmDialog.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice.tsx';
import { useAsync } from '../../hooks/useAsync.ts';
import { useMutation } from '../../hooks/useMutation.ts';
import { localizedName } from '../../i18n/names.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { fromLocalInput, SelectField, TextField, toLocalInput } from './fields.tsx';
import { QuestionEditor } from './QuestionEditor.tsx';
import { ResponsesPanel } from './ResponsesPanel.tsx';
import { SharePanel } from './SharePanel.tsx';
import { canBuildSurveys } from './survey-permissions.ts';
import { move, newQuestion, replaceAt } from './survey-draft.ts';
import { SurveyPreview } from './SurveyPreview.tsx';
import './surveys.css';

export function SurveyBuilderPage() {
  const { t } = useTranslation();
  const { surveyId = '' } = useParams();
  const survey = useAsync(() => getSurvey(surveyId), [surveyId]);
  return (
    <div className="page">
      <Link to="/surveys" className="back-link">
        ← {t('surveys.builder.back')}
      </Link>
      {survey.loading && !survey.data ? <Loading /> : survey.error ? <ErrorMessage error={survey.error} onRetry={survey.reload} /> : survey.data && <Builder initial={survey.data} />}
    </div>
  );
}

function Builder({ initial }: { initial: Survey }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const { user } = useSession();
  const canEdit = canBuildSurveys(user.role);
  const [draft, setDraft] = useState(initial);
  // "Saved" shows until the next edit: every edit makes a new draft object.
  const [savedDraft, setSavedDraft] = useState<Survey | null>(null);
  const touchpoints = useAsync(async () => {
    const journeys = await Promise.all((await listJourneys()).items.map((journey) => getJourney(journey.id)));
    return journeys.flatMap((journey) => journey.stages.flatMap((stage) => stage.touchpoints.map((tp) => ({ value: tp.id, label: `${localizedName(journey, language, '')} › ${localizedName(tp, language, '')}` }))));
  }, [language]);
  const save = useMutation(
    () => updateSurvey(draft.id, { name: draft.name, status: draft.status, touchpoint_id: draft.touchpoint_id, opens_at: draft.opens_at, closes_at: draft.closes_at, definition: draft.definition }),
    (saved) => {
      setDraft(saved);
      setSavedDraft(saved);
    },
  );
  const remove = useMutation(() => deleteSurvey(draft.id), () => navigate('/surveys'));

  const definition = draft.definition;
  const setDefinition = (next: Partial<typeof definition>) => setDraft({ ...draft, definition: { ...definition, ...next } });
  const ids = definition.questions.map((question) => question.id);
  const texts = (key: 'title' | 'intro' | 'thank_you', lang: 'en' | 'zh', value: string) => setDefinition({ [key]: { ...(definition[key] ?? {}), [lang]: value } });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save.run();
  };

  return (
    <>
      <PageHeader title={draft.name} subtitle={t(`surveys.availability.${draft.availability}`)} />
      {!canEdit && <ReadOnlyNotice />}
      <div className="survey-builder">
        <form className="form-stack" onSubmit={submit} data-testid="survey-builder">
          <fieldset className="card" disabled={!canEdit}>
            <legend className="section-title">{t('surveys.builder.settings')}</legend>
            <div className="inline-form">
              <TextField id="survey-name" grow label={t('surveys.name')} value={draft.name} testId="survey-name" onChange={(name) => setDraft({ ...draft, name })} />
              <SelectField id="survey-status" label={t('surveys.status')} value={draft.status} testId="survey-status" options={(['draft', 'open', 'closed'] as const).map((s) => ({ value: s, label: t(`surveys.statuses.${s}`) }))} onChange={(status) => setDraft({ ...draft, status: status as Survey['status'] })} />
              <SelectField id="survey-touchpoint" label={t('surveys.builder.touchpoint')} value={draft.touchpoint_id ?? ''} testId="survey-touchpoint" options={[{ value: '', label: t('surveys.builder.noTouchpoint') }, ...(touchpoints.data ?? [])]} onChange={(id) => setDraft({ ...draft, touchpoint_id: id || null })} />
            </div>
            <div className="inline-form">
              <TextField id="survey-opens" type="datetime-local" label={t('surveys.builder.opensAt')} value={toLocalInput(draft.opens_at)} onChange={(value) => setDraft({ ...draft, opens_at: fromLocalInput(value) })} />
              <TextField id="survey-closes" type="datetime-local" label={t('surveys.builder.closesAt')} value={toLocalInput(draft.closes_at)} onChange={(value) => setDraft({ ...draft, closes_at: fromLocalInput(value) })} />
              <SelectField id="survey-lang" label={t('surveys.builder.defaultLang')} value={definition.default_lang} options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} onChange={(lang) => setDefinition({ default_lang: lang as 'en' | 'zh-CN' })} />
            </div>
            <div className="inline-form">
              <TextField id="survey-title-zh" grow lang="zh-CN" label={t('surveys.builder.titleZh')} value={definition.title.zh ?? ''} testId="survey-title-zh" onChange={(v) => texts('title', 'zh', v)} />
              <TextField id="survey-title-en" grow lang="en" label={t('surveys.builder.titleEn')} value={definition.title.en ?? ''} testId="survey-title-en" onChange={(v) => texts('title', 'en', v)} />
            </div>
            <div className="inline-form">
              <TextField id="survey-intro-zh" grow multiline lang="zh-CN" label={t('surveys.builder.introZh')} value={definition.intro?.zh ?? ''} onChange={(v) => texts('intro', 'zh', v)} />
              <TextField id="survey-intro-en" grow multiline lang="en" label={t('surveys.builder.introEn')} value={definition.intro?.en ?? ''} onChange={(v) => texts('intro', 'en', v)} />
            </div>
            <div className="inline-form">
              <TextField id="survey-thanks-zh" grow lang="zh-CN" label={t('surveys.builder.thanksZh')} value={definition.thank_you.zh ?? ''} testId="survey-thanks-zh" onChange={(v) => texts('thank_you', 'zh', v)} />
              <TextField id="survey-thanks-en" grow lang="en" label={t('surveys.builder.thanksEn')} value={definition.thank_you.en ?? ''} testId="survey-thanks-en" onChange={(v) => texts('thank_you', 'en', v)} />
            </div>
          </fieldset>
          <fieldset className="form-stack" disabled={!canEdit}>
            <legend className="section-title">{t('surveys.builder.questions')}</legend>
            {definition.questions.map((question, index) => (
              <QuestionEditor
                key={index}
                question={question}
                index={index}
                count={definition.questions.length}
                laterIds={ids.slice(index + 1)}
                onChange={(next) => setDefinition({ questions: replaceAt(definition.questions, index, next) })}
                onMove={(by) => setDefinition({ questions: move(definition.questions, index, by) })}
                onRemove={() => setDefinition({ questions: definition.questions.filter((_, i) => i !== index) })}
              />
            ))}
            <div className="form-actions">
              <button type="button" className="button" data-testid="question-add" onClick={() => setDefinition({ questions: [...definition.questions, newQuestion(t, 'text', ids)] })}>
                {t('surveys.builder.addQuestion')}
              </button>
            </div>
          </fieldset>
          {canEdit && (
            <div className="form-actions">
              <ErrorMessage error={save.error} testId="survey-save-error" />
              {savedDraft === draft && <span role="status" data-testid="survey-saved">{t('surveys.builder.saved')}</span>}
              <button type="submit" className="button primary" disabled={save.pending} data-testid="survey-save">
                {t('surveys.builder.save')}
              </button>
              <button type="button" className="button danger" onClick={async () => (await confirm({ title: t('surveys.builder.delete'), message: t('surveys.builder.confirmDelete'), danger: true })) && remove.run()}>
                {t('surveys.builder.delete')}
              </button>
            </div>
          )}
        </form>
        <div className="form-stack">
          <SurveyPreview definition={definition} />
          <SharePanel survey={draft} canEdit={canEdit} />
          <ResponsesPanel surveyId={draft.id} />
        </div>
      </div>
    </>
  );
}
