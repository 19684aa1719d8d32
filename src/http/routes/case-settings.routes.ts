// Case settings (business hours, holidays, SLA targets, re-survey) and the team leads who receive escalations.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CaseSettings } from '../../domain/cases/case-settings.ts';
import { caseSettingsInputSchema } from '../../domain/cases/case-settings.schema.ts';
import { getCaseSettings } from '../../domain/cases/get-case-settings.ts';
import { saveCaseSettings } from '../../domain/cases/save-case-settings.ts';
import { setTeamLeads } from '../../domain/teams/set-team-leads.ts';
import { teamLeadsSchema } from '../../domain/teams/teams.schema.ts';
import { actorOf } from '../authenticate.ts';
import { presentTeam } from '../presenters/settings.presenter.ts';
import type { RouteDeps } from '../route-deps.ts';

export function presentCaseSettings(settings: CaseSettings) {
  return {
    timezone: settings.timezone,
    business_hours: settings.businessHours,
    holidays: settings.holidays,
    warn_at_percent: settings.warnAtPercent,
    sla: Object.fromEntries(
      Object.entries(settings.sla).map(([priority, target]) => [priority, { first_response_minutes: target.firstResponseMinutes, resolution_minutes: target.resolutionMinutes }]),
    ),
    resurvey_survey_id: settings.resurveySurveyId,
    resurvey_delay_hours: settings.resurveyDelayHours,
  };
}

export async function caseSettingsRoutes(app: FastifyInstance, { db }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });
  const tags = ['cases'];

  routes.get('/case-settings', { schema: { tags, summary: 'Business hours, holidays, SLA targets per priority and re-survey settings' } }, async (request) =>
    presentCaseSettings(await getCaseSettings(db, actorOf(request))),
  );

  routes.put(
    '/case-settings',
    { schema: { tags, summary: 'Change case settings (owner, admin); fields left out keep their value; open cases get their SLA clocks re-applied', body: caseSettingsInputSchema } },
    async (request) => presentCaseSettings(await saveCaseSettings(db, actorOf(request), request.body)),
  );

  routes.put('/teams/:id/leads', { schema: { tags: ['teams'], summary: 'Name the team leads who receive SLA escalations (members only)', params, body: teamLeadsSchema } }, async (request) =>
    presentTeam(await setTeamLeads(db, actorOf(request), request.params.id, request.body)),
  );
}
