// A plan must point at things of its own organisation: a theme of its taxonomy, channels it has,
// a team of its own. Checked through those capabilities' use cases, reported with field paths.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { listChannels } from '../channels/list-channels.ts';
import { validationFailed, type FieldProblem } from '../parse-input.ts';
import { listTeams } from '../teams/list-teams.ts';
import { getTextSettings } from '../text-settings/get-text-settings.ts';
import type { SavePlanInput } from './action-plans.schema.ts';

export async function checkPlanReferences(db: Db, actor: Actor, input: SavePlanInput): Promise<void> {
  const problems: FieldProblem[] = [];
  const { source } = input;
  if (source.kind === 'theme') {
    const { taxonomy } = await getTextSettings(db, actor);
    if (!taxonomy.themes.some((theme) => theme.id === source.theme_id)) problems.push({ path: 'source.theme_id', message: 'is not a theme of this organisation' });
  } else {
    const keys = new Set((await listChannels(db, actor)).map((channel) => channel.key));
    if (!keys.has(source.from_channel)) problems.push({ path: 'source.from_channel', message: 'is not a channel of this organisation' });
    if (!keys.has(source.to_channel)) problems.push({ path: 'source.to_channel', message: 'is not a channel of this organisation' });
  }
  if (input.owner_team_id && !(await listTeams(db, actor)).some((team) => team.id === input.owner_team_id)) {
    problems.push({ path: 'owner_team_id', message: 'is not a team of this organisation' });
  }
  if (problems.length) throw validationFailed(problems);
}
