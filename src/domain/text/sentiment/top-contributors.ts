// Keeps the k features that moved the score most (by absolute contribution), without sorting
// every feature of the item: explanations name these words.

export class TopContributors {
  readonly size: number;
  n = 0;
  readonly value = new Float64Array(16);
  readonly index = new Int32Array(16);

  constructor(size: number) {
    this.size = Math.min(size, 16);
  }

  reset(): void {
    this.n = 0;
  }

  offer(value: number, index: number): void {
    const mag = Math.abs(value);
    if (this.n === this.size && mag <= Math.abs(this.value[this.n - 1] as number)) return;
    let i = this.n < this.size ? this.n++ : this.n - 1;
    while (i > 0 && Math.abs(this.value[i - 1] as number) < mag) {
      this.value[i] = this.value[i - 1] as number;
      this.index[i] = this.index[i - 1] as number;
      i--;
    }
    this.value[i] = value;
    this.index[i] = index;
  }
}
