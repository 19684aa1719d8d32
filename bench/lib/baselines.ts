// The comparison libraries, scored the way their documentation suggests: the sign of the
// returned score is the polarity (0 → neutral).

export interface Baseline {
  name: string;
  description: string;
  langs: Array<'zh' | 'en'>;
  score(text: string, lang: 'zh' | 'en'): number | Promise<number>;
}

type Req = (id: string) => unknown;

function tryRequire(require: Req, id: string): unknown {
  try {
    return require(id);
  } catch {
    return null;
  }
}

async function nlpjs(require: Req): Promise<Baseline> {
  const { SentimentAnalyzer } = require('@nlpjs/sentiment') as { SentimentAnalyzer: new (s: unknown) => { process(i: { locale: string; text: string }): Promise<{ sentiment: { score: number } }> } };
  const { containerBootstrap } = require('@nlpjs/core') as { containerBootstrap: () => { use(p: unknown): void } };
  const container = containerBootstrap();
  // The lexicons live in the language packs. Only the full @nlpjs/lang-en has one (SentiCon);
  // @nlpjs/lang-en-min registers an empty one and @nlpjs/lang-zh none at all, so nlp.js scores
  // every Chinese text 0 — it has no Chinese sentiment, which is what a TypeScript user gets.
  const packs: string[] = [];
  for (const [id, key] of [['@nlpjs/lang-en', 'LangEn'], ['@nlpjs/lang-zh', 'LangZh']] as const) {
    const mod = tryRequire(require, id) as Record<string, unknown> | null;
    if (mod?.[key]) {
      container.use(mod[key]);
      packs.push(id);
    }
  }
  const analyzer = new SentimentAnalyzer({ container });
  return {
    name: 'nlpjs_sentiment',
    description: `@nlpjs/sentiment with ${packs.join(', ') || 'no language pack'} (English: SentiCon lexicon; Chinese: no lexicon in nlp.js, scores 0)`,
    langs: ['zh', 'en'],
    score: async (text, lang) => (await analyzer.process({ locale: lang, text })).sentiment.score,
  };
}

function afinn(require: Req): Baseline {
  const Sentiment = require('sentiment') as new () => { analyze(t: string): { score: number } };
  const s = new Sentiment();
  return { name: 'afinn_sentiment', description: '`sentiment` (AFINN-165 word list, English)', langs: ['en'], score: (text) => s.analyze(text).score };
}

export async function loadBaselines(require: Req): Promise<Baseline[]> {
  return [await nlpjs(require), afinn(require)];
}
