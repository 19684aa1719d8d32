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
  // The language packs hold the sentiment lexicons; they are separate packages.
  const packs: string[] = [];
  for (const [id, key] of [['@nlpjs/lang-en-min', 'LangEn'], ['@nlpjs/lang-en', 'LangEn'], ['@nlpjs/lang-zh', 'LangZh']] as const) {
    const mod = tryRequire(require, id) as Record<string, unknown> | null;
    if (mod && mod[key] && !packs.some((p) => p.includes(key.slice(4).toLowerCase()))) {
      container.use(mod[key]);
      packs.push(id);
    }
  }
  const analyzer = new SentimentAnalyzer({ container });
  return {
    name: 'nlpjs_sentiment',
    description: packs.length
      ? `@nlpjs/sentiment with ${packs.join(', ')}`
      : '@nlpjs/sentiment as installed, without language packs (@nlpjs/lang-en / @nlpjs/lang-zh are not dependencies of this repo): it has no lexicon and scores every text 0 (neutral)',
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
