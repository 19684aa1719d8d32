// All SQL of organisations.
import { inTransaction, type Db } from '../../db/pool.ts';

export interface OrganisationRow {
  id: string;
  name: string;
  isDemo: boolean;
  createdAt: Date;
}

const columns = `id, name, is_demo AS "isDemo", created_at AS "createdAt"`;

export async function insertOrganisation(db: Db, row: { name: string; isDemo: boolean }): Promise<OrganisationRow> {
  const result = await db.query<OrganisationRow>(`INSERT INTO organisations (name, is_demo) VALUES ($1, $2) RETURNING ${columns}`, [row.name, row.isDemo]);
  return result.rows[0]!;
}

export async function findOrganisationByName(db: Db, name: string): Promise<OrganisationRow | undefined> {
  const result = await db.query<OrganisationRow>(`SELECT ${columns} FROM organisations WHERE name = $1 ORDER BY created_at LIMIT 1`, [name]);
  return result.rows[0];
}

export async function findDemoOrganisation(db: Db): Promise<OrganisationRow | undefined> {
  const result = await db.query<OrganisationRow>(`SELECT ${columns} FROM organisations WHERE is_demo ORDER BY created_at LIMIT 1`);
  return result.rows[0];
}

export async function countOrganisations(db: Db): Promise<number> {
  const result = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM organisations`);
  return result.rows[0]!.count;
}

/**
 * Deletes an organisation with everything in it. Rows that refer to channels and touchpoints go first:
 * those references are NO ACTION (so that deleting a channel in use is refused), and PostgreSQL checks
 * them between the cascade steps of one DELETE, before the referring rows' own cascade has run.
 */
export async function deleteOrganisation(db: Db, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    for (const table of ['feedback', 'cases', 'surveys', 'imports', 'inbound_webhooks', 'journeys']) {
      await tx.query(`DELETE FROM ${table} WHERE org_id = $1`, [id]);
    }
    await tx.query(`DELETE FROM organisations WHERE id = $1`, [id]);
  });
}

export async function listOrganisations(db: Db): Promise<OrganisationRow[]> {
  const result = await db.query<OrganisationRow>(`SELECT ${columns} FROM organisations ORDER BY created_at`);
  return result.rows;
}
