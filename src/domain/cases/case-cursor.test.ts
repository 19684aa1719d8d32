import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { decodeCaseCursor, encodeCaseCursor } from './case-cursor.ts';

describe('case cursors', () => {
  it('round-trip the moment and the id', () => {
    const cursor = { createdAt: new Date('2026-03-01T08:30:00.123Z'), id: '0b9a7f0e-3c1d-4e7a-9f00-1234567890ab' };
    expect(decodeCaseCursor(encodeCaseCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'nonsense', Buffer.from('["2026-01-01", "not-an-id"]').toString('base64url'), Buffer.from('["never", "0b9a7f0e-3c1d-4e7a-9f00-1234567890ab"]').toString('base64url')])(
    'refuses %j as invalid_cursor',
    (value) => {
      expect(() => decodeCaseCursor(value)).toThrow(AppError);
      expect(() => decodeCaseCursor(value)).toThrow(/cursor/);
    },
  );
});
