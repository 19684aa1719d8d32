// Benchmark of the text engine: sentiment accuracy / macro-F1 on every evaluation-only file of
// ../shared/data/sentiment, custom-theme accuracy / macro-F1 on ../shared/data/themes (train on
// *-train, score on *-test), and single-core throughput, side by side with @nlpjs/sentiment and
// `sentiment` (AFINN). Prints exactly one JSON object on stdout (progress goes to stderr).
//
//   npx tsx bench/text.ts            everything
//   npx tsx bench/text.ts --quick    a spread sample: 2,000 items per sentiment file, 1,000 per
//                                    theme test file, throughput on 5,000 items
//   npx tsx bench/text.ts --sections=throughput,themes   only some sections

import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeText, warmUp, trainCustomThemes, predictCustomThemes, ANALYSIS_VERSION } from '../src/domain/text/index.ts';
import { DATA_DIR, readJsonl, type LabelledItem } from '../scripts/lib/jsonl.ts';
import { metrics } from '../scripts/lib/sentiment-eval.ts';
import { multiLabelF1 } from './lib/theme-metrics.ts';
import { loadBaselines, type Baseline } from './lib/baselines.ts';

const quick = process.argv.includes('--quick');
const sectionsArg = process.argv.find((a) => a.startsWith('--sections='));
const sections = new Set((sectionsArg ? sectionsArg.slice('--sections='.length) : 'sentiment,themes,throughput').split(','));

/** Every k-th item, so a quick run still covers all classes of a file sorted by label. */
function sample<T>(items: T[], n: number): T[] {
  if (!quick || items.length <= n) return items;
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)] as T);
}
const log = (msg: string): void => void process.stderr.write(`${msg}\n`);
const require = createRequire(import.meta.url);

function polarity(score: number): string {
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
}

async function sentimentSection(baselines: Baseline[]): Promise<Record<string, unknown>> {
  const files = readdirSync(resolve(DATA_DIR, 'sentiment')).filter((f) => f.includes('-test')).sort();
  const out: Record<string, unknown> = {};
  for (const file of files) {
    const items = sample(readJsonl(`sentiment/${file}`), 2000);
    const labels = [...new Set(items.map((i) => i.label as string))].sort();
    const twoClass = labels.length === 2;
    const gold = items.map((i) => i.label as string);
    // Two-class files: the polarity of the score decides (a neutral prediction counts as wrong
    // only when the score is exactly 0); three-class files: the label.
    const ours = items.map((i) => {
      const a = analyzeText({ text: i.text });
      return twoClass ? polarity(a.sentiment.score) : a.sentiment.label;
    });
    const row: Record<string, unknown> = { n: items.length, classes: labels, scoring: twoClass ? 'polarity of score' : 'label', openvoc: metrics(gold, ours, labels) };
    for (const b of baselines) {
      const lang = (items[0] as LabelledItem).lang as 'zh' | 'en';
      if (!b.langs.includes(lang)) {
        row[b.name] = null;
        continue;
      }
      const preds: string[] = [];
      for (const i of items) {
        const s = await b.score(i.text, lang);
        preds.push(twoClass ? polarity(s) : polarity(s));
      }
      row[b.name] = metrics(gold, preds, labels);
    }
    log(`sentiment ${file}: ${JSON.stringify(row)}`);
    out[file.replace('.jsonl', '')] = row;
  }
  return out;
}

