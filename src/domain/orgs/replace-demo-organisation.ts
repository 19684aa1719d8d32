// The demo organisation is disposable: find it, or remove it so it can be loaded afresh.
import type { Db } from '../../db/pool.ts';
import { deleteOrganisation, findDemoOrganisation, type OrganisationRow } from './orgs.repo.ts';

export function findDemo(db: Db): Promise<OrganisationRow | undefined> {
  return findDemoOrganisation(db);
}

/** Deletes the demo organisation and everything in it (never a real one: only rows flagged is_demo). */
export async function deleteDemo(db: Db): Promise<boolean> {
  const demo = await findDemoOrganisation(db);
  if (!demo) return false;
  await deleteOrganisation(db, demo.id);
  return true;
}
