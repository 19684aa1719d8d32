// Operator-level account creation (the CLI): adds a user to a named organisation, creating the
// organisation when it does not exist yet — which is how a new installation gets its first owner.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { systemActor } from '../actor.ts';
import { createUser } from '../users/create-user.ts';
import type { UserRow } from '../users/users.repo.ts';
import { createOrganisation } from './create-organisation.ts';
import { findOrganisationForCli } from './resolve-organisation.ts';

export interface AccountInput {
  email: string;
  name: string;
  role: string;
  password: string;
  locale: string;
  org?: string;
}

export async function createAccount(db: Db, input: AccountInput): Promise<{ user: UserRow; orgName: string; orgCreated: boolean }> {
  const { org: orgName, ...person } = input;
  const existing = await findOrganisationForCli(db, orgName);
  if (existing) {
    return { user: await createUser(db, systemActor(existing.id), person), orgName: existing.name, orgCreated: false };
  }
  if (!orgName) throw new AppError('validation_failed', 'There is no organisation yet: name one with --org "Your company".');
  if (input.role !== 'owner') throw new AppError('validation_failed', `The organisation "${orgName}" does not exist; its first user must have --role owner.`);
  const { org, owner } = await createOrganisation(db, { name: orgName, owner: { email: person.email, name: person.name, password: person.password, locale: person.locale as 'en' } });
  return { user: owner, orgName: org.name, orgCreated: true };
}
