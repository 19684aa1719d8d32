// Opaque cursors for keyset pagination over (occurred_at DESC, id DESC): stable while new items arrive.
import { AppError } from '../../errors.ts';

export interface FeedbackCursor {
  occurredAt: Date;
  id: string;
}

export function encodeCursor(cursor: FeedbackCursor): string {
  return Buffer.from(JSON.stringify([cursor.occurredAt.toISOString(), cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): FeedbackCursor {
  try {
    const [occurredAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [unknown, unknown];
    const date = new Date(String(occurredAt));
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { occurredAt: date, id };
  } catch {
    throw new AppError('invalid_cursor', 'cursor: not a cursor returned by this API.');
  }
}
