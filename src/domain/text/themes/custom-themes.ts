// Custom themes learned from an organisation's labelled examples ("openvoc themes train"):
// logistic regression over words, word pairs and character n-grams, trained with FTRL (L1 keeps
// the stored model small). Single-label data gets a softmax classifier; multi-label data gets one
// binary classifier per theme with a probability threshold chosen on a held-out slice of the
// examples themselves.

import { packInt16, packUint32, unpackInt16, unpackUint32 } from '../core/base64-arrays.ts';
import { mulberry32, shuffleInPlace } from '../core/prng.ts';
import { trainFtrl, type LinearModel } from '../ml/ftrl.ts';
import { normalizeRows, SparseRowsBuilder, type SparseRows } from '../ml/sparse.ts';
import { customFeatures, customFeaturesOfTokens, type TermCounts } from './custom-theme-features.ts';
import type { Token } from '../core/tokens.ts';
import { customThemeModelSchema, decodeEntries, encodeEntries, type CustomThemeModel, type DecodedCustomModel } from './custom-theme-model.ts';

export interface CustomThemeTrainingOptions {
  epochs?: number;
  alpha?: number;
  l1?: number;
  l2?: number;
  /** Features seen in fewer examples are ignored. */
  minCount?: number;
  /** Fixed threshold; by default 0.3 (single) or chosen on held-out examples (multi). */
  threshold?: number;
  seed?: number;
}

export interface CustomThemePrediction {
  label: string;
  probability: number;
  evidence: string[];
}

interface Prepared {
  feats: TermCounts[];
  vocab: Map<number, number>;
  idf: Float32Array;
}

function prepare(texts: string[], minCount: number): Prepared {
  const feats = texts.map(customFeatures);
  const df = new Map<number, number>();
  for (const f of feats) for (const k of f.keys) df.set(k, (df.get(k) ?? 0) + 1);
  const vocab = new Map<number, number>();
  for (const k of [...df.keys()].sort((a, b) => a - b)) if ((df.get(k) as number) >= minCount) vocab.set(k, vocab.size);
  const idf = new Float32Array(vocab.size);
  for (const [k, i] of vocab) idf[i] = Math.log((1 + texts.length) / (1 + (df.get(k) as number))) + 1;
  return { feats, vocab, idf };
}

function rowsOf(feats: TermCounts[], vocab: Map<number, number>, idf: Float32Array): SparseRows {
  const b = new SparseRowsBuilder();
  for (const f of feats) {
    const idx: number[] = [];
    const val: number[] = [];
    f.keys.forEach((k, j) => {
      const i = vocab.get(k);
      if (i === undefined) return;
      idx.push(i);
      val.push((1 + Math.log(f.counts[j] as number)) * (idf[i] as number));
    });
    b.addRow(idx, val);
  }
  const rows = b.build();
  normalizeRows(rows);
  return rows;
}

function fit(rows: SparseRows, labelSets: number[][], K: number, multi: boolean, dim: number, o: Required<Omit<CustomThemeTrainingOptions, 'threshold'>>): LinearModel[] {
  const base = { alpha: o.alpha, beta: 1, l1: o.l1, l2: o.l2, epochs: o.epochs, seed: o.seed };
  if (!multi) return [trainFtrl(rows, Int32Array.from(labelSets, (s) => s[0] as number), dim, { ...base, classes: K })];
  return Array.from({ length: K }, (_, k) => trainFtrl(rows, Int32Array.from(labelSets, (s) => (s.includes(k) ? 1 : 0)), dim, { ...base, classes: 1, seed: o.seed + k }));
}

function probabilities(models: LinearModel[], multi: boolean, idx: ArrayLike<number>, val: ArrayLike<number>, n: number, K: number): Float64Array {
  const p = new Float64Array(K);
  for (let m = 0; m < models.length; m++) {
    const model = models[m] as LinearModel;
    for (let k = 0; k < model.classes; k++) {
      let z = model.bias[k] as number;
      for (let j = 0; j < n; j++) z += (val[j] as number) * (model.weights[(idx[j] as number) * model.classes + k] as number);
      p[multi ? m : k] = z;
    }
  }
  if (multi) for (let k = 0; k < K; k++) p[k] = 1 / (1 + Math.exp(-(p[k] as number)));
  else {
    const max = Math.max(...p);
    let s = 0;
    for (let k = 0; k < K; k++) s += p[k] = Math.exp((p[k] as number) - max);
    for (let k = 0; k < K; k++) p[k] = (p[k] as number) / s;
  }
  return p;
}

