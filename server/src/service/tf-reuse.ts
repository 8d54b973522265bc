// SPDX-License-Identifier: Apache-2.0
// The editor's keystroke path for a Terraform root module: reuse the previous analysis' model lists and rule
// results that the edit cannot have changed, with results equal to a fresh analysis (docs/architecture.md,
// "Keystroke latency"; test/fuzz/tf-reuse-differential.test.ts compares the two after every random edit).
//
// What changed: the incremental parse keeps the identity of every top-level block it did not re-parse, so
// the blocks of each file that are not in the previous parse (and those that left it) are the changed ones.
// A changed `resource`/`data` block changes its type (`resource:aws_s3_bucket`); any other changed block
// (variable, locals, output, provider, module, terraform, ...), a top-level attribute, or another file
// list means everything is rebuilt: those feed the scope every expression is evaluated in.
//
// What a list or a rule read: each model list is built with a recorder running (model/adapters/terraform/
// reads.ts: TfModule.ofType, dataOfType, hasResource record the types asked for; files, resources and
// resourceTypes record everything), and each rule runs on a recording view of the model (the lists it
// reads through `ctx.model`, its own target list, everything when it enumerates the model). A list is
// reused when none of its types changed; a rule when none of the lists it read was rebuilt.
//
// Offsets: the Terraform adapters refer to the parser's own nodes (core/span.ts nodeRef: attributes, list
// items, a block's `header`), which the incremental parse moves. What holds a copied offset is moved here,
// in place, by the edit's length difference where it lies after the edit (an untouched block is never inside
// it): spans sourceRef copied (computed spans) of the edited file, and the AST copies the model made itself
// (synthesizedNodes). A reused object that holds neither is never walked (its bound is -1).

import type { Attribute, Block, HclFile } from '../parsers/hcl/ast';
import { incrementalChange } from '../parsers/hcl/incremental';
import type { ListSource, TfFile } from '../model/adapters/terraform';
import { recordRead, recordingReads, synthesizedNodes, withElements } from '../model/adapters/terraform/reads';
import type { ElementSource } from '../model/adapters/terraform/reads';
import type { CloudModel } from '../model/model';
import { runRule } from '../engine/runner';
import type { Finding, ResourceMemo, RuleRun, RunOptions } from '../engine/runner';
import type { Rule } from '../engine/rule-api';
import type { ModuleJoins } from './module-joins';
import { sameUnknown, Unknown } from '../core/value';
import { copiedSpans } from '../core/span';
import type { Span } from '../core/span';

/** The kill switch: IAC_COMPLIANCE_REUSE=0 analyses every keystroke from scratch. */
export function reuseEnabled(): boolean {
  return process.env.IAC_COMPLIANCE_REUSE !== '0';
}

interface FileSnapshot {
  path: string;
  file: HclFile;
  blocks: readonly Block[];
  attributes: readonly Attribute[];
}

interface KeptList {
  value: unknown;
  reads: ReadonlySet<string>;
  /** The elements its builder made per resource instance: by block, then by builder tag and address. */
  elements: Map<object, Map<string, KeptElement>>;
}

/** One element a list's builder made of one resource instance (reads.ts perElement), with what it read. */
interface KeptElement {
  /** The object in the model (the previous one when the rebuilt list found it equal). */
  value: unknown;
  reads: ReadonlySet<string>;
}

interface KeptRule {
  findings: Finding[];
  run: RuleRun;
  reads: ReadonlySet<string>;
  /** Per resource whose check read nothing of the model but the resource: its findings. */
  perResource: Map<object, readonly Finding[]>;
}

/** What a root analysis keeps for the next keystroke's. */
export interface ReuseState {
  files: FileSnapshot[];
  lists: Map<string, KeptList>;
  rules: Map<Rule, KeptRule>;
  /** The run options the rules saw: the anchor file and the clouds in scope. */
  options: string;
  /** The joins of the root's module calls (module-joins.ts). */
  joins?: ModuleJoins;
}

/** An edit of one file: offsets after `oldTo` (in the previous text) move by `delta`. */
interface Edit {
  oldTo: number;
  delta: number;
}

interface Changes {
  /** `resource:<type>` / `data:<type>` of every block added, removed or re-parsed. */
  keys: Set<string>;
  edits: Map<string, Edit>;
}