function themesSection(): Record<string, unknown> {
  const files = readdirSync(resolve(DATA_DIR, 'themes')).filter((f) => f.endsWith('-train.jsonl')).sort();
  const out: Record<string, unknown> = {};
  for (const trainFile of files) {
    const name = trainFile.replace('-train.jsonl', '');
    const train = readJsonl(`themes/${trainFile}`).map((i) => ({ text: i.text, themes: i.themes ?? [] }));
    const test = sample(readJsonl(`themes/${name}-test.jsonl`), 1000).map((i) => ({ text: i.text, themes: i.themes ?? [] }));
    const t0 = performance.now();
    const model = trainCustomThemes(train);
    const trainSeconds = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const predicted = test.map((i) => predictCustomThemes(model, i.text));
    const top1 = test.map((i) => predictCustomThemes(model, i.text, true)[0]?.label ?? '');
    const perItemMs = (performance.now() - t1) / test.length / 2;
    const labels = model.labels;
    const accuracy = top1.filter((p, k) => (test[k] as { themes: string[] }).themes.includes(p)).length / test.length;
    const row: Record<string, unknown> = {
      train: train.length,
      test: test.length,
      themes: labels.length,
      mode: model.mode,
      accuracy: Math.round(accuracy * 10000) / 10000,
      macro_f1:
        model.mode === 'single'
          ? metrics(test.map((i) => i.themes[0] as string), top1, labels).macro_f1
          : multiLabelF1(test.map((i) => i.themes), predicted.map((p) => p.map((x) => x.label)), labels).macro_f1,
      ...(model.mode === 'multi' ? { multi_label: multiLabelF1(test.map((i) => i.themes), predicted.map((p) => p.map((x) => x.label)), labels) } : {}),
      train_seconds: Math.round(trainSeconds * 10) / 10,
      model_bytes: JSON.stringify(model).length,
      predict_ms_per_item: Math.round(perItemMs * 1000) / 1000,
    };
    log(`themes ${name}: ${JSON.stringify(row)}`);
    out[name] = row;
  }
  return out;
}

/** 100-character items built from the dev files (never the test files). */
function throughputItems(): Record<'zh' | 'en', string[]> {
  const build = (file: string, joiner: string): string[] => {
    const texts = readJsonl(file).map((i) => i.text.replace(/\s+/g, ' '));
    const out: string[] = [];
    let cur = '';
    for (const t of texts) {
      cur = cur ? cur + joiner + t : t;
      while (cur.length >= 100) {
        out.push(cur.slice(0, 100));
        cur = cur.slice(100);
      }
    }
    return out;
  };
  return { zh: build('sentiment/zh-dev.jsonl', '。'), en: build('sentiment/en-dev.jsonl', ' ') };
}

async function throughputSection(baselines: Baseline[]): Promise<Record<string, unknown>> {
  const items = throughputItems();
  const out: Record<string, unknown> = { item_chars: 100, single_core: true };
  const n = quick ? 5000 : 30000;
  for (const lang of ['zh', 'en'] as const) {
    const pool = items[lang];
    const run = async (fn: (t: string) => unknown | Promise<unknown>): Promise<number> => {
      for (let i = 0; i < 2000; i++) await fn(pool[i % pool.length] as string); // warm-up
      const t0 = performance.now();
      for (let i = 0; i < n; i++) await fn(pool[i % pool.length] as string);
      return Math.round(n / ((performance.now() - t0) / 1000));
    };
    const row: Record<string, unknown> = { openvoc_full_analysis: await run((t) => analyzeText({ text: t })) };
    for (const b of baselines) row[b.name] = b.langs.includes(lang) ? await run((t) => b.score(t, lang)) : null;
    log(`throughput ${lang}: ${JSON.stringify(row)} items/s`);
    out[lang] = row;
  }
  return out;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  warmUp();
  const baselines = await loadBaselines(require);
  const result = {
    benchmark: 'text-analytics',
    analysis_version: ANALYSIS_VERSION,
    node: process.version,
    quick,
    baselines: Object.fromEntries(baselines.map((b) => [b.name, b.description])),
    sentiment: sections.has('sentiment') ? await sentimentSection(baselines) : null,
    custom_themes: sections.has('themes') ? themesSection() : null,
    throughput_items_per_second: sections.has('throughput') ? await throughputSection(baselines) : null,
    seconds: 0,
  };
  result.seconds = Math.round((performance.now() - t0) / 100) / 10;
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

await main();
