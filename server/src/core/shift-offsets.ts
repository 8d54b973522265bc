// SPDX-License-Identifier: Apache-2.0
// Moving what an analysis computed to where its text went after an edit: a copy of a value in which every
// offset (`start` / `end` numbers of an object) at or after `at` is moved by `delta`. Objects in which
// nothing moves are returned as they are (so what lies before the edit, and shared constants such as
// NO_VALUE, keep their identity); an object reached twice is copied once (a memo per edit), so what was
// shared stays shared. Class instances keep their prototype. Used by the reuse of CloudFormation model
// parts and rule results across keystrokes (service/cfn-reuse.ts), where it walks ~18k objects per
// keystroke: so plain objects are walked with `for...in` and copied with a spread (no keys array, no
// `Object.create`), one memo both marks what is being walked and remembers what was moved, and a leaf
// that does not move (a span before the edit, a path of strings) is not remembered at all (-20 to -25%
// server CPU per YAML keystroke in `bench:lsp`, docs/performance.md).

export class OffsetShift {
  private readonly memo = new Map<object, unknown>();

  /**
   * @param replacements objects that have an equivalent already moved (a template's resources, in the
   *   template read from the new text): used instead of copying them
   */
  constructor(
    readonly at: number,
    readonly delta: number,
    private readonly replacements: ReadonlyMap<object, object> = new Map(),
  ) {}

  apply<T>(value: T): T {
    if (typeof value !== 'object' || value === null) return value;
    const obj = value as unknown as object;
    const replaced = this.replacements.get(obj);
    if (replaced) return replaced as T;
    if (this.delta === 0) return value;
    const done = this.memo.get(obj);
    if (done !== undefined) return done as T;
    // Before walking into what it holds, an object is marked as itself: a cycle back to it finds it unmoved
    // (the model and findings have none; this only keeps a bug from hanging). A leaf (a span, a list of
    // strings) that does not move is not remembered at all: it is returned as it is wherever it is met.
    let guarded = false;
    let out: unknown = value;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const v = value[i] as unknown;
        let s = v;
        if (typeof v === 'object' && v !== null) {
          if (!guarded) {
            this.memo.set(obj, obj);
            guarded = true;
          }
          s = this.apply(v);
        }
        if (s !== v && !copy) copy = value.slice(0, i) as unknown[];
        if (copy) copy.push(s);
      }
      if (copy) out = copy;
    } else if (value instanceof Map) {
      this.memo.set(obj, obj);
      guarded = true;
      let changed = false;
      const entries: [unknown, unknown][] = [];
      for (const [k, v] of value as Map<unknown, unknown>) {
        const s = this.apply(v);
        if (s !== v) changed = true;
        entries.push([k, s]);
      }
      if (changed) out = new Map(entries);
    } else if (value instanceof Set) {
      this.memo.set(obj, obj);
      guarded = true;
      let changed = false;
      const items: unknown[] = [];
      for (const v of value as Set<unknown>) {
        const s = this.apply(v);
        if (s !== v) changed = true;
        items.push(s);
      }
      if (changed) out = new Set(items);
    } else {
      const src = value as unknown as Record<string, unknown>;
      const proto = Object.getPrototypeOf(src) as object | null;
      let copy: Record<string, unknown> | undefined;
      // Most of what is moved are plain objects (attributes, refs, spans): their keys without a keys array.
      if (proto === Object.prototype) {
        for (const k in src) {
          const v = src[k];
          let s = v;
          if (typeof v === 'number') {
            if ((k === 'start' || k === 'end') && v >= this.at) s = v + this.delta;
          } else if (typeof v === 'object' && v !== null) {
            if (!guarded) {
              this.memo.set(obj, obj);
              guarded = true;
            }
            s = this.apply(v);
          }
          if (s === v) continue;
          copy ??= { ...src };
          copy[k] = s;
        }
      } else {
        this.memo.set(obj, obj);
        guarded = true;
        for (const k of Object.keys(src)) {
          const v = src[k];
          const s = typeof v === 'number' ? ((k === 'start' || k === 'end') && v >= this.at ? v + this.delta : v) : this.apply(v);
          if (s === v) continue;
          copy ??= Object.assign(Object.create(proto) as Record<string, unknown>, src);
          copy[k] = s;
        }
      }
      if (copy) out = copy;
    }
    if (guarded || out !== value) this.memo.set(obj, out);
    return out as T;
  }
}
