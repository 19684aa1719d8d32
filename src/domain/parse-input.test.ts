import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { formatPath, parseInput } from './parse-input.ts';

describe('parseInput', () => {
  const schema = z.object({ name: z.string().min(1), items: z.array(z.object({ nps: z.number().max(10) })) });

  it('returns the parsed value', () => {
    expect(parseInput(schema, { name: 'a', items: [{ nps: 9 }] })).toEqual({ name: 'a', items: [{ nps: 9 }] });
  });

  it('throws validation_failed listing every problem with its path', () => {
    try {
      parseInput(schema, { name: '', items: [{ nps: 9 }, { nps: 11 }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.code).toBe('validation_failed');
      expect((appError.details as Array<{ path: string }>).map((d) => d.path)).toEqual(['name', 'items[1].nps']);
      expect(appError.message).toMatch(/^name: .* \(and 1 more problem\)$/);
    }
  });

  it('answers validation_failed, not a crash, when zod cannot compare a hostile `length`', () => {
    const hostile = JSON.parse('{"name": {"length": {"toString": "0"}}, "items": []}');
    expect(() => schema.safeParse(hostile)).toThrow(TypeError); // why the guard exists
    expect(() => parseInput(schema, hostile)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });

  it('still lets a TypeError from our own refinements through as a bug', () => {
    const buggy = z.string().refine((value) => (null as unknown as { has(v: string): boolean }).has(value));
    expect(() => parseInput(buggy, 'x')).toThrow(TypeError);
  });

  it('formats paths the way API users write them', () => {
    expect(formatPath(['items', 3, 'identifiers', 'email'])).toBe('items[3].identifiers.email');
    expect(formatPath([])).toBe('');
  });
});
