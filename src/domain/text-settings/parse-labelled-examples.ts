// Reads labelled examples from JSON Lines ({"text": "...", "themes": ["..."]} per line), naming the
// line and field of every problem, for `openvoc themes train` and uploads from the dashboard.
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { problemsOf, safeParseUntrusted, validationFailed, type FieldProblem } from '../parse-input.ts';
import type { LabelledExample } from './train-org-custom-themes.ts';

const exampleSchema = z.object({
  text: z.string().trim().min(1).max(5000),
  themes: z.array(z.string().trim().min(1).max(100)).min(1).max(20),
});

export const MAX_EXAMPLES = 100_000;

export function parseLabelledExamples(jsonl: string): LabelledExample[] {
  const examples: LabelledExample[] = [];
  const problems: FieldProblem[] = [];
  jsonl.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const lineName = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push({ path: lineName, message: 'is not valid JSON' });
      return;
    }
    const parsed = safeParseUntrusted(exampleSchema, value);
    if (parsed.success) examples.push(parsed.data);
    else problems.push(...problemsOf(parsed.error.issues).map((p) => ({ path: `${lineName}${p.path ? `, field ${p.path}` : ''}`, message: p.message })));
  });
  if (problems.length > 0) throw validationFailed(problems.slice(0, 100));
  if (examples.length === 0) throw new AppError('validation_failed', 'The file holds no examples.');
  if (examples.length > MAX_EXAMPLES) throw new AppError('validation_failed', `At most ${MAX_EXAMPLES} examples can be used.`);
  return examples;
}
