// SPDX-License-Identifier: Apache-2.0
// Moving what an analysis computed to where its text went after an edit: every offset (`start` / `end`
// numbers of an object) at or after `at` is moved by `delta`, in place, and every object that has a
// replacement (a template's resource, read again from the new text) is swapped for it where it is held.
// Used by the editor's reuse of CloudFormation model parts and rule results across keystrokes
// (service/cfn-reuse.ts): what it moves is the last keystroke's analysis, which nothing reads once the
// new one is made (the service keeps one analysis per document, the judge only the last keystroke's
// work), as tf-reuse.ts moves the Terraform model's copied spans. Moving in place rather than copying
// what moves saves a keystroke the allocation and collection of ~3,500 objects (docs/performance.md).
//
// Each object is walked once per edit (`seen`): what is shared is moved once, and a cycle ends. Objects
// are walked with `for...in` when plain (no keys array).

export class OffsetShift {
  private readonly seen = new Set<object>();

  /**
   * @param replacements objects that have an equivalent already moved (a template's resources, in the
   *   template read from the new text): put where the old ones were held, and not walked
   */
  constructor(
    readonly at: number,
    readonly delta: number,
    private readonly replacements: ReadonlyMap<object, object> = new Map(),
  ) {}

  /** `value`, moved (the same object, changed, unless it is itself replaced). */
  apply<T>(value: T): T {
    if (typeof value !== 'object' || value === null) return value;
    const obj = value as unknown as object;
    const replaced = this.replacements.get(obj);
    if (replaced) return replaced as T;
    if (this.delta === 0 || this.seen.has(obj)) return value;
    this.seen.add(obj);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v = value[i] as unknown;
        if (typeof v === 'object' && v !== null) {
          const s = this.apply(v);
          if (s !== v) value[i] = s;
        }
      }
    } else if (value instanceof Map) {
      for (const [k, v] of value as Map<unknown, unknown>) {
        const s = this.apply(v);
        if (s !== v) value.set(k, s);
      }
    } else if (value instanceof Set) {
      const items = [...(value as Set<unknown>)];
      const moved = items.map((v) => this.apply(v));
      // A replaced item: the set is filled again in the same order.
      if (moved.some((s, i) => s !== items[i])) {
        value.clear();
        for (const s of moved) value.add(s);
      }
    } else {
      const o = value as unknown as Record<string, unknown>;
      // Most of what is moved are plain objects (attributes, refs, spans): their keys without a keys array.
      if (Object.getPrototypeOf(o) === Object.prototype) {
        for (const k in o) this.field(o, k);
      } else {
        for (const k of Object.keys(o)) this.field(o, k);
      }
    }
    return value;
  }

  private field(o: Record<string, unknown>, k: string): void {
    const v = o[k];
    if (typeof v === 'number') {
      if ((k === 'start' || k === 'end') && v >= this.at) o[k] = v + this.delta;
    } else if (typeof v === 'object' && v !== null) {
      const s = this.apply(v);
      if (s !== v) o[k] = s;
    }
  }
}