/** Picks the multi-label threshold with the best micro-F1 on held-out examples. */
function chooseThreshold(texts: string[], labelSets: number[][], K: number, o: Required<Omit<CustomThemeTrainingOptions, 'threshold'>>): number {
  const order = shuffleInPlace(Array.from(texts.keys()), mulberry32(o.seed));
  const cut = Math.floor(order.length * 0.85);
  const trainIdx = order.slice(0, cut);
  const heldIdx = order.slice(cut);
  if (heldIdx.length < 20) return 0.5;
  const prep = prepare(trainIdx.map((i) => texts[i] as string), o.minCount);
  const rows = rowsOf(prep.feats, prep.vocab, prep.idf);
  const models = fit(rows, trainIdx.map((i) => labelSets[i] as number[]), K, true, prep.vocab.size, o);
  const held = rowsOf(heldIdx.map((i) => customFeatures(texts[i] as string)), prep.vocab, prep.idf);
  const probs = heldIdx.map((_, r) => probabilities(models, true, held.idx.subarray(held.offsets[r], held.offsets[r + 1]), held.val.subarray(held.offsets[r], held.offsets[r + 1]), (held.offsets[r + 1] as number) - (held.offsets[r] as number), K));
  let best = 0.5;
  let bestF1 = -1;
  for (let t = 0.1; t <= 0.71; t += 0.05) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    probs.forEach((p, r) => {
      const gold = labelSets[heldIdx[r] as number] as number[];
      const top = p.indexOf(Math.max(...p));
      for (let k = 0; k < K; k++) {
        const predicted = (p[k] as number) >= t || (k === top && (p[k] as number) >= t / 2);
        if (predicted && gold.includes(k)) tp++;
        else if (predicted) fp++;
        else if (gold.includes(k)) fn++;
      }
    });
    const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
    if (f1 > bestF1 + 1e-9) {
      bestF1 = f1;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

export function trainCustomThemes(examples: Array<{ text: string; themes: string[] }>, options: CustomThemeTrainingOptions = {}): CustomThemeModel {
  const usable = examples.filter((e) => e.text.trim() !== '' && e.themes.length > 0);
  if (usable.length === 0) throw new Error('trainCustomThemes: no example has both text and at least one theme');
  const labels = [...new Set(usable.flatMap((e) => e.themes))].sort();
  if (labels.length < 2) throw new Error('trainCustomThemes: at least two distinct themes are needed');
  const multi = usable.some((e) => e.themes.length > 1);
  const o = { epochs: options.epochs ?? 8, alpha: options.alpha ?? 2, l1: options.l1 ?? 0.5, l2: options.l2 ?? 0.0005, minCount: options.minCount ?? (usable.length >= 1000 ? 2 : 1), seed: options.seed ?? 7 };
  const K = labels.length;
  const texts = usable.map((e) => e.text);
  const labelSets = usable.map((e) => [...new Set(e.themes)].map((t) => labels.indexOf(t)));
  const threshold = options.threshold ?? (multi ? chooseThreshold(texts, labelSets, K, o) : 0.3);
  const prep = prepare(texts, o.minCount);
  const models = fit(rowsOf(prep.feats, prep.vocab, prep.idf), labelSets, K, multi, prep.vocab.size, o);
  // Sparse export: keep only features with a non-zero weight for some theme.
  const triples: Array<[number, number, number]> = [];
  const keptKeys: number[] = [];
  const keptIdf: number[] = [];
  let maxW = 0;
  for (const [key, i] of prep.vocab) {
    const before = triples.length;
    models.forEach((m, mi) => {
      for (let k = 0; k < m.classes; k++) {
        const w = m.weights[i * m.classes + k] as number;
        if (Math.abs(w) < 1e-4) continue;
        triples.push([keptKeys.length, multi ? mi : k, w]);
        maxW = Math.max(maxW, Math.abs(w));
      }
    });
    if (triples.length > before) {
      keptKeys.push(key);
      keptIdf.push(prep.idf[i] as number);
    }
  }
  const scale = maxW > 0 ? maxW / 32767 : 1;
  const idfScale = Math.max(...keptIdf, 1) / 32767;
  return customThemeModelSchema.parse({
    format: 'openvoc-custom-themes/1',
    mode: multi ? 'multi' : 'single',
    labels,
    threshold,
    bias: multi ? models.map((m) => m.bias[0] as number) : Array.from((models[0] as LinearModel).bias),
    count: keptKeys.length,
    keys: packUint32(keptKeys),
    idf: packInt16(keptIdf, idfScale),
    idfScale,
    entries: encodeEntries(triples, scale),
    scale,
    training: { examples: usable.length, vocabulary: prep.vocab.size, weights: triples.length, ...o },
  });
}

const decodedCache = new WeakMap<CustomThemeModel, DecodedCustomModel>();

export function decodeCustomThemes(model: CustomThemeModel): DecodedCustomModel {
  const hit = decodedCache.get(model);
  if (hit) return hit;
  const keys = unpackUint32(model.keys);
  const index = new Map<number, number>();
  keys.forEach((k, i) => index.set(k, i));
  const { classes, weights } = decodeEntries(model.entries, model.scale, keys.length);
  const decoded: DecodedCustomModel = {
    mode: model.mode,
    labels: model.labels,
    threshold: model.threshold,
    bias: Float64Array.from(model.bias),
    index,
    idf: unpackInt16(model.idf, model.idfScale),
    rowClasses: classes,
    rowWeights: weights,
  };
  decodedCache.set(model, decoded);
  return decoded;
}

function toProbabilities(z: Float64Array, multi: boolean): Float64Array {
  const p = new Float64Array(z.length);
  if (multi) {
    for (let k = 0; k < z.length; k++) p[k] = 1 / (1 + Math.exp(-(z[k] as number)));
    return p;
  }
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let s = 0;
  for (let k = 0; k < z.length; k++) s += p[k] = Math.exp((z[k] as number) - max);
  for (let k = 0; k < z.length; k++) p[k] = (p[k] as number) / s;
  return p;
}

/** The five words that pushed theme k up the most. */
function evidenceFor(m: DecodedCustomModel, k: number, idx: number[], val: number[], term: string[], inv: number): string[] {
  const scored: Array<[string, number]> = [];
  idx.forEach((i, j) => {
    const cls = m.rowClasses[i] as Uint16Array;
    for (let c = 0; c < cls.length; c++) {
      if (cls[c] !== k) continue;
      const v = (val[j] as number) * inv * ((m.rowWeights[i] as Float32Array)[c] as number);
      if (v > 0) scored.push([term[j] as string, v]);
    }
  });
  return scored.sort((a, b) => b[1] - a[1]).slice(0, 5).map((e) => e[0]);
}

/** Themes whose probability reaches the model's threshold (the top one always qualifies in multi mode if above half the threshold). */
export function predictCustomThemes(
  model: CustomThemeModel,
  text: string,
  all = false,
  pre?: { norm: string; tokens: Token[] },
): CustomThemePrediction[] {
  const m = decodeCustomThemes(model);
  const f = pre ? customFeaturesOfTokens(pre.norm, pre.tokens) : customFeatures(text);
  const K = m.labels.length;
  const idx: number[] = [];
  const val: number[] = [];
  const term: string[] = [];
  let norm = 0;
  f.keys.forEach((k, j) => {
    const i = m.index.get(k);
    if (i === undefined) return;
    const v = (1 + Math.log(f.counts[j] as number)) * (m.idf[i] as number);
    idx.push(i);
    val.push(v);
    term.push(f.terms[j] as string);
    norm += v * v;
  });
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const z = Float64Array.from(m.bias);
  idx.forEach((i, j) => {
    const cls = m.rowClasses[i] as Uint16Array;
    const ws = m.rowWeights[i] as Float32Array;
    const v = (val[j] as number) * inv;
    for (let c = 0; c < cls.length; c++) z[cls[c] as number] = (z[cls[c] as number] as number) + v * (ws[c] as number);
  });
  const p = toProbabilities(z, m.mode === 'multi');
  let top = 0;
  for (let k = 1; k < K; k++) if ((p[k] as number) > (p[top] as number)) top = k;
  const out: CustomThemePrediction[] = [];
  for (let k = 0; k < K; k++) {
    const pk = p[k] as number;
    const chosen = all || (m.mode === 'single' ? k === top && pk >= m.threshold : pk >= m.threshold || (k === top && pk >= m.threshold / 2));
    if (chosen) out.push({ label: m.labels[k] as string, probability: Math.round(pk * 1000) / 1000, evidence: evidenceFor(m, k, idx, val, term, inv) });
  }
  return out.sort((a, b) => b.probability - a.probability);
}
