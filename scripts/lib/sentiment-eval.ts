// Scores labelled items through the engine's real sentiment path (rules included) and reports
// accuracy, macro-F1 and, for two-class files, polarity accuracy (sign of the score).

import { detectLang } from '../../src/domain/text/core/lang.ts';
import { scoreSentiment } from '../../src/domain/text/sentiment/score-sentiment.ts';
import type { PreparedDoc } from './sentiment-dataset.ts';

export interface Metrics {
  n: number;
  accuracy: number;
  macro_f1: number;
}

export function metrics(gold: string[], pred: string[], labels: string[]): Metrics {
  let ok = 0;
  const f1s: number[] = [];
  for (let i = 0; i < gold.length; i++) if (gold[i] === pred[i]) ok++;
  for (const l of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === l && gold[i] === l) tp++;
      else if (pred[i] === l) fp++;
      else if (gold[i] === l) fn++;
    }
    f1s.push(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  }
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return { n: gold.length, accuracy: round(ok / gold.length), macro_f1: round(f1s.reduce((a, b) => a + b, 0) / f1s.length) };
}

/** Two-class files are scored by polarity (score > 0 → positive), three-class ones by label. */
export function evaluate(docs: PreparedDoc[], labels: string[], forceLang?: 'zh' | 'en'): Metrics {
  const gold: string[] = [];
  const pred: string[] = [];
  for (const d of docs) {
    const r = scoreSentiment(d.norm, d.norm, d.tokens, forceLang ?? detectLang(d.norm));
    gold.push(labels[d.label] as string);
    if (labels.length === 2) pred.push(r.score > 0 ? 'positive' : r.score < 0 ? 'negative' : 'neutral');
    else pred.push(r.label);
  }
  return metrics(gold, pred, labels);
}
