// Opaque cursors for keyset pagination of the case queue over (created_at DESC, id DESC).
import { AppError } from '../../errors.ts';

export interface CaseCursor {
  createdAt: Date;
  id: string;
}

export function encodeCaseCursor(cursor: CaseCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString('base64url');
}

export function decodeCaseCursor(value: string): CaseCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [unknown, unknown];
    const date = new Date(String(createdAt));
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { createdAt: date, id };
  } catch {
    throw new AppError('invalid_cursor', 'cursor: not a cursor returned by this API.');
  }
}
