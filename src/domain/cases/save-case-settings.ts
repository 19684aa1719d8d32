// Changes the case settings (owners and admins), then moves the SLA clocks of the open cases to match:
// inline for a handful, in a background job for more, so saving stays quick.
import { addJob } from '../../db/job-queue.ts';
import { inTransaction, type Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { authorize } from '../authorize.ts';
import { parseInput, validationFailed } from '../parse-input.ts';
import { getSurvey } from '../surveys/get-survey.ts';
import { loadCaseSettings, priorities, type CaseSettings } from './case-settings.ts';
import { countOpenCases, upsertCaseSettingsRow, upsertSlaPolicyRows } from './case-settings.repo.ts';
import { caseSettingsInputSchema, caseSettingsProblems, mergeCaseSettings } from './case-settings.schema.ts';
import { canManageCaseSettings } from './cases.policy.ts';
import { reapplyCaseSlas } from './sla/reapply-case-slas.ts';
import { SLA_REAPPLY_JOB } from './sla/sla.schema.ts';

/** Up to this many open cases are re-timed in the saving transaction; more go to a job. */
const INLINE_REAPPLY_LIMIT = 50;

export async function saveCaseSettings(db: Db, actor: Actor, rawInput: unknown): Promise<CaseSettings> {
  authorize(canManageCaseSettings(actor), 'change case settings');
  const input = parseInput(caseSettingsInputSchema, rawInput);
  return inTransaction(db, async (tx) => {
    const settings = mergeCaseSettings(await loadCaseSettings(tx, actor.orgId), input);
    const problems = caseSettingsProblems(settings);
    if (input.resurvey_survey_id && !(await isSurveyOfOrg(tx, actor, input.resurvey_survey_id))) {
      problems.push({ path: 'resurvey_survey_id', message: 'must be a survey of this organisation' });
    }
    if (problems.length > 0) throw validationFailed(problems);
    await upsertCaseSettingsRow(tx, actor.orgId, settings);
    await upsertSlaPolicyRows(tx, actor.orgId, priorities.map((priority) => ({ priority, ...settings.sla[priority] })));
    await recordAuditEvent(tx, actor, { action: 'case_settings.updated', subject: `org:${actor.orgId}`, details: { fields: Object.keys(input) } });
    if ((await countOpenCases(tx, actor.orgId)) <= INLINE_REAPPLY_LIMIT) await reapplyCaseSlas(tx, actor.orgId);
    else await addJob(tx, SLA_REAPPLY_JOB, { orgId: actor.orgId }, { jobKey: `case-sla-reapply:${actor.orgId}` });
    return loadCaseSettings(tx, actor.orgId);
  });
}

async function isSurveyOfOrg(db: Db, actor: Actor, surveyId: string): Promise<boolean> {
  try {
    await getSurvey(db, actor, surveyId);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return false;
    throw error;
  }
}
