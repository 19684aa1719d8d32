// Open-addressing hash table from a 32-bit feature hash to K float weights (K = 1 or 3). Keys
// and weights share one buffer ([key, w0, ..] per slot), so a lookup touches one cache line:
// with ~100k features the table is larger than the CPU cache and lookups dominate scoring time.
// Lookups compare the full 32-bit key, so a word never seen in training gets no weight instead
// of borrowing the weight of whatever shared its bucket (the usual failure of hashing tricks).

export class FeatureTable {
  readonly classes: number;
  /** Slot stride in 32-bit words: 1 key + `classes` weights. */
  readonly stride: number;
  private readonly mask: number;
  private readonly keys: Uint32Array;
  /** Same buffer as `keys`; weight k of a slot is values[slot * stride + 1 + k]. */
  readonly values: Float32Array;
  size = 0;

  constructor(capacityHint: number, classes: number) {
    let cap = 16;
    // Load factor up to 2/3: linear probing stays short, and a smaller table stays in cache.
    while (cap * 2 < capacityHint * 3) cap <<= 1;
    this.mask = cap - 1;
    this.classes = classes;
    this.stride = classes + 1;
    const buffer = new ArrayBuffer(cap * this.stride * 4);
    this.keys = new Uint32Array(buffer);
    this.values = new Float32Array(buffer);
  }

  /** Key 0 marks an empty slot, so a real key 0 is stored as 1 (a collision at worst). */
  private static stored(key: number): number {
    return key === 0 ? 1 : key >>> 0;
  }

  /** Offset of the slot of `key` in `values` (weights start at +1), or -1. */
  find(key: number): number {
    const k = key === 0 ? 1 : key >>> 0;
    const stride = this.stride;
    let i = (k ^ (k >>> 15)) & this.mask;
    for (;;) {
      const at = i * stride;
      const s = this.keys[at] as number;
      if (s === k) return at;
      if (s === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  set(key: number, weights: ArrayLike<number>): void {
    const k = FeatureTable.stored(key);
    let i = (k ^ (k >>> 15)) & this.mask;
    while (this.keys[i * this.stride] !== 0 && this.keys[i * this.stride] !== k) i = (i + 1) & this.mask;
    const at = i * this.stride;
    if (this.keys[at] === 0) {
      this.keys[at] = k;
      this.size++;
    }
    for (let c = 0; c < this.classes; c++) this.values[at + 1 + c] = weights[c] ?? 0;
  }
}