/** What changed since `previous`, or null when everything must be rebuilt. */
function changesSince(previous: ReuseState, files: readonly TfFile[]): Changes | null {
  if (previous.files.length !== files.length) return null;
  const keys = new Set<string>();
  const edits = new Map<string, Edit>();
  for (let i = 0; i < files.length; i++) {
    const was = previous.files[i]!;
    const now = files[i]!;
    if (was.path !== now.path) return null;
    if (was.file === now.file) continue;
    const body = now.file.body;
    const change = incrementalChange(now.file);
    if (change?.previous === was.file) {
      // The parse says which items it re-parsed: those and the ones they replaced are the changed blocks.
      for (const item of [...change.removed, ...change.added]) {
        const key = item.type === 'Block' ? blockKey(item) : undefined;
        if (!key) return null;
        keys.add(key);
      }
      edits.set(now.path, { oldTo: change.oldTo, delta: change.delta });
      continue;
    }
    if (body.attributes.length !== was.attributes.length || body.attributes.some((a, j) => a !== was.attributes[j])) return null;
    const kept = new Set<Block>(body.blocks);
    for (const b of was.blocks) {
      if (kept.has(b)) continue;
      const key = blockKey(b);
      if (!key) return null;
      keys.add(key);
    }
    const old = new Set<Block>(was.blocks);
    for (const b of body.blocks) {
      if (old.has(b)) continue;
      const key = blockKey(b);
      if (!key) return null;
      keys.add(key);
    }
    edits.set(now.path, editBetween(was.file.source, now.file.source));
  }
  return { keys, edits };
}

/** The type a resource or data block declares; undefined for blocks every expression may read. */
function blockKey(b: Block): string | undefined {
  if ((b.blockType !== 'resource' && b.blockType !== 'data') || b.labels.length < 2) return undefined;
  return `${b.blockType}:${b.labels[0]!.value}`;
}

/** The changed range as the incremental parse finds it (common prefix and suffix). */
function editBetween(old: string, text: string): Edit {
  const max = Math.min(old.length, text.length);
  let from = 0;
  while (from < max && old.charCodeAt(from) === text.charCodeAt(from)) from++;
  let suffix = 0;
  while (suffix < max - from && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  return { oldTo: old.length - suffix, delta: text.length - old.length };
}

/**
 * Per reused root (a list's element, a finding): an upper bound of the start offsets (any file) of every
 * span it reaches, exact when first computed, then raised by each move that lengthens a file (never lowered:
 * a shorter file leaves it an upper bound). A root whose bound is at or before every edit has nothing to
 * move and is not walked: edits are local, so most of a 2,000-line module is skipped.
 */
const bounds = new WeakMap<object, number>();

/** The largest start offset of a span under `x` (SourceRefs and the model's own AST copies), or -1. */
function boundOf(x: object, seen: Set<object>): number {
  let max = -1;
  // Arrays are not marked: what they hold is (a cycle passes through an object).
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      const y: unknown = x[i];
      if (typeof y === 'object' && y !== null) {
        const b = boundOf(y, seen);
        if (b > max) max = b;
      }
    }
    return max;
  }
  if (seen.has(x)) return -1;
  seen.add(x);
  const o = x as Record<string, unknown>;
  if (typeof o.op === 'string') {
    const where = o.location ?? o.target;
    return typeof where === 'object' && where !== null ? boundOf(where, seen) : -1;
  }
  if (typeof o.start === 'number') {
    if (!synthesizedNodes.has(o)) return -1;
    max = o.start;
  } else if (typeof o.file === 'string') {
    // Only copies move (a nodeRef's span is the parser's node, moved by the parse); a synthesized node
    // under `span` is met below.
    const span = o.span as { start?: unknown } | undefined;
    if (typeof span === 'object' && span !== null && typeof span.start === 'number' && copiedSpans.has(span as Span)) max = span.start;
  } else if (o.constructor !== Object) {
    if (x instanceof Unknown) return -1;
    if (x instanceof Map || x instanceof Set) {
      for (const v of x.values() as Iterable<unknown>) {
        if (typeof v === 'object' && v !== null) {
          const b = boundOf(v, seen);
          if (b > max) max = b;
        }
      }
      if (x instanceof Map) {
        for (const k of x.keys() as Iterable<unknown>) {
          if (typeof k === 'object' && k !== null) {
            const b = boundOf(k, seen);
            if (b > max) max = b;
          }
        }
      }
      return max;
    }
  }
  const attr = 'present' in o;
  for (const k in o) {
    // An Attr's raw value is a Value: no offsets (a fix op's values neither, above).
    if (attr && k === 'raw') continue;
    const v = o[k];
    if (typeof v === 'object' && v !== null) {
      const b = boundOf(v, seen);
      if (b > max) max = b;
    }
  }
  return max;
}

