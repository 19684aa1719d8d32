// The logic of `openvoc analyze`: JSONL items {id, text, channel?} in, one JSONL result per line
// out, in input order. A bad line produces an error line and processing continues, so one
// malformed record never loses the rest of a file.

import { createInterface } from 'node:readline';
import { z } from 'zod';
import { analyzeText, type AnalyzeOptions } from './analyze-text.ts';

const itemSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  channel: z.string().nullable().optional(),
});

function writeLine(output: NodeJS.WritableStream, value: unknown): Promise<void> | void {
  const ok = output.write(`${JSON.stringify(value)}\n`);
  if (!ok) return new Promise((resolve) => output.once('drain', () => resolve()));
}

export async function runAnalyzeStream(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: AnalyzeOptions = {},
): Promise<{ lines: number; errors: number }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let lines = 0;
  let errors = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = raw.trim();
    if (line === '') continue;
    lines++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      errors++;
      await writeLine(output, { line: lineNo, error: { code: 'invalid_json', message: e instanceof Error ? e.message : String(e) } });
      continue;
    }
    const item = itemSchema.safeParse(parsed);
    if (!item.success) {
      errors++;
      const message = item.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      await writeLine(output, { line: lineNo, error: { code: 'invalid_item', message } });
      continue;
    }
    const a = analyzeText({ text: item.data.text, channel: item.data.channel ?? null }, options);
    await writeLine(output, {
      id: item.data.id ?? null,
      lang: a.lang,
      sentiment: { label: a.sentiment.label, score: a.sentiment.score },
      themes: a.themes.map((t) => ({ id: t.id, label: t.label_en })),
      mentioned_channels: a.mentioned_channels,
      breakpoint: a.breakpoint ? { from: a.breakpoint.from, to: a.breakpoint.to } : null,
      explanation: a.explanation,
    });
  }
  return { lines, errors };
}
