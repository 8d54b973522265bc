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
// Each object moves once per edit (`seen`): what is shared is moved once, and a cycle ends. Lists and
// their elements remember how far their offsets reach (`bounds`), so what lies before the edit is not
// walked at all.

/**
 * Per list and list element of what is moved (the top BOUNDED_DEPTH levels of each value given to apply:
 * a model part's list and its elements, a rule's findings and each finding), the largest offset it holds
 * at any depth, as of the last edit that walked it. Objects here change only by these walks, which keep
 * the bound with them: an element wholly before the next edit is then skipped with one lookup.
 */
const bounds = new WeakMap<object, number>();
const BOUNDED_DEPTH = 2;

export class OffsetShift<R extends object = object> {
  /** Objects this edit moved or walked into, with their bound once done (Infinity while walked). */
  private readonly seen = new Map<object, number>();
  /** The bound of what the last apply returned (-1: no offset). */
  private last = -1;
  private depth = 0;

  /**
   * @param replacements objects that have an equivalent already moved (a template's resources, in the
   *   template read from the new text): put where the old ones were held, and not walked
   * @param boundOfReplacement the largest offset a replacement holds
   */
  constructor(
    readonly at: number,
    readonly delta: number,
    private readonly replacements: ReadonlyMap<object, R> = new Map(),
    private readonly boundOfReplacement: (replacement: R) => number = () => Infinity,
  ) {}

  /** `value`, moved (the same object, changed, unless it is itself replaced). */
  apply<T>(value: T): T {
    if (typeof value !== 'object' || value === null) {
      this.last = -1;
      return value;
    }
    if (this.delta === 0) return value;
    const obj = value as unknown as object;
    const top = this.depth < BOUNDED_DEPTH;
    if (top) {
      const known = bounds.get(obj);
      if (known !== undefined && known < this.at) {
        this.last = known;
        return value;
      }
    }
    let max = -1;
    this.depth++;
    if (Array.isArray(value)) {
      // Arrays are not marked: what they hold is (a cycle passes through an object), and most are lists
      // of strings (paths), which have nothing to move.
      for (let i = 0; i < value.length; i++) {
        const v = value[i] as unknown;
        if (typeof v === 'object' && v !== null) {
          const s = this.apply(v);
          if (this.last > max) max = this.last;
          if (s !== v) value[i] = s;
        }
      }
    } else {
      const replaced = this.replacements.get(obj);
      if (replaced) {
        this.depth--;
        this.last = this.boundOfReplacement(replaced);
        return replaced as unknown as T;
      }
      max = value instanceof Map || value instanceof Set ? this.collection(value) : this.object(value as unknown as Record<string, unknown>);
    }
    this.depth--;
    if (top) bounds.set(obj, max);
    this.last = max;
    return value;
  }

  /**
   * An object's offsets and the objects it holds; its bound. It is marked when it first has something to do
   * (an offset to move, an object to walk into): met again, it stops at that same key with the bound it
   * got, so nothing moves twice; one with nothing to do (a span before the edit, a name) is never marked.
   */
  private object(o: Record<string, unknown>): number {
    let max = -1;
    let marked = false;
    // `for...in` walks own and inherited enumerable keys: the model's class instances (Unknown) have
    // their methods on the prototype, which are not enumerable. No keys array per object.
    for (const k in o) {
      const v = o[k];
      if (typeof v === 'number') {
        if (k !== 'start' && k !== 'end') continue;
        if (v < this.at) {
          if (v > max) max = v;
          continue;
        }
      } else if (typeof v !== 'object' || v === null) continue;
      if (!marked) {
        const done = this.seen.get(o);
        if (done !== undefined) return done;
        this.seen.set(o, Infinity);
        marked = true;
      }
      if (typeof v === 'number') {
        const moved = v + this.delta;
        o[k] = moved;
        if (moved > max) max = moved;
      } else {
        const s = this.apply(v);
        if (this.last > max) max = this.last;
        if (s !== v) o[k] = s;
      }
    }
    if (marked) this.seen.set(o, max);
    return max;
  }

  private collection(c: Map<unknown, unknown> | Set<unknown>): number {
    const done = this.seen.get(c);
    if (done !== undefined) return done;
    this.seen.set(c, Infinity);
    let max = -1;
    if (c instanceof Map) {
      for (const [k, v] of c) {
        const s = this.apply(v);
        if (this.last > max) max = this.last;
        if (s !== v) c.set(k, s);
      }
    } else {
      const items = [...c];
      const moved = items.map((v) => {
        const s = this.apply(v);
        if (this.last > max) max = this.last;
        return s;
      });
      // A replaced item: the set is filled again in the same order.
      if (moved.some((s, i) => s !== items[i])) {
        c.clear();
        for (const s of moved) c.add(s);
      }
    }
    this.seen.set(c, max);
    return max;
  }
}
