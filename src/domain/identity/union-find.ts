// Disjoint sets over string nodes: items that share an identifier, directly or through others, end up in one set.
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(node: string): string {
    let root = node;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root)) root = next;
    if (!this.parent.has(node)) this.parent.set(node, node);
    // Path compression keeps later finds flat.
    for (let current = node; current !== root; ) {
      const next = this.parent.get(current)!;
      this.parent.set(current, root);
      current = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent.set(rootB, rootA);
  }
}
