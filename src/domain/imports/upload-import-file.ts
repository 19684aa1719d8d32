// Receives a file for import: streamed to disk (never held in memory) under the size limit, then its
// format and encoding are recognised. The import waits, "uploaded", for its column mapping.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db } from '../../db/pool.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../actor.ts';
import { actorLabel } from '../audit/actor-label.ts';
import { authorize } from '../authorize.ts';
import { detectEncoding, detectFormat, readSample } from './detect-file.ts';
import { canImportFeedback } from './imports.policy.ts';
import { insertImport, type ImportRow } from './imports.repo.ts';

export interface UploadLimits {
  directory: string;
  maxBytes: number;
}

/** `truncated` tells whether the sender's stream was cut at the size limit (multipart parsers cut rather than fail). */
export async function uploadImportFile(db: Db, actor: Actor, file: { name: string; stream: Readable; truncated?: () => boolean }, limits: UploadLimits): Promise<ImportRow> {
  authorize(canImportFeedback(actor), 'import feedback');
  const id = randomUUID();
  const fileName = path.basename(file.name || 'upload').slice(-300) || 'upload';
  const extension = /\.[a-z0-9]{1,8}$/i.exec(fileName)?.[0]?.toLowerCase() ?? '';
  await mkdir(limits.directory, { recursive: true });
  const target = path.join(limits.directory, `${id}${extension}`);
  const tooLarge = () => new AppError('payload_too_large', `The file is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB, the import limit.`);
  let bytes = 0;
  const limiter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limits.maxBytes) done(tooLarge());
      else done(null, chunk);
    },
  });
  try {
    await pipeline(file.stream, limiter, createWriteStream(target));
    if (file.truncated?.()) throw tooLarge();
    return await registerImportFile(db, actor, { id, fileName, filePath: target, fileOwned: true });
  } catch (error) {
    await rm(target, { force: true });
    throw (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : error;
  }
}

/** Records a file already on disk (an upload, or a CLI user's own file) as an import. */
export async function registerImportFile(db: Db, actor: Actor, file: { id?: string; fileName: string; filePath: string; fileOwned: boolean }): Promise<ImportRow> {
  authorize(canImportFeedback(actor), 'import feedback');
  const { size } = await stat(file.filePath);
  if (size === 0) throw new AppError('validation_failed', 'The file is empty.');
  const sample = await readSample(file.filePath);
  const format = detectFormat(file.fileName, sample);
  if (!format) throw new AppError('unsupported_media_type', 'This is not a CSV, XLSX or JSON Lines file.');
  return insertImport(db, actor.orgId, {
    id: file.id ?? randomUUID(),
    createdBy: actorLabel(actor),
    fileName: file.fileName,
    filePath: file.filePath,
    fileOwned: file.fileOwned,
    fileSize: size,
    format,
    detectedEncoding: format === 'xlsx' ? null : detectEncoding(sample),
  });
}
