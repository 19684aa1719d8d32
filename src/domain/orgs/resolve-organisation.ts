// CLI commands act for one organisation: the one named with --org, or the only one there is.
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import { findOrganisationByName, listOrganisations, type OrganisationRow } from './orgs.repo.ts';

/** The named organisation (undefined if it does not exist), or the only one when no name is given. */
export async function findOrganisationForCli(db: Db, name?: string): Promise<OrganisationRow | undefined> {
  if (name) return findOrganisationByName(db, name);
  const organisations = await listOrganisations(db);
  if (organisations.length > 1) {
    throw new AppError('validation_failed', `There are ${organisations.length} organisations; say which with --org (${organisations.map((o) => `"${o.name}"`).join(', ')}).`);
  }
  return organisations[0];
}

export async function resolveOrganisation(db: Db, name?: string): Promise<OrganisationRow> {
  const org = await findOrganisationForCli(db, name);
  if (!org) throw new AppError('not_found', name ? `No organisation named "${name}".` : 'There is no organisation yet: create one with `openvoc user create --org ...`.');
  return org;
}
