// Reading, cancelling and removing imports, and their error reports.
import { rm } from 'node:fs/promises';
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { authorize } from '../authorize.ts';
import { parseInput } from '../parse-input.ts';
import { canImportFeedback } from './imports.policy.ts';
import { deleteImport as removeImport, findImport, selectImportErrors, selectImports, setStatus, type ImportErrorRow, type ImportRow } from './imports.repo.ts';
import { importListSchema } from './imports.schema.ts';

export async function listImports(db: Db, actor: Actor, rawQuery: unknown): Promise<ImportRow[]> {
  authorize(canImportFeedback(actor), 'see imports');
  return selectImports(db, actor.orgId, parseInput(importListSchema, rawQuery).limit);
}

export async function getImport(db: Db, actor: Actor, id: string): Promise<ImportRow> {
  authorize(canImportFeedback(actor), 'see imports');
  const row = await findImport(db, actor.orgId, id);
  if (!row) throw new AppError('not_found', 'No such import.');
  return row;
}

/** Every stored error of an import, page by page (the report may be long). */
export async function* importErrors(db: Db, actor: Actor, id: string, pageSize = 1_000): AsyncGenerator<ImportErrorRow> {
  await getImport(db, actor, id);
  for (let afterId = 0; ; ) {
    const page = await selectImportErrors(db, actor.orgId, id, pageSize, afterId);
    yield* page;
    if (page.length < pageSize) return;
    afterId = page.at(-1)!.id;
  }
}

/** Stops a queued or running import after its current batch; rows already imported stay. */
export async function cancelImport(db: Db, actor: Actor, id: string): Promise<ImportRow> {
  const row = await getImport(db, actor, id);
  if (!['queued', 'running'].includes(row.status)) throw new AppError('conflict', `This import is ${row.status}; only a queued or running import can be cancelled.`);
  await setStatus(db, actor.orgId, id, 'cancelled');
  if (row.status === 'queued' && row.fileOwned) await rm(row.filePath, { force: true });
  return getImport(db, actor, id);
}

/** Removes an import from the list (and its uploaded file); the feedback it imported stays. */
export async function deleteImport(db: Db, actor: Actor, id: string): Promise<void> {
  const row = await getImport(db, actor, id);
  if (['queued', 'running'].includes(row.status)) throw new AppError('conflict', 'Cancel the import before removing it.');
  await removeImport(db, actor.orgId, id);
  if (row.fileOwned) await rm(row.filePath, { force: true });
}
