// `openvoc import FILE`: the same import as the dashboard's, run in the calling process on a file the
// user already has (it is read in place, never copied or deleted).
import path from 'node:path';
import type { Db } from '../../db/pool.ts';
import type { Actor } from '../actor.ts';
import type { ImportRow } from './imports.repo.ts';
import { runImport, type RunOptions } from './run-import.ts';
import { startImport } from './start-import.ts';
import { registerImportFile } from './upload-import-file.ts';

export async function importLocalFile(db: Db, actor: Actor, filePath: string, settings: unknown, options: RunOptions = {}): Promise<ImportRow> {
  const absolute = path.resolve(filePath);
  const registered = await registerImportFile(db, actor, { fileName: path.basename(absolute), filePath: absolute, fileOwned: false });
  await startImport(db, actor, registered.id, settings, { enqueue: false });
  return (await runImport(db, actor.orgId, registered.id, options))!;
}
