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
// Offsets: model objects and findings copy offsets (sourceRef), so what is reused is moved, in place, by
// the edit's length difference where it lies after the edit (an untouched block is never inside it): every
// SourceRef of the edited file, and the AST copies the model made itself (synthesizedNodes; the parser moves
// its own nodes).

import type { Attribute, Block, HclFile } from '../parsers/hcl/ast';
import type { ListSource, TfFile } from '../model/adapters/terraform';
import { recordingReads, synthesizedNodes } from '../model/adapters/terraform/reads';
import type { CloudModel } from '../model/model';
import { runRule } from '../engine/runner';
import type { Finding, RuleRun, RunOptions } from '../engine/runner';
import type { Rule } from '../engine/rule-api';
import { Unknown } from '../core/value';

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
}

interface KeptRule {
  findings: Finding[];
  run: RuleRun;
  reads: ReadonlySet<string>;
}

/** What a root analysis keeps for the next keystroke's. */
export interface ReuseState {
  files: FileSnapshot[];
  lists: Map<string, KeptList>;
  rules: Map<Rule, KeptRule>;
  /** The run options the rules saw: the anchor file and the clouds in scope. */
  options: string;
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

/** The largest start offset of a span under `x` (SourceRefs and the model's own AST copies). */
function boundOf(x: unknown, seen: Set<object>): number {
  if (typeof x !== 'object' || x === null || seen.has(x)) return -1;
  seen.add(x);
  if (x instanceof Unknown) return -1;
  let max = -1;
  if (Array.isArray(x)) {
    for (const y of x) max = Math.max(max, boundOf(y, seen));
    return max;
  }
  if (x instanceof Map) {
    for (const [k, v] of x) max = Math.max(max, boundOf(k, seen), boundOf(v, seen));
    return max;
  }
  if (x instanceof Set) {
    for (const v of x) max = Math.max(max, boundOf(v, seen));
    return max;
  }
  const o = x as Record<string, unknown>;
  if (typeof o.start === 'number') {
    if (!synthesizedNodes.has(o)) return -1;
    max = o.start;
  } else if (typeof o.file === 'string' && typeof o.span === 'object' && o.span !== null) {
    max = (o.span as { start: number }).start;
  }
  for (const k in o) {
    const v = o[k];
    if (typeof v === 'object' && v !== null) max = Math.max(max, boundOf(v, seen));
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

  /** Moves what a root reaches, unless its bound shows that nothing of it lies after an edit. */
  root(x: object): void {
    let bound = bounds.get(x);
    if (bound === undefined) bound = boundOf(x, new Set());
    if (bound > this.first) {
      this.move(x);
      bound += this.growth;
    }
    bounds.set(x, bound);
  }

  private move(x: unknown): void {
    if (typeof x !== 'object' || x === null || this.seen.has(x)) return;
    this.seen.add(x);
    if (Array.isArray(x)) {
      for (const y of x) this.move(y);
      return;
    }
    const o = x as Record<string, unknown>;
    if (typeof o.start === 'number') {
      const file = synthesizedNodes.get(o);
      // A parser node, or a span copied without its file: nothing reads it as an offset.
      if (file === undefined) return;
      this.shift(o as { start: number; end: number }, file);
    } else if (typeof o.file === 'string' && typeof o.span === 'object' && o.span !== null) {
      if (!this.seen.has(o.span)) {
        this.seen.add(o.span);
        this.shift(o.span as { start: number; end: number }, o.file);
      }
    } else if (x instanceof Unknown) {
      return;
    } else if (x instanceof Map) {
      for (const [k, v] of x) {
        this.move(k);
        this.move(v);
      }
      return;
    } else if (x instanceof Set) {
      for (const v of x) this.move(v);
      return;
    }
    for (const k in o) {
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

/**
 * A view of the model that records which lists are read (`aws.<list>`, `catalog.<kind>`, `conditional`,
 * `requiredProviders`) and `*` when the model is enumerated. One view per rule: a rule's helpers that cache
 * per model object then compute (and record) again for each rule.
 */
function recordingModel(model: CloudModel, reads: Set<string>): CloudModel {
  const all = (): void => void reads.add('*');
  const catalog = new Proxy(model.aws.catalog, {
    get: (t, p, r) => (typeof p === 'string' && reads.add(`catalog.${p}`), Reflect.get(t, p, r)),
    has: (t, p) => (typeof p === 'string' && reads.add(`catalog.${p}`), Reflect.has(t, p)),
    ownKeys: (t) => (all(), Reflect.ownKeys(t)),
  });
  const aws = new Proxy(model.aws, {
    get: (t, p, r) => (p === 'catalog' ? catalog : (typeof p === 'string' && reads.add(`aws.${p}`), Reflect.get(t, p, r))),
    has: (t, p) => (typeof p === 'string' && reads.add(`aws.${p}`), Reflect.has(t, p)),
    ownKeys: (t) => (all(), Reflect.ownKeys(t)),
  });
  return new Proxy(model, {
    get: (t, p, r) => (p === 'aws' ? aws : (typeof p === 'string' && reads.add(p), Reflect.get(t, p, r))),
    has: (t, p) => (typeof p === 'string' && reads.add(p), Reflect.has(t, p)),
    ownKeys: (t) => (all(), Reflect.ownKeys(t)),
  });
}

/** One keystroke's reuse of the previous analysis of the same root module. */
export class Reuse {
  private readonly changes: Changes | null;
  private readonly next: ReuseState;
  private readonly rebuilt = new Set<string>();
  private readonly reused: unknown[] = [];
  /** Counts for tests and the benchmark: lists and rules reused / rebuilt this time. */
  readonly stats = { listsReused: 0, listsBuilt: 0, rulesReused: 0, rulesRun: 0 };

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
    const value = recordingReads(reads, build);
    this.next.lists.set(name, { value, reads });
    this.rebuilt.add(name);
    this.stats.listsBuilt++;
    return value;
  };

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
    if (this.changes && this.changes.edits.size > 0) {
      const mover = new Mover(this.changes.edits);
      for (const x of this.reused) {
        if (Array.isArray(x)) for (const y of x as unknown[]) mover.root(y as object);
        else mover.root(x as object);
      }
      for (const kept of plan) {
        if (!kept) continue;
        for (const f of kept.findings) mover.root(f);
        for (const r of kept.run.assessed) mover.root(r);
        for (const r of kept.run.evidence ?? []) mover.root(r);
      }
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
      const reads = new Set<string>();
      const start = findings.length;
      // A rule that read the whole model last time (account-level controls) depends on everything anyway:
      // it runs on the model itself, sharing what rules compute once per model (account-controls.ts).
      const everything = this.previous?.rules.get(rule)?.reads.has('*') === true;
      if (everything) reads.add('*');
      const run = runRule(rule, everything ? model : recordingModel(model, reads), options, findings);
      runs.push(run);
      this.next.rules.set(rule, { findings: findings.slice(start), run, reads });
      this.stats.rulesRun++;
    });
    return { findings, runs };
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
