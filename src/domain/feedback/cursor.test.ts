import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';

describe('feedback cursor', () => {
  it('round-trips', () => {
    const cursor = { occurredAt: new Date('2026-03-01T10:00:00.123Z'), id: '5f0c6c1e-7c1a-4d4e-9a47-2f3b8e1d0c11' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'garbage', Buffer.from('["2026-01-01T00:00:00Z","x"]').toString('base64url'), Buffer.from('{}').toString('base64url')])(
    'rejects %j with invalid_cursor',
    (value) => {
      expect(() => decodeCursor(value)).toThrow(expect.objectContaining({ code: 'invalid_cursor' }));
    },
  );
});
