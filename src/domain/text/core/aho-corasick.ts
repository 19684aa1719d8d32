// Aho–Corasick automaton: finds every occurrence of thousands of terms in one pass over the
// text, so theme and channel matching cost the same whether an organisation has 15 themes or
// 500. Latin-script terms must sit on word boundaries ("app" does not match "happy") unless
// they end in "*" ("refund*" matches "refunds", "refunded").

import { isLatinLetter, isDigit } from './normalize.ts';

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Indexes into `patterns` that end at this node (own and inherited through fail links). */
  out: number[];
}

interface Pattern<T> {
  value: T;
  length: number;
  /** Check a word boundary before / after the match (Latin-script terms). */
  boundaryStart: boolean;
  boundaryEnd: boolean;
}

function isWordCode(c: number): boolean {
  return isLatinLetter(c) || isDigit(c);
}

export class AhoCorasick<T> {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  private readonly patterns: Array<Pattern<T>> = [];
  /** Transitions out of the root by UTF-16 code unit (+1; 0 = none): most characters of a text
   * start no term, and this makes skipping them one array read instead of a map lookup. */
  private readonly rootNext = new Int32Array(65536);
  private built = false;

  /** Adds a term (already normalised: lower case, half-width). */
  add(term: string, value: T): void {
    if (this.built) throw new Error('AhoCorasick: add() after build()');
    let prefix = false;
    if (term.endsWith('*')) {
      prefix = true;
      term = term.slice(0, -1);
    }
    if (term.length === 0) return;
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      let nxt = this.nodes[node]?.next.get(c);
      if (nxt === undefined) {
        nxt = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[node]?.next.set(c, nxt);
      }
      node = nxt;
    }
    const latinStart = isWordCode(term.charCodeAt(0));
    const latinEnd = isWordCode(term.charCodeAt(term.length - 1));
    this.patterns.push({ value, length: term.length, boundaryStart: latinStart, boundaryEnd: latinEnd && !prefix });
    this.nodes[node]?.out.push(this.patterns.length - 1);
  }

  build(): this {
    const queue: number[] = [];
    const root = this.nodes[0] as Node;
    for (const [c, child] of root.next) this.rootNext[c] = child + 1;
    for (const child of root.next.values()) queue.push(child);
    for (let qi = 0; qi < queue.length; qi++) {
      const id = queue[qi] as number;
      const node = this.nodes[id] as Node;
      for (const [c, child] of node.next) {
        let f = node.fail;
        while (f !== 0 && !(this.nodes[f] as Node).next.has(c)) f = (this.nodes[f] as Node).fail;
        const target = (this.nodes[f] as Node).next.get(c);
        const childNode = this.nodes[child] as Node;
        childNode.fail = target !== undefined && target !== child ? target : 0;
        childNode.out.push(...(this.nodes[childNode.fail] as Node).out);
        queue.push(child);
      }
    }
    this.built = true;
    return this;
  }

  /** Calls `hit(value, start, end)` for every match in `text` (normalised). */
  scan(text: string, hit: (value: T, start: number, end: number) => void): void {
    if (!this.built) this.build();
    const nodes = this.nodes;
    const rootNext = this.rootNext;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (state === 0) {
        state = (rootNext[c] as number) - 1;
        if (state < 0) {
          state = 0;
          continue;
        }
      } else {
        let node = nodes[state] as Node;
        let nxt = node.next.get(c);
        while (nxt === undefined && state !== 0) {
          state = node.fail;
          node = nodes[state] as Node;
          nxt = state === 0 ? (rootNext[c] as number) - 1 : node.next.get(c);
          if (nxt === -1) nxt = undefined;
        }
        state = nxt ?? 0;
      }
      const out = (nodes[state] as Node).out;
      for (let k = 0; k < out.length; k++) {
        const p = this.patterns[out[k] as number] as Pattern<T>;
        const start = i + 1 - p.length;
        if (p.boundaryStart && start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
        if (p.boundaryEnd && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) continue;
        hit(p.value, start, i + 1);
      }
    }
  }

  get size(): number {
    return this.patterns.length;
  }
}
