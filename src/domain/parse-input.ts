// Validates use-case input with its zod schema and reports every problem with its field path,
// the same way whether the input came from HTTP, the CLI or a job.
import { sep } from 'node:path';
import { ZodError, type z } from 'zod';
import { AppError } from '../errors.ts';

export interface FieldProblem {
  path: string;
  message: string;
}

export type FieldPath = ReadonlyArray<string | number>;

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = safeParseUntrusted(schema, input);
  if (result.success) return result.data;
  throw validationFailed(problemsOf(result.error.issues));
}

const WRONG_TYPE = 'A value has the wrong type: an object where text or a list was expected.';

/**
 * `schema.safeParse` for input from outside (HTTP bodies, files, stdin). zod 4 keeps running length
 * checks (.min, .max) after a type mismatch, to report more issues; on an object whose `length`
 * cannot be compared — JSON such as {"length": {"toString": "0"}} — the check itself throws a
 * TypeError. The input is wrong, not the server, so that becomes an ordinary failed parse. Only a
 * TypeError raised inside zod is caught; one from our own refinements is still a bug.
 */
export function safeParseUntrusted<S extends z.ZodType>(schema: S, input: unknown): z.ZodSafeParseResult<z.output<S>> {
  try {
    return schema.safeParse(input);
  } catch (error) {
    const topFrame = error instanceof TypeError ? error.stack?.split('\n').find((line) => line.trim().startsWith('at ')) : undefined;
    if (!topFrame?.includes(`${sep}zod${sep}`)) throw error;
    return { success: false, error: new ZodError([{ code: 'custom', path: [], message: WRONG_TYPE, input }]) as z.ZodError<z.output<S>> };
  }
}

export function problemsOf(issues: readonly z.core.$ZodIssue[], prefix: FieldPath = []): FieldProblem[] {
  return issues.map((issue) => ({ path: formatPath([...prefix, ...(issue.path as FieldPath)]), message: issue.message }));
}

/** One error carrying every problem; its message names the first so a human sees what to fix. */
export function validationFailed(problems: FieldProblem[]): AppError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  const message = first ? `${first.path || 'input'}: ${first.message}${more}` : 'The input is not valid.';
  return new AppError('validation_failed', message, problems);
}

/** ['items', 3, 'nps'] → "items[3].nps" */
export function formatPath(path: FieldPath): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
