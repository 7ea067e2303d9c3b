/** Disjoint sets over strings: which forms of the report are one word. */
export class Groups {
  private readonly parent = new Map<string, string>();

  add(item: string): void {
    if (!this.parent.has(item)) this.parent.set(item, item);
  }

  find(item: string): string {
    this.add(item);
    let root = item;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression: later finds are direct.
    let current = item;
    while (current !== root) {
      const next = this.parent.get(current)!;
      this.parent.set(current, root);
      current = next;
    }
    return root;
  }

  /** Whether `a` and `b` are in one group. */
  same(a: string, b: string): boolean {
    return this.parent.has(a) && this.parent.has(b) && this.find(a) === this.find(b);
  }

  /** Join the groups of `a` and `b` unless `apart` names a pair that would then share a group. */
  union(a: string, b: string, apart: [string, string][] = []): boolean {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return true;
    const across = (x: string, y: string) => this.same(x, rootA) && this.same(y, rootB);
    if (apart.some(([x, y]) => across(x, y) || across(y, x))) return false;
    this.parent.set(rootB, rootA);
    return true;
  }
}
