// Opens a new tenant: the organisation, its default channels and its first owner, all or nothing.
import { inTransaction, type Db } from '../../db/pool.ts';
import { systemActor } from '../actor.ts';
import { createDefaultChannels } from '../channels/create-default-channels.ts';
import { parseInput } from '../parse-input.ts';
import { createUser } from '../users/create-user.ts';
import type { UserRow } from '../users/users.repo.ts';
import { createUserSchema } from '../users/users.schema.ts';
import { insertOrganisation, type OrganisationRow } from './orgs.repo.ts';
import { z } from 'zod';

const createOrganisationSchema = z.object({
  name: z.string().trim().min(1).max(200),
  isDemo: z.boolean().default(false),
  owner: createUserSchema.omit({ role: true }),
});

export async function createOrganisation(db: Db, rawInput: z.input<typeof createOrganisationSchema>): Promise<{ org: OrganisationRow; owner: UserRow }> {
  const input = parseInput(createOrganisationSchema, rawInput);
  return inTransaction(db, async (tx) => {
    const org = await insertOrganisation(tx, { name: input.name, isDemo: input.isDemo });
    await createDefaultChannels(tx, org.id);
    const owner = await createUser(tx, systemActor(org.id), { ...input.owner, role: 'owner' });
    return { org, owner };
  });
}
