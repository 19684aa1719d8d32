// Validates use-case input with its zod schema and reports every problem with its field path,
// the same way whether the input came from HTTP, the CLI or a job.
import type { z } from 'zod';
import { AppError } from '../errors.ts';

export interface FieldProblem {
  path: string;
  message: string;
}

export type FieldPath = ReadonlyArray<string | number>;

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationFailed(problemsOf(result.error.issues));
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