/**
 * Moves, in place, every offset of the edited files that lies after the edit, in what is reused: SourceRefs
 * (`{ file, span }`) and the model's own AST copies. Parser nodes are left alone (the parse moved them) and
 * not entered (they hold neither); unknowns are not entered either (their span is where the unknown part
 * was written, which nothing reports). Each object moves once.
 */
class Mover {
  private readonly seen = new Set<object>();
  /** The earliest end of an edit: spans at or before it move in no file. */
  private readonly first: number;
  /** The largest lengthening of a file. */
  private readonly growth: number;

  constructor(private readonly edits: ReadonlyMap<string, Edit>) {
    let first = Infinity;
    let growth = 0;
    for (const e of edits.values()) {
      first = Math.min(first, e.oldTo);
      growth = Math.max(growth, e.delta);
    }
    this.first = first;
    this.growth = growth;
  }

  private readonly scratch = new Set<object>();

  /** Moves what a root reaches, unless its bound shows that nothing of it lies after an edit. */
  root(x: unknown): void {
    if (typeof x !== 'object' || x === null) return;
    let bound = bounds.get(x);
    if (bound === undefined) {
      this.scratch.clear();
      bound = boundOf(x, this.scratch);
      bounds.set(x, bound);
    }
    if (bound > this.first) {
      this.move(x);
      bounds.set(x, bound + this.growth);
    }
  }

  private move(x: object): void {
    // Arrays are not marked: what they hold is (a cycle passes through an object).
    if (Array.isArray(x)) {
      for (let i = 0; i < x.length; i++) {
        const y: unknown = x[i];
        if (typeof y === 'object' && y !== null) this.move(y);
      }
      return;
    }
    if (this.seen.has(x)) return;
    this.seen.add(x);
    const o = x as Record<string, unknown>;
    // A fix op: only where it writes holds offsets (the values it writes have none).
    if (typeof o.op === 'string') {
      const where = o.location ?? o.target;
      if (typeof where === 'object' && where !== null) this.move(where);
      return;
    }
    if (typeof o.start === 'number') {
      const file = synthesizedNodes.get(o);
      // A parser node, or a span copied without its file: nothing reads it as an offset.
      if (file === undefined) return;
      this.shift(o as { start: number; end: number }, file);
    } else if (typeof o.file === 'string') {
      const span = o.span as { start: number; end: number } | undefined;
      if (typeof span === 'object' && span !== null && typeof span.start === 'number' && copiedSpans.has(span) && !this.seen.has(span)) {
        this.seen.add(span);
        this.shift(span, o.file);
      }
    } else if (o.constructor !== Object) {
      if (x instanceof Unknown) return;
      if (x instanceof Map || x instanceof Set) {
        for (const v of x.values() as Iterable<unknown>) if (typeof v === 'object' && v !== null) this.move(v);
        if (x instanceof Map) for (const k of x.keys() as Iterable<unknown>) if (typeof k === 'object' && k !== null) this.move(k);
        return;
      }
    }
    const attr = 'present' in o;
    for (const k in o) {
      // An Attr's raw value is a Value: no offsets.
      if (attr && k === 'raw') continue;
      const v = o[k];
      if (typeof v === 'object' && v !== null) this.move(v);
    }
  }

  private shift(s: { start: number; end: number }, file: string): void {
    const e = this.edits.get(file);
    if (!e || e.delta === 0 || s.start <= e.oldTo) return;
    s.start += e.delta;
    s.end += e.delta;
  }
}

interface Recorder {
  reads: Set<string>;
  /** Every read counted (a resource's check that reads nothing of the model leaves it unchanged). */
  accesses: number;
}

/**
 * A view of the model that records which lists are read (`aws.<list>`, `catalog.<kind>`, `conditional`,
 * `requiredProviders`) and `*` when the model is enumerated. One view per rule: a rule's helpers that cache
 * per model object then compute (and record) again for each rule.
 */
