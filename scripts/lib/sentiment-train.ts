// One training run of a sentiment model: hash features, build the vocabulary, fit FTRL logistic
// regression, prune, and package the result in the shipped file format.

import type { ClauseWeights } from '../../src/domain/text/sentiment/clauses.ts';
import { KEY_LENGTH, KEY_LEX_NEG, KEY_LEX_POS, KEY_QUESTION, type FeatureConfig } from '../../src/domain/text/sentiment/features.ts';
import { encodeModel, type SentimentModelFile } from '../../src/domain/text/sentiment/model-file.ts';
import { trainFtrl, type FtrlOptions } from '../../src/domain/text/ml/ftrl.ts';
import { naiveBayesRatios, scaleRows } from '../../src/domain/text/ml/nb-ratio.ts';
import { buildVocab, hashDocs, toRows, type PreparedDoc } from './sentiment-dataset.ts';

export interface TrainConfig {
  lang: 'zh' | 'en';
  labels: string[];
  features: FeatureConfig;
  clauseWeights: ClauseWeights;
  ftrl: Omit<FtrlOptions, 'classes' | 'rowWeights' | 'unregularized'>;
  minCount: number;
  /** Weight rows so each class contributes equally (removes the training set's class prior). */
  balanceClasses: boolean;
  /** Two-class models: NB log-count-ratio scaling with this smoothing (NBSVM); absent = none. */
  nbSmoothing?: number;
  /** Weights with smaller magnitude are dropped from the shipped file. */
  prune: number;
  neutralLogit?: number;
}

const DENSE_KEYS = [KEY_LEX_POS, KEY_LEX_NEG, KEY_QUESTION, KEY_LENGTH];

export function trainSentiment(docs: PreparedDoc[], cfg: TrainConfig, training: Record<string, unknown>): SentimentModelFile {
  const hashed = hashDocs(docs, cfg.clauseWeights, cfg.features);
  const vocab = buildVocab(hashed, cfg.minCount, DENSE_KEYS);
  const rows = toRows(hashed, vocab);
  const labels = Int32Array.from(docs.map((d) => d.label));
  const K = cfg.labels.length === 2 ? 1 : cfg.labels.length;
  let rowWeights: Float32Array | undefined;
  if (cfg.balanceClasses) {
    const counts = new Array<number>(cfg.labels.length).fill(0);
    for (const l of labels) counts[l] = (counts[l] ?? 0) + 1;
    rowWeights = Float32Array.from(labels, (l) => docs.length / (cfg.labels.length * (counts[l] ?? 1)));
  }
  const ratios = cfg.nbSmoothing && K === 1 ? naiveBayesRatios(rows, labels, vocab.size, cfg.nbSmoothing, DENSE_KEYS.length) : null;
  if (ratios) scaleRows(rows, ratios);
  const model = trainFtrl(rows, labels, vocab.size, { ...cfg.ftrl, classes: K, rowWeights, unregularized: DENSE_KEYS.length });
  // Folded back so the shipped weights apply to unscaled features.
  if (ratios) for (let i = 0; i < vocab.size; i++) model.weights[i] = (model.weights[i] as number) * (ratios[i] as number);
  const keys: number[] = [];
  const weights: number[] = [];
  for (const [key, idx] of vocab) {
    let keep = false;
    for (let k = 0; k < K; k++) if (Math.abs(model.weights[idx * K + k] as number) >= cfg.prune) keep = true;
    if (!keep) continue;
    keys.push(key);
    for (let k = 0; k < K; k++) weights.push(model.weights[idx * K + k] as number);
  }
  return encodeModel(
    {
      lang: cfg.lang,
      classes: (K === 1 ? ['negative', 'positive'] : ['negative', 'neutral', 'positive']) as SentimentModelFile['classes'],
      features: cfg.features,
      clauseWeights: cfg.clauseWeights,
      ...(cfg.neutralLogit !== undefined ? { neutralLogit: cfg.neutralLogit } : {}),
      bias: Array.from(model.bias),
      training: { ...training, vocabulary: vocab.size, kept: keys.length, ftrl: cfg.ftrl, minCount: cfg.minCount, balanceClasses: cfg.balanceClasses, prune: cfg.prune, ...(ratios ? { nbSmoothing: cfg.nbSmoothing } : {}) },
    },
    Uint32Array.from(keys),
    Float32Array.from(weights),
  );
}
