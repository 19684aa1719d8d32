// Tells a fresh installation from a used one, so `npm start` can offer first-run help.
import type { Db } from '../../db/pool.ts';
import { countOrganisations } from './orgs.repo.ts';

export async function hasAnyOrganisation(db: Db): Promise<boolean> {
  return (await countOrganisations(db)) > 0;
}