function recordingModel(model: CloudModel, rec: Recorder): CloudModel {
  const note = (key: string | symbol, prefix: string): void => {
    rec.accesses++;
    if (typeof key === 'string') rec.reads.add(prefix + key);
  };
  const all = (): void => {
    rec.accesses++;
    rec.reads.add('*');
  };
  const catalog = new Proxy(model.aws.catalog, {
    get: (t, p, r) => (note(p, 'catalog.'), Reflect.get(t, p, r)),
    has: (t, p) => (note(p, 'catalog.'), Reflect.has(t, p)),
    ownKeys: (t) => (all(), Reflect.ownKeys(t)),
  });
  const aws = new Proxy(model.aws, {
    get: (t, p, r) => (p === 'catalog' ? (rec.accesses++, catalog) : (note(p, 'aws.'), Reflect.get(t, p, r))),
    has: (t, p) => (note(p, 'aws.'), Reflect.has(t, p)),
    ownKeys: (t) => (all(), Reflect.ownKeys(t)),
  });
  return new Proxy(model, {
    get: (t, p, r) => (p === 'aws' ? (rec.accesses++, aws) : (note(p, ''), Reflect.get(t, p, r))),
    has: (t, p) => (note(p, ''), Reflect.has(t, p)),
    ownKeys: (t) => (all(), Reflect.ownKeys(t)),
  });
}

/** An old offset (of the text before the edits) in the new text. */
function moved(edits: ReadonlyMap<string, Edit>, file: string, offset: number): number {
  const e = edits.get(file);
  return e && offset > e.oldTo ? offset + e.delta : offset;
}

/**
 * Whether `old` (built before the edits, not moved) equals `now` once moved: the same parser nodes (by
 * identity), the model's AST copies and SourceRefs at the moved offsets, everything else by value. Unknowns
 * compare without their span (nothing reports it). `pairs` holds the objects matched so far (shared
 * objects and cycles).
 */
function sameMoved(old: unknown, now: unknown, edits: ReadonlyMap<string, Edit>, pairs: Map<object, object>): boolean {
  if (old === now) return true;
  if (typeof old !== 'object' || typeof now !== 'object' || old === null || now === null) return false;
  const paired = pairs.get(old);
  if (paired !== undefined) return paired === now;
  pairs.set(old, now);
  if (Array.isArray(old)) {
    if (!Array.isArray(now) || old.length !== now.length) return false;
    for (let i = 0; i < old.length; i++) if (!sameMoved(old[i], now[i], edits, pairs)) return false;
    return true;
  }
  if (Object.getPrototypeOf(old) !== Object.getPrototypeOf(now)) return false;
  if (old instanceof Unknown) {
    const n = now as Unknown;
    return sameUnknown(old, n);
  }
  if (old instanceof Map || old instanceof Set) {
    const n = now as Map<unknown, unknown> | Set<unknown>;
    if (old.size !== n.size) return false;
    const a = [...old.entries()];
    const b = [...n.entries()];
    return a.every((x, i) => sameMoved(x[0], b[i]![0], edits, pairs) && sameMoved(x[1], b[i]![1], edits, pairs));
  }
  const o = old as Record<string, unknown>;
  const n = now as Record<string, unknown>;
  let skip: string | undefined;
  if (typeof o.start === 'number') {
    // Parser nodes are the same object or different; the model's copies are compared moved.
    const file = synthesizedNodes.get(o);
    if (file === undefined || synthesizedNodes.get(n) !== file) return false;
    if (moved(edits, file, o.start) !== n.start || moved(edits, file, o.end as number) !== n.end) return false;
  } else if (typeof o.file === 'string' && typeof o.span === 'object' && o.span !== null && copiedSpans.has(o.span as Span)) {
    const a = o.span as { start: number; end: number };
    const b = n.span as { start: number; end: number } | undefined;
    if (o.file !== n.file || typeof b !== 'object' || b === null || Object.keys(a).length !== 2 || Object.keys(b).length !== 2) return false;
    if (moved(edits, o.file, a.start) !== b.start || moved(edits, o.file, a.end) !== b.end) return false;
    skip = 'span';
  }
  const keys = Object.keys(o);
  const other = Object.keys(n);
  if (keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k !== other[i]) return false;
    if (k === skip || ((k === 'start' || k === 'end') && typeof o.start === 'number')) continue;
    if (!sameMoved(o[k], n[k], edits, pairs)) return false;
  }
  return true;
}

