// SPDX-License-Identifier: Apache-2.0
// Moving what an analysis computed to where its text went after an edit: a copy of a value in which every
// offset (`start` / `end` numbers of an object) at or after `at` is moved by `delta`. Objects in which
// nothing moves are returned as they are (so what lies before the edit, and shared constants such as
// NO_VALUE, keep their identity); an object reached twice is copied once (a memo per edit), so what was
// shared stays shared. Class instances keep their prototype. Used by the reuse of CloudFormation model
// parts and rule results across keystrokes (service/cfn-reuse.ts), where it walks ~18k objects per
// keystroke: so plain objects are walked with `for...in` and copied with a spread (no keys array, no
// `Object.create`), and one memo both marks what is being walked and remembers what was moved
// (-16% server CPU per YAML keystroke in `bench:lsp`).

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
    // Marked as itself while it is walked: a cycle back to it finds it unmoved (the model and findings have
    // none; this only keeps a bug from hanging).
    this.memo.set(obj, obj);
    let out: unknown = value;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const v = value[i] as unknown;
        const s = typeof v === 'object' && v !== null ? this.apply(v) : v;
        if (s !== v && !copy) copy = value.slice(0, i) as unknown[];
        if (copy) copy.push(s);
      }
      if (copy) out = copy;
    } else if (value instanceof Map) {
      let changed = false;
      const entries: [unknown, unknown][] = [];
      for (const [k, v] of value as Map<unknown, unknown>) {
        const s = this.apply(v);
        if (s !== v) changed = true;
        entries.push([k, s]);
      }
      if (changed) out = new Map(entries);
    } else if (value instanceof Set) {
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
          const s = this.moved(k, v);
          if (s === v) continue;
          copy ??= { ...src };
          copy[k] = s;
        }
      } else {
        for (const k of Object.keys(src)) {
          const v = src[k];
          const s = this.moved(k, v);
          if (s === v) continue;
          copy ??= Object.assign(Object.create(proto) as Record<string, unknown>, src);
          copy[k] = s;
        }
      }
      if (copy) out = copy;
    }
    this.memo.set(obj, out);
    return out as T;
  }

  /** A property's value once moved: an offset (`start`/`end`), or what it holds. */
  private moved(key: string, v: unknown): unknown {
    if (typeof v === 'number') return (key === 'start' || key === 'end') && v >= this.at ? v + this.delta : v;
    return typeof v === 'object' && v !== null ? this.apply(v) : v;
  }
}
