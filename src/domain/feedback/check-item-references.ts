// Names every item whose channel or touchpoint is not one of the organisation's. Single items arrive
// hundreds of times a second, so the channels and touchpoints seen are remembered per organisation for
// a few seconds instead of being read for every request; an unknown name is always checked against the
// database before it is refused, so a channel or touchpoint created a moment ago is accepted at once.
// A deleted or renamed one may still be accepted from memory: the insert's foreign keys then refuse it
// and ingestion runs again with `fresh` (see ingestFeedbackBatch), which reports it like any bad item.
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import { listChannels } from '../channels/list-channels.ts';
import { existingTouchpointIds } from '../journeys/existing-touchpoint-ids.ts';
import { formatPath, type FieldPath, type FieldProblem } from '../parse-input.ts';
import type { ValidFeedback } from './feedback.schema.ts';

const TTL_MS = 5_000;
const MAX_CACHED_ORGS = 500;
const MAX_TOUCHPOINTS_PER_ORG = 5_000;

interface Known {
  channels: Set<string>;
  touchpoints: Set<string>;
  readAt: number;
}

const known = new Map<string, Known>();

export async function checkItemReferences(
  db: Db,
  actor: Actor,
  items: Array<ValidFeedback | undefined>,
  pathOf: (index: number) => FieldPath,
  options: { fresh: boolean },
): Promise<FieldProblem[]> {
  const wantedChannels = new Set(items.flatMap((item) => (item ? [item.channel] : [])));
  const wantedTouchpoints = new Set(items.flatMap((item) => (item?.touchpoint_id ? [item.touchpoint_id] : [])));
  const memory = options.fresh ? undefined : remembered(actor.orgId);
  const channelsKnown = memory !== undefined && [...wantedChannels].every((key) => memory.channels.has(key));
  const unknownTouchpoints = memory ? [...wantedTouchpoints].filter((id) => !memory.touchpoints.has(id)) : [...wantedTouchpoints];
  const [channels, touchpoints] = await Promise.all([
    channelsKnown ? memory.channels : listChannels(db, actor).then((rows) => new Set(rows.map((channel) => channel.key))),
    unknownTouchpoints.length === 0 ? new Set<string>() : existingTouchpointIds(db, actor, unknownTouchpoints),
  ]);
  remember(actor.orgId, channels, touchpoints, channelsKnown ? memory : undefined);
  const existingTouchpoint = (id: string) => touchpoints.has(id) || (memory?.touchpoints.has(id) ?? false);

  const problems: FieldProblem[] = [];
  items.forEach((item, index) => {
    if (!item) return;
    const at = (field: string) => formatPath([...pathOf(index), field]);
    if (!channels.has(item.channel)) {
      problems.push({ path: at('channel'), message: `"${item.channel}" is not a channel of this organisation (known: ${[...channels].join(', ')})` });
    }
    if (item.touchpoint_id && !existingTouchpoint(item.touchpoint_id)) {
      problems.push({ path: at('touchpoint_id'), message: 'no such touchpoint in this organisation' });
    }
  });
  return problems;
}

function remembered(orgId: string): Known | undefined {
  const entry = known.get(orgId);
  return entry && Date.now() - entry.readAt < TTL_MS ? entry : undefined;
}

/** Channels read now start a new period of trust; touchpoints confirmed now join those still trusted. */
function remember(orgId: string, channels: Set<string>, touchpoints: Set<string>, current: Known | undefined): void {
  if (current) {
    for (const id of touchpoints) if (current.touchpoints.size < MAX_TOUCHPOINTS_PER_ORG) current.touchpoints.add(id);
    return;
  }
  if (!known.has(orgId) && known.size >= MAX_CACHED_ORGS) known.delete(known.keys().next().value!);
  known.set(orgId, { channels, touchpoints: new Set([...touchpoints].slice(0, MAX_TOUCHPOINTS_PER_ORG)), readAt: Date.now() });
}