/** One keystroke's reuse of the previous analysis of the same root module. */
export class Reuse {
  private readonly changes: Changes | null;
  private readonly next: ReuseState;
  private readonly rebuilt = new Set<string>();
  private readonly reused: unknown[] = [];
  /** Counts for tests and the benchmark: lists and rules reused / rebuilt this time. */
  readonly stats = { listsReused: 0, listsBuilt: 0, elementsKept: 0, elementsReused: 0, rulesReused: 0, rulesRun: 0, checksKept: 0 };

  constructor(
    private readonly previous: ReuseState | undefined,
    files: readonly TfFile[],
  ) {
    this.changes = previous ? changesSince(previous, files) : null;
    this.next = {
      files: files.map((f) => ({ path: f.path, file: f.file, blocks: f.file.body.blocks, attributes: f.file.body.attributes })),
      lists: new Map(),
      rules: new Map(),
      options: '',
    };
  }

  /** modelOf's lists: the previous one when none of the types it read changed, else built, recording. */
  readonly list: ListSource = <T>(name: string, build: () => T): T => {
    const kept = this.previous?.lists.get(name);
    if (kept && this.changes && !readsChanged(kept.reads, this.changes.keys)) {
      this.next.lists.set(name, kept);
      this.reused.push(kept.value);
      this.stats.listsReused++;
      return kept.value as T;
    }
    const reads = new Set<string>();
    const elements = new Map<object, Map<string, KeptElement>>();
    const fresh = new Map<unknown, KeptElement>();
    const value = withElements(this.elementSource(kept, elements, fresh), () => recordingReads(reads, build));
    this.stats.listsBuilt++;
    if (kept && this.changes && Array.isArray(kept.value) && Array.isArray(value)) {
      // Elements equal to the previous ones (the resources the edit did not touch) are the previous
      // objects: what rules found on them per resource stays valid (ResourceMemo).
      const old = kept.value as unknown[];
      const now = value as unknown[];
      if (old.length === now.length) {
        const edits = this.changes.edits;
        const same: unknown[] = [];
        const pairs = new Map<object, object>();
        for (let i = 0; i < now.length; i++) {
          // Pairs of one element only: a failed comparison leaves pairs that are not equal.
          pairs.clear();
          if (!sameMoved(old[i], now[i], edits, pairs)) continue;
          // The element kept for the next keystroke is the one in the model (moved with it from now on).
          const entry = fresh.get(now[i]);
          if (entry) entry.value = old[i];
          now[i] = old[i];
          same.push(old[i]);
        }
        this.reused.push(same);
        this.stats.elementsKept += same.length;
        if (same.length === now.length) {
          // The whole list is the same: rules that read it need not run again.
          this.next.lists.set(name, { value: old, reads, elements });
          return old as T;
        }
      }
    }
    this.next.lists.set(name, { value, reads, elements });
    this.rebuilt.add(name);
    return value;
  };

  /**
   * The elements of a list being rebuilt: the previous element of a resource instance whose block was not
   * re-parsed (the same block object) and none of whose reads changed, else built, recording. What they
   * read is read by the list too. The scope is the same whenever `changes` is known (anything that feeds it
   * rebuilds everything).
   */
  private elementSource(kept: KeptList | undefined, into: Map<object, Map<string, KeptElement>>, fresh: Map<unknown, KeptElement>): ElementSource {
    const changes = this.changes;
    const before = changes ? kept?.elements : undefined;
    return <T>(tag: string, r: { readonly block: object; readonly address: string }, build: () => T): T => {
      const key = `${tag}\u0000${r.address}`;
      const was = before?.get(r.block)?.get(key);
      let entry: KeptElement;
      if (was && !readsChanged(was.reads, changes!.keys)) {
        for (const k of was.reads) recordRead(k);
        entry = was;
        // Moved with what else is reused (a root moves once per keystroke).
        if (typeof was.value === 'object' && was.value !== null) this.reused.push(was.value);
        this.stats.elementsReused++;
      } else {
        const reads = new Set<string>();
        entry = { value: recordingReads(reads, build), reads };
        if (typeof entry.value === 'object' && entry.value !== null) fresh.set(entry.value, entry);
      }
      let byKey = into.get(r.block);
      if (!byKey) into.set(r.block, (byKey = new Map()));
      byKey.set(key, entry);
      return entry.value as T;
    };
  }

