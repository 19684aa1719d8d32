import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getCaseSettings, saveCaseSettings, type CaseSettings } from '../../../api/caseSettings.ts';
import { ApiError } from '../../../api/http.ts';
import { listSurveys } from '../../../api/surveys.ts';
import { useSession } from '../../../app/AuthContext.tsx';
import { canEditSettings } from '../../../app/permissions.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useAsync } from '../../../hooks/useAsync.ts';
import { useMutation } from '../../../hooks/useMutation.ts';
import { BusinessHoursEditor } from './BusinessHoursEditor.tsx';
import { HolidaysEditor } from './HolidaysEditor.tsx';
import { SlaTargetsEditor } from './SlaTargetsEditor.tsx';

/** SLA targets, business hours, holidays and the re-survey: everyone reads them, owners and admins change them. */
export function CaseSettingsPage() {
  const { t } = useTranslation();
  const settings = useAsync(getCaseSettings, []);
  return (
    <div className="page">
      <PageHeader title={t('caseSettings.title')} subtitle={t('caseSettings.subtitle')} />
      {settings.loading && !settings.data ? (
        <Loading />
      ) : settings.error || !settings.data ? (
        <ErrorMessage error={settings.error} onRetry={settings.reload} />
      ) : (
        <CaseSettingsForm initial={settings.data} />
      )}
    </div>
  );
}

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, 'UTC', ...zones])].sort();
}

function problemsOf(error: unknown): Array<{ path: string; message: string }> {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed' || !Array.isArray(error.details)) return [];
  return error.details as Array<{ path: string; message: string }>;
}

function CaseSettingsForm({ initial }: { initial: CaseSettings }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const readOnly = !canEditSettings(user.role);
  const [draft, setDraft] = useState<CaseSettings>(initial);
  const [saved, setSaved] = useState(false);
  const surveys = useAsync(() => listSurveys().then((response) => response.items), []);
  const zones = useMemo(() => timeZones(initial.timezone), [initial.timezone]);
  const save = useMutation(saveCaseSettings, (result) => {
    setDraft(result);
    setSaved(true);
  });
  const change = (patch: Partial<CaseSettings>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(draft);
  };
  const problems = problemsOf(save.error);

  return (
    <form onSubmit={submit} data-testid="case-settings-form" className="form-stack">
      {readOnly && <p className="notice">{t('caseSettings.readOnly')}</p>}
      <section className="card" aria-labelledby="case-clock-title">
        <h2 id="case-clock-title">{t('caseSettings.clock.title')}</h2>
        <div className="inline-form">
          <div className="field">
            <label htmlFor="case-timezone">{t('caseSettings.clock.timezone')}</label>
            <select id="case-timezone" data-testid="case-timezone" disabled={readOnly} value={draft.timezone} onChange={(event) => change({ timezone: event.target.value })}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="case-warn-at">{t('caseSettings.clock.warnAt')}</label>
            <input
              id="case-warn-at"
              data-testid="case-warn-at"
              type="number"
              min={1}
              max={99}
              disabled={readOnly}
              value={draft.warn_at_percent}
              onChange={(event) => change({ warn_at_percent: Number(event.target.value) })}
            />
          </div>
        </div>
        <p className="hint muted small">{t('caseSettings.clock.warnHint')}</p>
      </section>
      <BusinessHoursEditor hours={draft.business_hours} disabled={readOnly} onChange={(business_hours) => change({ business_hours })} />
      <HolidaysEditor holidays={draft.holidays} disabled={readOnly} onChange={(holidays) => change({ holidays })} />
      <SlaTargetsEditor sla={draft.sla} disabled={readOnly} onChange={(sla) => change({ sla })} />
      <section className="card" aria-labelledby="case-resurvey-title">
        <h2 id="case-resurvey-title">{t('caseSettings.resurvey.title')}</h2>
        <div className="inline-form">
          <div className="field grow">
            <label htmlFor="case-resurvey-survey">{t('caseSettings.resurvey.survey')}</label>
            <select
              id="case-resurvey-survey"
              data-testid="case-resurvey-survey"
              disabled={readOnly}
              value={draft.resurvey_survey_id ?? ''}
              onChange={(event) => change({ resurvey_survey_id: event.target.value || null })}
            >
              <option value="">{t('caseSettings.resurvey.none')}</option>
              {(surveys.data ?? []).map((survey) => (
                <option key={survey.id} value={survey.id}>
                  {survey.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="case-resurvey-delay">{t('caseSettings.resurvey.delay')}</label>
            <input
              id="case-resurvey-delay"
              data-testid="case-resurvey-delay"
              type="number"
              min={0}
              max={720}
              disabled={readOnly}
              value={draft.resurvey_delay_hours}
              onChange={(event) => change({ resurvey_delay_hours: Number(event.target.value) })}
            />
          </div>
        </div>
      </section>
      {!readOnly && (
        <div className="form-actions">
          <button type="submit" className="button primary" data-testid="case-settings-save" disabled={save.pending}>
            {save.pending ? t('common.saving') : t('caseSettings.save')}
          </button>
        </div>
      )}
      <ErrorMessage error={save.error} />
      {problems.length > 0 && (
        <div className="warning" data-testid="case-settings-problems">
          <p>{t('caseSettings.problems')}</p>
          <ul className="field-problems">
            {problems.map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                <code>{problem.path || '—'}</code> {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div role="status" aria-live="polite">
        {saved && (
          <p className="notice" data-testid="case-settings-saved">
            {t('caseSettings.saved')}
          </p>
        )}
      </div>
    </form>
  );
}
