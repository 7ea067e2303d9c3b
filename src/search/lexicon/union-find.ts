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

  /** Join the groups of `a` and `b`; `allowed` may refuse, seeing both groups' members. */
  union(a: string, b: string, allowed: (left: string[], right: string[]) => boolean = () => true): boolean {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return true;
    if (!allowed(this.members(rootA), this.members(rootB))) return false;
    this.parent.set(rootB, rootA);
    return true;
  }

  members(item: string): string[] {
    const root = this.find(item);
    return [...this.parent.keys()].filter((candidate) => this.find(candidate) === root);
  }

  items(): string[] {
    return [...this.parent.keys()];
  }
}
