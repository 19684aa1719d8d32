// Reading the labelled JSONL files of ../shared/data (training scripts and the benchmark only;
// nothing under src/ reads them).

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/data');

export interface LabelledItem {
  id: string;
  text: string;
  lang: string;
  label?: string;
  domain?: string;
  themes?: string[];
}

export function readJsonl(relPath: string): LabelledItem[] {
  const raw = readFileSync(resolve(DATA_DIR, relPath), 'utf8');
  return raw
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledItem);
}
