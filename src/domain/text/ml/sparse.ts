// Compressed sparse rows: a whole training set in four typed arrays, so that training on
// ~50,000 documents does not create millions of small objects.

export interface SparseRows {
  /** rows + 1 offsets into idx/val. */
  offsets: Int32Array;
  idx: Int32Array;
  val: Float32Array;
  rows: number;
}

export class SparseRowsBuilder {
  private offsets: number[] = [0];
  private idx: number[] = [];
  private val: number[] = [];

  addRow(indices: ArrayLike<number>, values: ArrayLike<number>, count = indices.length): void {
    for (let i = 0; i < count; i++) {
      this.idx.push(indices[i] as number);
      this.val.push(values[i] as number);
    }
    this.offsets.push(this.idx.length);
  }

  build(): SparseRows {
    return {
      offsets: Int32Array.from(this.offsets),
      idx: Int32Array.from(this.idx),
      val: Float32Array.from(this.val),
      rows: this.offsets.length - 1,
    };
  }
}

/** Scales each row to unit L2 norm (used by the custom-theme classifier). */
export function normalizeRows(rows: SparseRows): void {
  for (let r = 0; r < rows.rows; r++) {
    let s = 0;
    for (let j = rows.offsets[r] as number; j < (rows.offsets[r + 1] as number); j++) s += (rows.val[j] as number) ** 2;
    if (s === 0) continue;
    const inv = 1 / Math.sqrt(s);
    for (let j = rows.offsets[r] as number; j < (rows.offsets[r + 1] as number); j++) rows.val[j] = (rows.val[j] as number) * inv;
  }
}
