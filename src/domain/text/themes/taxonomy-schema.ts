// The theme taxonomy an admin edits (JSON). Terms are literal words or phrases (a trailing "*"
// on an English term matches any ending: "refund*"); patterns are regular expressions for what
// terms cannot say ("等了\d+个?小时"). A pattern that does not compile is rejected with the
// theme, the pattern and the engine's message, rather than failing later at ingest.

import { z } from 'zod';

function regexError(source: string): string | null {
  try {
    new RegExp(source, 'iu');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export const patternSchema = z.string().min(1).max(500).superRefine((source, ctx) => {
  const error = regexError(source);
  if (error) ctx.addIssue({ code: 'custom', message: `invalid regular expression /${source}/: ${error}` });
});

export const themeSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'theme id: lower-case letters, digits, "_", "-", "." (max 64)'),
  label_en: z.string().min(1).max(200),
  label_zh: z.string().min(1).max(200),
  terms_zh: z.array(z.string().trim().min(1).max(100)).max(2000).default([]),
  terms_en: z.array(z.string().trim().min(1).max(100)).max(2000).default([]),
  patterns: z.array(patternSchema).max(200).default([]),
});

export const taxonomySchema = z
  .object({
    version: z.number().int().nonnegative().default(1),
    themes: z.array(themeSchema).max(1000),
  })
  .superRefine((tax, ctx) => {
    const seen = new Set<string>();
    tax.themes.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['themes', i, 'id'], message: `duplicate theme id "${t.id}"` });
      seen.add(t.id);
    });
  });

export type Theme = z.infer<typeof themeSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
