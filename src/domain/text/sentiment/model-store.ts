// Loads the shipped sentiment models once, on first use, from the repository's models/ folder
// (resolved from this file, so it works from any working directory; nothing is downloaded).

import { readFileSync } from 'node:fs';
import { decodeModel, sentimentModelFileSchema, type SentimentModel } from './model-file.ts';

const MODELS_DIR = new URL('../../../../models/', import.meta.url);
const cache = new Map<'zh' | 'en', SentimentModel>();

export function modelPath(lang: 'zh' | 'en'): URL {
  return new URL(`sentiment-${lang}.json`, MODELS_DIR);
}

export function loadSentimentModel(lang: 'zh' | 'en'): SentimentModel {
  const hit = cache.get(lang);
  if (hit) return hit;
  const file = sentimentModelFileSchema.parse(JSON.parse(readFileSync(modelPath(lang), 'utf8')));
  const model = decodeModel(file);
  cache.set(lang, model);
  return model;
}

/** Replaces a cached model (training scripts evaluate candidates without writing files). */
export function setSentimentModel(lang: 'zh' | 'en', model: SentimentModel): void {
  cache.set(lang, model);
}