  /**
   * runRules over the model modelOf built with `list`, reusing the findings and run of each rule none of
   * whose reads was rebuilt. Everything reused is moved to the new offsets first (a rule run again may
   * read reused model objects).
   */
  runRules(model: CloudModel, rules: readonly Rule[], options: RunOptions): { findings: Finding[]; runs: RuleRun[] } {
    const optionsKey = `${options.anchor.file}\u0000${[...(options.scope ?? [])].sort().join(',')}`;
    this.next.options = optionsKey;
    const sameOptions = this.previous?.options === optionsKey;
    const anyChange = this.changes === null || this.changes.keys.size > 0 || this.rebuilt.size > 0;
    const keep = (kept: KeptRule | undefined): kept is KeptRule => {
      if (!kept || !this.changes || !sameOptions) return false;
      for (const r of kept.reads) {
        if (this.rebuilt.has(r)) return false;
        if ((r === '*' || r === 'conditional') && anyChange) return false;
      }
      return true;
    };
    const plan = rules.map((rule) => {
      const kept = this.previous?.rules.get(rule);
      return keep(kept) ? kept : undefined;
    });
    // Edits that keep every file's length move no offset: nothing to walk.
    if (this.changes && [...this.changes.edits.values()].some((e) => e.delta !== 0)) {
      const mover = new Mover(this.changes.edits);
      for (const x of this.reused) {
        if (Array.isArray(x)) for (const y of x as unknown[]) mover.root(y);
        else mover.root(x);
      }
      // A reused rule's assessed and evidence resources are elements of the lists it read, reused too.
      // Findings kept per resource of a rule that runs again are moved as well (those of resources that
      // changed are moved for nothing).
      rules.forEach((rule, i) => {
        const kept = plan[i] ?? this.previous?.rules.get(rule);
        if (kept) for (const f of kept.findings) mover.root(f);
      });
    }
    const findings: Finding[] = [];
    const runs: RuleRun[] = [];
    rules.forEach((rule, i) => {
      const kept = plan[i];
      if (kept) {
        findings.push(...kept.findings);
        runs.push(kept.run);
        this.next.rules.set(rule, kept);
        this.stats.rulesReused++;
        return;
      }
      const rec: Recorder = { reads: new Set<string>(), accesses: 0 };
      const start = findings.length;
      const before = this.previous?.rules.get(rule);
      // A rule that read the whole model last time (account-level controls) depends on everything anyway:
      // it runs on the model itself, sharing what rules compute once per model (account-controls.ts).
      const everything = before?.reads.has('*') === true;
      if (everything) rec.reads.add('*');
      const perResource = new Map<object, readonly Finding[]>();
      const known = this.changes && sameOptions ? before?.perResource : undefined;
      let mark = 0;
      const memo: ResourceMemo | undefined = everything
        ? undefined
        : {
            known: (r) => {
              const found = known?.get(r);
              if (found) {
                perResource.set(r, found);
                this.stats.checksKept++;
              }
              return found;
            },
            begin: () => void (mark = rec.accesses),
            end: (r, found) => void (rec.accesses === mark && perResource.set(r, found)),
          };
      const run = runRule(rule, everything ? model : recordingModel(model, rec), options, findings, memo);
      runs.push(run);
      this.next.rules.set(rule, { findings: findings.slice(start), run, reads: rec.reads, perResource });
      this.stats.rulesRun++;
    });
    return { findings, runs };
  }

  /**
   * The previous keystroke's module-call joins, when only resource and data blocks changed since: what
   * the calls make is the same (see ModuleJoins.reattach).
   */
  keptJoins(): ModuleJoins | undefined {
    return this.changes ? this.previous?.joins : undefined;
  }

  keepJoins(joins: ModuleJoins): void {
    this.next.joins = joins;
  }

  /** What the next keystroke reuses (after runRules). */
  state(): ReuseState {
    return this.next;
  }
}

function readsChanged(reads: ReadonlySet<string>, keys: ReadonlySet<string>): boolean {
  if (reads.has('*')) return keys.size > 0;
  for (const k of keys) if (reads.has(k)) return true;
  return false;
}
