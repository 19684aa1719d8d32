// Open-addressing hash table from a 32-bit feature hash to K weights (K = 1 or 3), sized to stay
// small: each slot is K + 1 int16 values, a 16-bit fingerprint of the key followed by the
// quantised weights. With ~80k features the whole table is ~0.5 MB, so lookups after jieba has
// walked its multi-megabyte dictionary mostly hit the CPU cache instead of main memory.
// The slot index comes from the low bits of the hash and the fingerprint from the high bits, so
// an unseen word matches a stored one only with probability ~1/65535 per probe (and then gets a
// small, arbitrary weight) instead of always borrowing a bucket's weight as plain hashing does.

export class FeatureTable {
  readonly classes: number;
  /** Slot stride in int16 units: 1 fingerprint + `classes` weights. */
  readonly stride: number;
  /** Weight of quantisation step 1. */
  readonly scale: number;
  private readonly mask: number;
  /** [fingerprint, w0, (w1, w2)] per slot; weight k of a slot found at `at` is slots[at + 1 + k] * scale. */
  readonly slots: Int16Array;
  size = 0;

  constructor(capacityHint: number, classes: number, maxAbsWeight: number) {
    let cap = 16;
    // Load factor up to 2/3: linear probing stays short.
    while (cap * 2 < capacityHint * 3) cap <<= 1;
    this.mask = cap - 1;
    this.classes = classes;
    this.stride = classes + 1;
    this.scale = maxAbsWeight > 0 ? maxAbsWeight / 32767 : 1;
    this.slots = new Int16Array(cap * this.stride);
  }

  /** Fingerprint 0 marks an empty slot. */
  private static fingerprint(key: number): number {
    const f = (key >>> 16) << 16 >> 16; // high 16 bits as a signed int16
    return f === 0 ? 1 : f;
  }

  /** Offset of the slot of `key` in `slots` (weights start at +1), or -1. */
  find(key: number): number {
    const f = FeatureTable.fingerprint(key);
    const stride = this.stride;
    const slots = this.slots;
    let i = key & this.mask;
    for (;;) {
      const at = i * stride;
      const s = slots[at] as number;
      if (s === f) return at;
      if (s === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  set(key: number, weights: ArrayLike<number>): void {
    const f = FeatureTable.fingerprint(key);
    let i = key & this.mask;
    while (this.slots[i * this.stride] !== 0 && this.slots[i * this.stride] !== f) i = (i + 1) & this.mask;
    const at = i * this.stride;
    if (this.slots[at] === 0) {
      this.slots[at] = f;
      this.size++;
    }
    for (let c = 0; c < this.classes; c++) {
      this.slots[at + 1 + c] = Math.max(-32767, Math.min(32767, Math.round((weights[c] ?? 0) / this.scale)));
    }
  }

  /** Weight k of the slot at `at` (as returned by find). */
  weight(at: number, k: number): number {
    return (this.slots[at + 1 + k] as number) * this.scale;
  }
}
