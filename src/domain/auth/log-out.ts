// Ends a session server-side, so a copied cookie stops working too.
import type { Db } from '../../db/pool.ts';
import { deleteSessionByTokenHash } from './auth.repo.ts';
import { hashSecret } from './tokens.ts';

export async function logOut(db: Db, token: string): Promise<void> {
  await deleteSessionByTokenHash(db, hashSecret(token));
}
