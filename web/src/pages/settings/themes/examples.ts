// Reads a JSON Lines file of labelled examples in the browser, so mistakes are reported by line
// number before anything is sent, and checks the counts the server will insist on.
import type { LabelledExample } from '../../../api/textSettings.ts';

export const MIN_EXAMPLES = 4;
export const MIN_EXAMPLES_PER_THEME = 2;

export interface LineProblem {
  line: number;
  reason: 'json' | 'shape';
}

export interface ParsedExamples {
  examples: LabelledExample[];
  problems: LineProblem[];
}

function asExample(value: unknown): LabelledExample | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { text, themes } = value as { text?: unknown; themes?: unknown };
  if (typeof text !== 'string' || !text.trim()) return null;
  if (!Array.isArray(themes) || themes.length === 0) return null;
  if (!themes.every((theme) => typeof theme === 'string' && theme.trim())) return null;
  return { text: text.trim(), themes: [...new Set((themes as string[]).map((theme) => theme.trim()))] };
}

export function parseExamplesJsonl(content: string): ParsedExamples {
  const examples: LabelledExample[] = [];
  const problems: LineProblem[] = [];
  content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (!line) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        problems.push({ line: index + 1, reason: 'json' });
        return;
      }
      const example = asExample(value);
      if (example) examples.push(example);
      else problems.push({ line: index + 1, reason: 'shape' });
    });
  return { examples, problems };
}

export function countByTheme(examples: readonly LabelledExample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const example of examples) for (const theme of example.themes) counts[theme] = (counts[theme] ?? 0) + 1;
  return counts;
}

export type CountProblem =
  | { key: 'tooFewExamples'; count: number }
  | { key: 'tooFewThemes' }
  | { key: 'rareThemes'; themes: string[] };

/** What the server would refuse, said before uploading. */
export function checkExampleCounts(examples: readonly LabelledExample[]): CountProblem[] {
  const problems: CountProblem[] = [];
  if (examples.length < MIN_EXAMPLES) problems.push({ key: 'tooFewExamples', count: examples.length });
  const counts = countByTheme(examples);
  if (Object.keys(counts).length < 2) problems.push({ key: 'tooFewThemes' });
  const rare = Object.entries(counts)
    .filter(([, count]) => count < MIN_EXAMPLES_PER_THEME)
    .map(([theme]) => theme);
  if (rare.length) problems.push({ key: 'rareThemes', themes: rare });
  return problems;
}
