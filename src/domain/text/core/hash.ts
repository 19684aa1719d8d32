// Feature hashing: a 32-bit FNV-1a over UTF-16 code units, finished with murmur3's fmix32 so
// that short strings (most features are 1–3 characters) still spread over all bits. The model
// files store these hashes, so this function must never change without retraining.

const FNV_PRIME = 0x01000193;
export const SEED_WORD = 0x811c9dc5;

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Raw (unmixed) FNV-1a state of s[start, end), continuing from `seed`. */
export function fnvRange(s: string, start: number, end: number, seed: number): number {
  let h = seed;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

export function hashString(s: string, seed: number = SEED_WORD): number {
  return fmix32(fnvRange(s, 0, s.length, seed));
}

/** Hash of a substring without allocating it. */
export function hashSlice(s: string, start: number, end: number, seed: number): number {
  return fmix32(fnvRange(s, start, end, seed));
}

/** Order-dependent combination of two hashes (used for bigrams and feature kinds). */
export function combineHash(a: number, b: number): number {
  return fmix32((Math.imul(a, 31) ^ b) + 0x9e3779b9);
}

/** Seed derived from a feature-kind name, so that e.g. "neg:好" and "好" never share a hash. */
export function kindSeed(kind: string): number {
  return fnvRange(kind, 0, kind.length, SEED_WORD) >>> 0;
}
