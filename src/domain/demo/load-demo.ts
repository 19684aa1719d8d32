// Loads the generated demo organisation through the same use cases a real customer's data goes
// through, so the demo shows exactly what the product does with real input.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { systemActor, type Actor } from '../actor.ts';
import { listChannels } from '../channels/list-channels.ts';
import { createChannel } from '../channels/save-channel.ts';
import { ingestFeedbackBatch } from '../feedback/ingest-feedback-batch.ts';
import type { FeedbackInput } from '../feedback/feedback.schema.ts';
import { createJourney } from '../journeys/save-journey.ts';
import { createStage } from '../journeys/save-stage.ts';
import { createTouchpoint } from '../journeys/save-touchpoint.ts';
import { createOrganisation } from '../orgs/create-organisation.ts';
import { deleteDemo, findDemo } from '../orgs/replace-demo-organisation.ts';
import { createTeam } from '../teams/save-team.ts';
import { setTeamMembers } from '../teams/set-team-members.ts';
import { createUser } from '../users/create-user.ts';
import { generateDemoDataset, type DemoDataset, type DemoFeedback } from './generate-demo-dataset.ts';
import { setTeamLeads } from '../teams/set-team-leads.ts';
import { loadDemoCases, type DemoPeople } from './load-demo-cases.ts';
import { addDemoReplyTemplates } from './add-demo-reply-templates.ts';

const INGEST_CHUNK = 500;

export interface LoadedDemo {
  organisationName: string;
  feedbackCount: number;
  owner: { email: string };
  password: string;
}

export async function loadDemo(db: Db, options: { now: Date; feedbackCount?: number; reset?: boolean; seed?: number }): Promise<LoadedDemo> {
  if (await findDemo(db)) {
    if (!options.reset) throw new AppError('conflict', 'The demo organisation is already loaded; use --reset to load it again.');
    await deleteDemo(db);
  }
  const dataset = generateDemoDataset({ seed: options.seed ?? 2026, now: options.now, feedbackCount: options.feedbackCount });
  const password = `demo-${randomBytes(6).toString('base64url')}`;
  const ownerSpec = dataset.users.find((user) => user.role === 'owner');
  if (!ownerSpec) throw new Error('demo dataset has no owner');

  const { org, owner } = await createOrganisation(db, {
    name: dataset.organisation.name,
    isDemo: true,
    owner: { email: ownerSpec.email, name: ownerSpec.name, password, locale: ownerSpec.locale },
  });
  const actor = systemActor(org.id);
  await addMissingChannels(db, actor, dataset);
  const people = await addPeople(db, actor, dataset, password, { [ownerSpec.email]: owner.id });
  const touchpoints = await addJourneys(db, actor, dataset);
  let stored = 0;
  for (let start = 0; start < dataset.feedback.length; start += INGEST_CHUNK) {
    const chunk = dataset.feedback.slice(start, start + INGEST_CHUNK).map((item) => toFeedbackInput(item, touchpoints));
    stored += (await ingestFeedbackBatch(db, actor, chunk)).length;
  }
  await addDemoReplyTemplates(db, actor);
  await loadDemoCases(db, org.id, people, options.now);
  return { organisationName: org.name, feedbackCount: stored, owner: { email: owner.email }, password };
}

async function addMissingChannels(db: Db, actor: Actor, dataset: DemoDataset): Promise<void> {
  const existing = new Set((await listChannels(db, actor)).map((channel) => channel.key));
  for (const channel of dataset.channels) {
    if (!existing.has(channel.key)) await createChannel(db, actor, channel);
  }
}

async function addPeople(db: Db, actor: Actor, dataset: DemoDataset, password: string, userIds: Record<string, string>): Promise<DemoPeople> {
  for (const person of dataset.users) {
    if (userIds[person.email]) continue;
    userIds[person.email] = (await createUser(db, actor, { ...person, password })).id;
  }
  const teamIds = new Map<string, string>();
  for (const team of dataset.teams) {
    const created = await createTeam(db, actor, { name: team.name });
    const members = dataset.users.filter((person) => person.team === team.key).map((person) => userIds[person.email]!);
    await setTeamMembers(db, actor, created.id, { user_ids: members });
    // The team's first member leads it and receives its SLA escalations.
    if (members.length > 0) await setTeamLeads(db, actor, created.id, { user_ids: [members[0]] });
    teamIds.set(team.key, created.id);
  }
  return { teamIds, roles: new Map(dataset.users.map((person) => [userIds[person.email]!, person.role])) };
}

/** Creates the journeys and returns touchpoint ids keyed "journey/stage/touchpoint". */
async function addJourneys(db: Db, actor: Actor, dataset: DemoDataset): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const journey of dataset.journeys) {
    const created = await createJourney(db, actor, { name_en: journey.name_en, name_zh: journey.name_zh, description: journey.description });
    for (const stage of journey.stages) {
      const createdStage = await createStage(db, actor, created.id, { name_en: stage.name_en, name_zh: stage.name_zh });
      for (const touchpoint of stage.touchpoints) {
        const createdTouchpoint = await createTouchpoint(db, actor, createdStage.id, {
          name_en: touchpoint.name_en,
          name_zh: touchpoint.name_zh,
          channel: touchpoint.channel,
          metrics: touchpoint.metrics,
        });
        ids.set(`${journey.key}/${stage.key}/${touchpoint.key}`, createdTouchpoint.id);
      }
    }
  }
  return ids;
}

function toFeedbackInput(item: DemoFeedback, touchpoints: Map<string, string>): FeedbackInput {
  const touchpointId = item.touchpoint ? touchpoints.get(`${item.touchpoint.journey}/${item.touchpoint.stage}/${item.touchpoint.touchpoint}`) : undefined;
  return {
    source: item.source,
    channel: item.channel,
    external_id: item.external_id,
    occurred_at: item.occurred_at,
    touchpoint_id: touchpointId,
    nps: item.nps,
    csat: item.csat,
    ces: item.ces,
    stars: item.stars,
    text: item.text,
    identifiers: item.customer,
    metadata: item.metadata,
  };
}
