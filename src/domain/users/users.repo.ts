// All SQL of users.
import type { Db } from '../../db/pool.ts';
import type { Role } from '../actor.ts';

export interface UserRow {
  id: string;
  orgId: string;
  email: string;
  name: string;
  role: Role;
  locale: 'zh-CN' | 'en';
  disabled: boolean;
  createdAt: Date;
}

export interface UserWithPassword extends UserRow {
  passwordHash: string;
  orgName: string;
}

const columns = `u.id, u.org_id AS "orgId", u.email, u.name, u.role, u.locale, u.disabled, u.created_at AS "createdAt"`;

export async function insertUser(
  db: Db,
  row: { orgId: string; email: string; name: string; role: Role; locale: 'zh-CN' | 'en'; passwordHash: string },
): Promise<UserRow> {
  const result = await db.query<UserRow>(
    `INSERT INTO users AS u (org_id, email, name, role, locale, password_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${columns}`,
    [row.orgId, row.email, row.name, row.role, row.locale, row.passwordHash],
  );
  return result.rows[0]!;
}

export async function findUserForLogin(db: Db, email: string): Promise<UserWithPassword | undefined> {
  const result = await db.query<UserWithPassword>(
    `SELECT ${columns}, u.password_hash AS "passwordHash", o.name AS "orgName"
       FROM users u JOIN organisations o ON o.id = u.org_id WHERE u.email = $1`,
    [email],
  );
  return result.rows[0];
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const result = await db.query<UserRow>(`SELECT ${columns} FROM users u WHERE u.email = $1`, [email]);
  return result.rows[0];
}

export async function findUser(db: Db, orgId: string, id: string): Promise<UserRow | undefined> {
  const result = await db.query<UserRow>(`SELECT ${columns} FROM users u WHERE u.org_id = $1 AND u.id = $2`, [orgId, id]);
  return result.rows[0];
}

export async function listUsers(db: Db, orgId: string): Promise<UserRow[]> {
  const result = await db.query<UserRow>(`SELECT ${columns} FROM users u WHERE u.org_id = $1 ORDER BY lower(u.name), u.email`, [orgId]);
  return result.rows;
}

/** Serialises concurrent role/disable changes of owners, so two owners cannot demote each other at once. */
export async function lockOwners(db: Db, orgId: string): Promise<void> {
  await db.query(`SELECT id FROM users WHERE org_id = $1 AND role = 'owner' ORDER BY id FOR UPDATE`, [orgId]);
}

export async function countActiveOwners(db: Db, orgId: string): Promise<number> {
  const result = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM users WHERE org_id = $1 AND role = 'owner' AND NOT disabled`,
    [orgId],
  );
  return result.rows[0]!.count;
}

export async function updateUser(
  db: Db,
  orgId: string,
  id: string,
  changes: { name?: string; role?: Role; locale?: 'zh-CN' | 'en'; disabled?: boolean; passwordHash?: string },
): Promise<UserRow | undefined> {
  const result = await db.query<UserRow>(
    `UPDATE users AS u SET
        name = COALESCE($3, u.name),
        role = COALESCE($4, u.role),
        locale = COALESCE($5, u.locale),
        disabled = COALESCE($6, u.disabled),
        password_hash = COALESCE($7, u.password_hash),
        updated_at = now()
      WHERE u.org_id = $1 AND u.id = $2
      RETURNING ${columns}`,
    [orgId, id, changes.name ?? null, changes.role ?? null, changes.locale ?? null, changes.disabled ?? null, changes.passwordHash ?? null],
  );
  return result.rows[0];
}
