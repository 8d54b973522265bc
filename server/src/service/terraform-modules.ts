// SPDX-License-Identifier: Apache-2.0
// Terraform module calls, evaluated as Terraform would: the called module is instantiated with the call's
// arguments (each `count`/`for_each` instance of the call separately) and judged by the same rules.
//
// A module's own files are judged on their own with their defaults (that is where their findings go). A
// finding that exists only because of the call's arguments is reported at the call, on the argument that
// caused it when the value came through one (`storage_encrypted = false` in `module "db"`), naming the path
// (`module.db → aws_db_instance.this`). Nested calls relocate level by level, so a finding caused three
// modules down lands on the outermost argument that set the value. A module installed by `terraform init`
// (under `.terraform/modules`, found through its `modules.json`) is not part of the workspace: all of its
// violations for these arguments are reported at the call.
//
// Bounded: calls nest at most MAX_DEPTH deep, a module that calls itself (A → B → A) is reported once, and
// a call whose source is not on disk is an information note ("run terraform init"), never a guess.

import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Attribute, Block, Expression, HclFile } from '../parsers/hcl/ast';
import { Unknown, firstUnknown } from '../core/value';
import type { Provenance, Value } from '../core/value';
import type { InputValue } from '../core/inputs';
import { nodeRef } from '../core/span';
import type { SourceRef } from '../core/span';
import { modelOf, TfModule } from '../model/adapters/terraform';
import type { CallArgument, ScopeOptions, TfFile } from '../model/adapters/terraform';
import { instancesOf } from '../model/adapters/terraform/instances';
import type { ModuleScope } from '../model/adapters/terraform/scope';
import type { ProviderLocks } from '../model/adapters/terraform/lock-file';
import { blockTarget, evalExpr, headerRef } from '../model/adapters/terraform/values';
import type { CloudModel } from '../model/model';
import type { ModelResource } from '../model/resource';
import { modelResources, runRules } from '../engine/runner';
import { terraformScope } from './provider-scope';
import type { Finding, RuleRun, RunOptions } from '../engine/runner';
import { baseAddress } from '../engine/instances';
import type { FixOp, PlannedFix, Rule } from '../engine/rule-api';
import { collapseInstances } from '../engine/instances';
import { withConditions } from '../engine/messages';
import { attachModuleJoins, callerCompanions } from './module-joins';
import type { JoinHost } from './module-joins';
import type { Reuse } from './tf-reuse';

/** Module calls nest at most this deep (Terraform has no limit; real configurations stay under 5). */
export const MAX_MODULE_DEPTH = 8;

/** What the analysis service provides: the parsed files of a directory, and text for modules.json. */
export interface ModuleHost {
  /** The Terraform files of a directory, parsed (recorded as inputs of the model being built); undefined when there is none. */
  moduleFiles(dir: string): TfFile[] | undefined;
  /**
   * Whether moduleFiles would give files (the folder lists a `.tf` or `.tf.json` file: each parses as
   * Terraform, damaged or not), from the listing alone (recorded as an input too).
   */
  hasModuleFiles(dir: string): boolean;
  readText(path: string): string | undefined;
}

/** An information note about evaluation (a module source not found, a recursive module). */
export interface EvaluationNote {
  ref: SourceRef;
  message: string;
}

export interface RootAnalysis {
  model: CloudModel;
  findings: Finding[];
  runs: RuleRun[];
  notes: EvaluationNote[];
  /** The module calls of the root, as resources: suppressions above a `module` block find them. */
  calls: ModelResource[];
}

const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

interface CallSite {
  name: string;
  block: Block;
  file: TfFile;
}

/**
 * Per module folder: what its "module alone" analysis reported (the keys of its findings), with the parsed
 * files of every module folder it read (its own and those of the modules it calls, at any depth) and how
 * deep below the module it went. Only analyses that read nothing of their caller are kept (see aloneKeys).
 */
export type AloneCache = Map<string, AloneEntry>;

export interface AloneEntry {
  reads: ReadonlyMap<string, readonly HclFile[] | undefined>;
  /** How many calls deeper than the module the analysis went. */
  height: number;
  /** It looked for installed modules and found that the root has none: valid only for such roots. */
  noInstalled: boolean;
  keys: ReadonlySet<string>;
}

export class TerraformModules {
  private readonly instanceRules: readonly Rule[];
  /** What modules report alone for this root: keys, and whether the analysis read anything of the root's (see aloneKeys). */
  private readonly alone = new Map<string, { keys: ReadonlySet<string>; contextual: boolean; noInstalled: boolean }>();
  /** Times an analysis read something of its caller: the call stack (recursion), the depth, the root's installed modules. */
  private contextReads = 0;
  /** Times an analysis looked for an installed module and the root has none (the same for every such root). */
  private noInstalledReads = 0;
  /** The "module alone" analyses running (nested), each recording the module folders it reads. */
  private readonly recorders: Map<string, readonly HclFile[] | undefined>[] = [];
  /** The deepest module or call depth reached by the "module alone" analysis running. */
  private deepest = 0;
  private readonly notes: EvaluationNote[] = [];
  private readonly noted = new Set<string>();
  /** The root module's call being evaluated: problems found deeper are noted on it too, where they are seen. */
  private rootCall: CallSite | undefined;
  private quiet = 0;

  constructor(
    private readonly host: ModuleHost,
    private readonly rules: readonly Rule[],
    private readonly defaults: 'assume' | 'unknown',
    /** What modules without calls of their own report alone, shared by the roots of one analysis service. */
    private readonly shared?: AloneCache,
  ) {
    // Account-level controls are judged once per workspace on the modules' own files, not per instance.
    this.instanceRules = rules.filter((r) => r.target !== 'module');
  }

  /**
   * The root module of `dir`: its own model and findings, plus what its module calls add.
   *
   * @param focus the files whose results are wanted (a scan of some of the folder's files): a call written
   *   in another file is not instantiated for its findings, which would be reported in that file, as would
   *   its notes and its instances' verdicts. Joins still read every call that makes an instance (they
   *   change the root's own results).
   */
  analyzeRoot(dir: string, files: TfFile[], rootVars: ReadonlyMap<string, InputValue>, runOptions: RunOptions, providerLocks?: ProviderLocks, reuse?: Reuse, focus?: ReadonlySet<string>): RootAnalysis {
    const mod = this.module(dir, files, { defaults: this.defaults, rootVars, ...(providerLocks ? { providerLocks } : {}) }, 0, [dir], dir);
    // Companions made by the module instances this root calls (module-joins.ts), before the model is read.
    const sites = callSites(files);
    const kept = reuse?.keptJoins();
    const joins = kept ? kept.reattach(mod) : this.quietly(() => attachModuleJoins(mod, dir, sites, this.joinHost(dir), this.defaults));
    reuse?.keepJoins(joins);
    // What called modules make for the root's joins depends on the module blocks, the root's variables and
    // locals (the scope never resolves a resource reference: an argument naming a root resource stays a
    // reference) and the called modules' files; any change to those rebuilds everything in the keystroke
    // reuse (tf-reuse.ts), so a keystroke that changed resource blocks only keeps the joins, and its lists
    // and rules may be reused with the same joined instances.
    const model = reuse ? modelOf(mod, reuse.list) : modelOf(mod);
    // Account-level controls of a cloud are judged only in modules that use it.
    const options = { ...runOptions, scope: runOptions.scope ?? terraformScope(files, model), joinOnly: joins.joinOnly };
    const run = reuse ? reuse.runRules(joins.joinModel(model), this.rules, options) : runRules(joins.joinModel(model), this.rules, options);
    const findings = joins.relocate(run.findings, relocateFix).map((f) => fixAtDefault(f, mod));
    const calls: ModelResource[] = [];
    const instanceRuns = new Map<Rule, RuleRun>();
    for (const call of callSites(files)) {
      this.rootCall = call;
      calls.push({ platform: 'terraform', address: `module.${call.name}`, sourceType: 'module', ref: headerRef(call.file, call.block), target: blockTarget(call.file, call.block) });
      if (focus && !focus.has(call.file.path)) continue;
      findings.push(...this.callFindings(dir, mod, call, 1, [dir], dir, '', instanceRuns));
    }
    return { model, findings, runs: [...run.runs, ...instanceRuns.values()], notes: this.notes, calls };
  }

  /** How module-joins.ts reads the root's calls: their folders (not on disk: undefined) and instances. */
  private joinHost(rootDir: string): JoinHost {
    return {
      locate: (site, from, depth) => {
        const childDir = this.childDir(from, site, rootDir, depth);
        if (!childDir) return undefined;
        if (childDir === from) return 'skip';
        const files = this.lazyFiles(childDir);
        return files ? { dir: childDir, files } : undefined;
      },
      instantiate: (childDir, files, options, depth, stack) => this.module(childDir, files, options, depth, stack, rootDir),
      callSitesOf: callSites,
      argumentsOf: callArguments,
    };
  }

  /** `f` with notes silenced (the calls' own evaluation notes them). */
  private quietly<T>(f: () => T): T {
    this.quiet++;
    try {
      return f();
    } finally {
      this.quiet--;
    }
  }

  /** A module instance read with `base`, its `module.x.y` references resolved through its calls. */
  private module(dir: string, files: TfFile[], base: ScopeOptions, depth: number, stack: string[], rootDir: string): TfModule {
    if (depth > this.deepest) this.deepest = depth;
    const outputs = new Map<string, Value>();
    const sites = new Map(callSites(files).map((c) => [c.name, c]));
    return new TfModule(files, {
      ...base,
      moduleOutput: (name, key, output, trace, from) => {
        const site = sites.get(name);
        if (!site) return undefined;
        if (depth >= MAX_MODULE_DEPTH) {
          this.contextReads++;
          return undefined;
        }
        const cacheKey = `${name}\u0000${String(key)}\u0000${output}`;
        const cached = outputs.get(cacheKey);
        if (cached !== undefined) return cached;
        const v = this.outputValue(dir, from, site, key, output, trace, depth, stack, rootDir);
        outputs.set(cacheKey, v);
        return v;
      },
    });
  }

  /** `module.<name>[key].<output>`: the output's value in the called module, or an unknown naming it. */
  private outputValue(dir: string, caller: ModuleScope, site: CallSite, key: Value | undefined, output: string, trace: Provenance[] | undefined, depth: number, stack: string[], rootDir: string): Value {
    const address = `module.${site.name}`;
    const unknown = (why: string): Unknown => new Unknown('reference', site.block, `${address}.${output}${why}`, { kind: 'module', address, output });
    const childDir = this.childDir(dir, site, rootDir, stack.length);
    if (!childDir) return unknown('');
    if (stack.includes(childDir)) {
      this.contextReads++;
      return unknown('');
    }
    const lazy = this.lazyFiles(childDir);
    if (!lazy) return unknown('');
    const callerFile: TfFile = { ...site.file, scope: { module: caller } };
    const instances = instancesOf(caller, callerFile, site.block);
    const instance = instances.find((i) => key === undefined || i.key === key) ?? instances[0];
    if (!instance) return unknown(' (the call creates no instance)');
    const files = lazy();
    const args = callArguments(site, { ...site.file, scope: { module: caller, bindings: instance.bindings } });
    const scope = this.module(childDir, files, { defaults: this.defaults, args, callAddress: address + instance.suffix }, depth + 1, [...stack, childDir], rootDir).scope;
    for (const f of files) {
      for (const b of f.file.body.blocks) {
        if (b.blockType !== 'output' || b.labels[0]?.value !== output) continue;
        const value = b.body.attributes.find((a) => a.name === 'value');
        if (!value) return unknown('');
        const via: Provenance[] = [];
        const v = scope.evaluate(f, value.expr, undefined, via);
        // Unknowns from inside the module would name its resources as if they were the caller's.
        if (firstUnknown(v)) return unknown('');
        if (trace) trace.push(...via);
        return v;
      }
    }
    return unknown(' (no such output)');
  }

  /** Where a call's source is on disk: a local path, or the folder `terraform init` installed it in. */
  private childDir(dir: string, site: CallSite, rootDir: string, depth: number): string | undefined {
    const sourceAttr = site.block.body.attributes.find((a) => a.name === 'source');
    const source = sourceAttr ? evalExpr(site.file, sourceAttr.expr) : undefined;
    if (typeof source !== 'string') return undefined;
    if (source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..') return resolve(dir, source);
    // modules.json keys are the call path from the root (`db.inner`); this simple lookup uses the name at
    // the root and falls back to a unique match on the last name. Where an installed module is depends on
    // the root (its .terraform/modules/modules.json); a root with none gives nothing, like any other.
    const installed = this.installedModules(rootDir);
    if (!installed) {
      this.noInstalledReads++;
      return undefined;
    }
    this.contextReads++;
    const exact = installed.get(site.name);
    if (exact && depth <= 1) return exact;
    const matches = [...installed.entries()].filter(([k]) => k === site.name || k.endsWith(`.${site.name}`));
    return matches.length === 1 ? matches[0]![1] : exact;
  }

  private installedCache = new Map<string, Map<string, string> | null>();

  private installedModules(rootDir: string): Map<string, string> | null {
    const cached = this.installedCache.get(rootDir);
    if (cached !== undefined) return cached;
    let result: Map<string, string> | null = null;
    const text = this.host.readText(join(rootDir, '.terraform', 'modules', 'modules.json'));
    if (text !== undefined) {
      try {
        const doc = JSON.parse(text) as { Modules?: { Key?: unknown; Dir?: unknown }[] };
        result = new Map();
        for (const m of doc.Modules ?? []) {
          if (typeof m.Key === 'string' && typeof m.Dir === 'string' && m.Key !== '') {
            const d = isAbsolute(m.Dir) ? m.Dir : resolve(rootDir, m.Dir);
            // Only folders inside the root: modules.json comes from the workspace.
            if (!relative(rootDir, d).startsWith('..')) result.set(m.Key, d);
          }
        }
      } catch {
        result = null;
      }
    }
    this.installedCache.set(rootDir, result);
    return result;
  }

  private note(ref: SourceRef, message: string): void {
    // A module judged on its own (to tell which findings a call adds) says nothing: its callers do.
    if (this.quiet > 0) return;
    const key = `${ref.file}:${ref.span.start}:${message}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.push({ ref, message });
  }

  /**
   * Findings a call adds, reported in the caller's files: the called module instantiated with the call's
   * arguments, minus what the module reports on its own.
   */
  private callFindings(dir: string, callerModule: TfModule, site: CallSite, depth: number, stack: string[], rootDir: string, prefix: string, judged?: Map<Rule, RuleRun>): Finding[] {
    const callRef = headerRef(site.file, site.block);
    const address = `module.${site.name}`;
    if (depth > this.deepest) this.deepest = depth;
    const childDir = this.childDir(dir, site, rootDir, depth);
    if (!childDir) {
      const sourceAttr = site.block.body.attributes.find((a) => a.name === 'source');
      const source = sourceAttr ? evalExpr(site.file, sourceAttr.expr) : undefined;
      const what = typeof source === 'string' ? `"${source}"` : 'its source';
      if (depth === 1 || typeof source !== 'string' || source.startsWith('.')) {
        this.note(sourceAttr ? nodeRef(site.file.path, sourceAttr) : callRef, `The module ${what} of ${prefix}${address} is not on disk, so its resources are not checked: run \`terraform init\` (it installs modules under .terraform/modules) or check the path.`);
      }
      return [];
    }
    if (stack.includes(childDir)) {
      this.contextReads++;
      const at = this.rootCall ? headerRef(this.rootCall.file, this.rootCall.block) : callRef;
      this.note(at, `${prefix}${address} calls a module that is already being evaluated (${[...stack, childDir].map((d) => relative(rootDir, d) || '.').join(' → ')}): a module cannot call itself; this call is not evaluated.`);
      return [];
    }
    if (depth > MAX_MODULE_DEPTH) {
      this.contextReads++;
      this.note(callRef, `${prefix}${address} is nested more than ${MAX_MODULE_DEPTH} module calls deep and is not evaluated.`);
      return [];
    }
    const lazy = this.lazyFiles(childDir);
    if (!lazy) {
      this.note(callRef, `The module folder of ${prefix}${address} (${relative(rootDir, childDir) || '.'}) has no Terraform files.`);
      return [];
    }
    const scoped: TfFile = { ...site.file, scope: { module: callerModule.scope } };
    const instances = instancesOf(callerModule.scope, scoped, site.block);
    // A call that makes no instance (`count = var.x != null ? 1 : 0` with a null default) adds nothing:
    // its module is neither parsed nor analysed on its own for it (what it reports alone is only subtracted).
    if (instances.length === 0) return [];
    const files = lazy();
    const installed = childDir.split(sep).includes('.terraform');
    const own: ReadonlySet<string> = installed ? new Set<string>() : this.aloneKeys(childDir, files, depth, [...stack, childDir], rootDir);
    const out: Finding[] = [];
    for (const instance of instances) {
      const callAddress = address + instance.suffix;
      const instanceFile: TfFile = { ...site.file, scope: { module: callerModule.scope, bindings: instance.bindings } };
      const args = callArguments(site, instanceFile);
      // A companion in the caller given this call's output (module-joins.ts): the instance's join is unknown.
      const attach = (m: TfModule): void => m.attachCalled([], callerCompanions(callerModule, site.name, m));
      const { findings: found, runs } = this.instanceRun(childDir, files, { defaults: this.defaults, args, callAddress }, depth, [...stack, childDir], rootDir, `${prefix}${callAddress} → `, attach);
      if (judged && !installed) recordInstances(judged, runs, found, callAddress, callRef);
      for (const f of found) {
        // A workspace module reports its own findings itself, unless this call's argument set the value
        // (the module's default may be just as wrong, but the caller chose it too). An installed module
        // cannot be edited: its violations for these arguments are reported here, its unknowns only when
        // the call caused them.
        const caused = causedByCall(f, site);
        if (installed ? f.kind !== 'violation' && !caused : own.has(findingKey(f)) && !caused) continue;
        out.push(relocate(f, site, callAddress, args, childDir));
      }
    }
    return collapseSame(out);
  }

  /** Findings of a module instance (its files plus what its own calls add, relocated into its files). */
  private instanceFindings(dir: string, files: TfFile[], base: ScopeOptions, depth: number, stack: string[], rootDir: string, prefix: string): Finding[] {
    return this.instanceRun(dir, files, base, depth, stack, rootDir, prefix).findings;
  }

  /** instanceFindings, with the instance's rule runs (what each rule judged in it). */
  private instanceRun(dir: string, files: TfFile[], base: ScopeOptions, depth: number, stack: string[], rootDir: string, prefix: string, attach?: (mod: TfModule) => void): { findings: Finding[]; runs: RuleRun[] } {
    const mod = this.module(dir, files, base, depth, stack, rootDir);
    attach?.(mod);
    const model = modelOf(mod);
    const run = runRules(model, this.instanceRules);
    const findings = withConditions(collapseInstances(run.findings, modelResources(model)), model.conditional);
    for (const call of callSites(files)) findings.push(...this.callFindings(dir, mod, call, depth + 1, stack, rootDir, prefix));
    return { findings, runs: run.runs };
  }

  /**
   * The module files of `dir`, parsed when first asked for; undefined when it has none (from its listing).
   * A "module alone" analysis records the parse of every folder it reads (aloneKeys), so it parses at once.
   */
  private lazyFiles(dir: string): (() => TfFile[]) | undefined {
    if (this.recorders.length > 0) {
      const read = this.filesOf(dir);
      return read ? () => read : undefined;
    }
    if (!this.host.hasModuleFiles(dir)) return undefined;
    let files: TfFile[] | undefined;
    return () => (files ??= this.filesOf(dir) ?? []);
  }

  /** The Terraform files of a module folder, recorded by the "module alone" analyses running. */
  private filesOf(dir: string): TfFile[] | undefined {
    const files = this.host.moduleFiles(dir);
    for (const r of this.recorders) if (!r.has(dir)) r.set(dir, files?.map((f) => f.file));
    return files;
  }

  /**
   * Keys of what a module reports with its own defaults (what a call does not add). The analysis is shared
   * by every root of the analysis service (`shared`) when it read nothing of the root's: no call stack
   * seen recursing, no depth limit reached, no installed module looked up. Such an analysis gives the same
   * keys again while every module folder it read has the same parse, the depth limit stays out of reach
   * from the caller's depth, and the caller's call stack holds none of those folders (no recursion can be
   * seen). Modules calling no module are the simplest case: their analysis reads only their own files.
   */
  private aloneKeys(dir: string, files: TfFile[], depth: number, stack: string[], rootDir: string): ReadonlySet<string> {
    const known = this.alone.get(dir);
    if (known) {
      if (known.contextual) this.contextReads++;
      if (known.noInstalled) this.noInstalledReads++;
      return known.keys;
    }
    const hit = this.shared?.get(dir);
    if (hit && this.stillValid(hit, dir, files, depth, stack, rootDir)) {
      for (const r of this.recorders) for (const [d, f] of hit.reads) if (!r.has(d)) r.set(d, f);
      this.deepest = Math.max(this.deepest, depth + hit.height);
      this.alone.set(dir, { keys: hit.keys, contextual: false, noInstalled: hit.noInstalled });
      return hit.keys;
    }
    const reads = new Map<string, readonly HclFile[] | undefined>([[dir, files.map((f) => f.file)]]);
    for (const r of this.recorders) if (!r.has(dir)) r.set(dir, reads.get(dir));
    const before = this.contextReads;
    const lookedUp = this.noInstalledReads;
    const outerDeepest = this.deepest;
    this.deepest = depth;
    this.recorders.push(reads);
    this.quiet++;
    let findings: Finding[];
    let height: number;
    try {
      findings = this.instanceFindings(dir, files, { defaults: this.defaults }, depth, stack, rootDir, '');
    } finally {
      this.quiet--;
      this.recorders.pop();
      height = this.deepest - depth;
      this.deepest = Math.max(outerDeepest, this.deepest);
    }
    const keys = new Set(findings.map(findingKey));
    const contextual = this.contextReads !== before;
    const noInstalled = this.noInstalledReads !== lookedUp;
    this.alone.set(dir, { keys, contextual, noInstalled });
    if (!contextual && this.shared) this.shared.set(dir, { reads, height, noInstalled, keys });
    return keys;
  }

  private stillValid(entry: AloneEntry, dir: string, files: readonly TfFile[], depth: number, stack: readonly string[], rootDir: string): boolean {
    if (entry.noInstalled) {
      if (this.installedModules(rootDir)) return false;
      this.noInstalledReads++;
    }
    // The analysis went `height` calls deeper without meeting MAX_MODULE_DEPTH: from here it must not either.
    if (depth + entry.height >= MAX_MODULE_DEPTH) return false;
    for (const [d, read] of entry.reads) {
      if (d !== dir && stack.includes(d)) return false;
      const now = d === dir ? files : this.filesOf(d);
      if (now === undefined || read === undefined) {
        if (now !== read) return false;
        continue;
      }
      if (now.length !== read.length || now.some((f, i) => f.file !== read[i])) return false;
    }
    return true;
  }
}

/**
 * What each rule judged in one instance of a workspace module called from the root, by full address
 * (`module.db.aws_db_instance.this`) at the call, with the instance's findings on it (workspace-controls.ts
 * turns them into evidence). Nested calls are not listed: their findings still reach the root's evidence
 * through the call that caused them.
 */
function recordInstances(judged: Map<Rule, RuleRun>, runs: readonly RuleRun[], found: readonly Finding[], callAddress: string, at: SourceRef): void {
  for (const run of runs) {
    if (run.assessed.length === 0) continue;
    let out = judged.get(run.rule);
    if (!out) {
      out = { rule: run.rule, assessed: [], instances: [] };
      judged.set(run.rule, out);
    }
    for (const res of run.assessed) {
      const address = `${callAddress}.${res.address}`;
      if (out.instances!.some((i) => i.address === address)) continue;
      out.instances!.push({ address, at, findings: found.filter((f) => f.ruleId === run.rule.meta.id && !f.module && (f.resource === res.address || f.resource === baseAddress(res.address))) });
    }
  }
}

function callSites(files: readonly TfFile[]): CallSite[] {
  const out: CallSite[] = [];
  for (const f of files) {
    for (const b of f.file.body.blocks) if (b.blockType === 'module' && b.labels.length === 1) out.push({ name: b.labels[0]!.value, block: b, file: f });
  }
  return out;
}

/** The call's arguments (everything but the meta-arguments), each evaluated in the caller's scope when read. */
function callArguments(site: CallSite, callerFile: TfFile): Map<string, CallArgument> {
  const args = new Map<string, CallArgument>();
  for (const a of site.block.body.attributes) {
    if (META_ARGUMENTS.has(a.name)) continue;
    let cached: { value: Value; via: Provenance[] } | undefined;
    args.set(a.name, {
      ref: nodeRef(site.file.path, a),
      value: () => {
        if (!cached) {
          const via: Provenance[] = [];
          cached = { value: evalExpr(callerFile, a.expr, via), via };
        }
        return cached;
      },
    });
  }
  return args;
}

function findingKey(f: Finding): string {
  return [f.ruleId, f.kind, f.ref.file, f.ref.span.start, f.ref.span.end, f.message].join('\u0000');
}

/** Whether the finding's value came through one of this call's arguments. */
function causedByCall(f: Finding, site: CallSite): boolean {
  return (f.via ?? []).some((p) => p.kind === 'module-argument' && p.ref.file === site.file.path && p.ref.span.start >= site.block.start && p.ref.span.end <= site.block.end);
}

/** The finding moved to the call: on the argument its value came through, else on the call's header. */
function relocate(f: Finding, site: CallSite, callAddress: string, args: ReadonlyMap<string, CallArgument>, childDir: string): Finding {
  const arg = (f.via ?? []).find((p) => p.kind === 'module-argument' && p.ref.file === site.file.path && p.ref.span.start >= site.block.start && p.ref.span.end <= site.block.end);
  const ref = arg ? arg.ref : headerRef(site.file, site.block);
  // Findings on some instances only already start with the instance's address.
  const inner = f.module || f.message.startsWith(`${f.resource}: `) ? f.message : `${f.resource}: ${f.message}`;
  // What the message and the related locations still name: the caller's own defaults and inputs, not the
  // module's internal steps nor the argument the finding now sits on.
  const via = (f.via ?? []).filter((p) => p !== arg && dirname(p.ref.file) !== childDir);
  const out: Finding = {
    ...f,
    ref,
    via,
    resource: callAddress.replace(/\[.*\]$/, ''),
    message: `${callAddress} → ${inner}`,
    module: `${callAddress}.${f.module ?? f.resource}`,
    fixes: f.fixes.flatMap((x) => relocateFix(x, site, args)),
  };
  return out;
}

/**
 * A fix that sets an attribute written as `var.x` in the module, where x is this call's argument, becomes
 * the same value set on the argument; any other fix would change the module for every caller: dropped.
 */
export function relocateFix(fix: PlannedFix, site: CallSite, args: ReadonlyMap<string, CallArgument>): PlannedFix[] {
  const ops: FixOp[] = [];
  for (const op of fix.ops) {
    if (op.op !== 'set' || op.location.target.platform !== 'terraform' || op.location.target.kind !== 'block') return [];
    const attr = attributeAt(op.location.target.block, op.location.path);
    const name = attr ? passthroughVariable(attr.expr) : undefined;
    if (!name || !args.has(name)) return [];
    ops.push({ op: 'set', location: { target: blockTarget(site.file, site.block), path: [name] }, value: op.value });
  }
  return ops.length > 0 ? [{ ...fix, ops }] : [];
}

function attributeAt(block: Block, path: readonly string[]): Attribute | undefined {
  let current: Block | undefined = block;
  for (const step of path.slice(0, -1)) current = current?.body.blocks.find((b) => b.blockType === step);
  return current?.body.attributes.find((a) => a.name === path[path.length - 1]);
}

function passthroughVariable(e: Expression): string | undefined {
  let x = e;
  while (x.type === 'TemplateWrap' || x.type === 'Parentheses') x = x.type === 'TemplateWrap' ? x.wrapped : x.expr;
  if (x.type !== 'ScopeTraversal' || x.root !== 'var' || x.steps.length !== 1 || x.steps[0]!.type !== 'AttrStep') return undefined;
  return x.steps[0]!.name;
}

/**
 * A fix for a value that came from a variable's default, set on an attribute written as `var.x`, changes the
 * default instead: the variable keeps working for callers and var files, and the module's own default
 * becomes compliant.
 */
function fixAtDefault(f: Finding, mod: TfModule): Finding {
  const first = f.via?.[0];
  if (!first || first.kind !== 'variable-default' || f.fixes.length === 0) return f;
  const fixes = f.fixes.map((fix) => {
    const ops: FixOp[] = [];
    for (const op of fix.ops) {
      // Only literals: a default cannot refer to anything (a placeholder variable, a resource).
      if (op.op !== 'set' || op.value.kind !== 'literal' || op.location.target.platform !== 'terraform' || op.location.target.kind !== 'block') return fix;
      const attr = attributeAt(op.location.target.block, op.location.path);
      const name = attr ? passthroughVariable(attr.expr) : undefined;
      const decl = name ? mod.scope.variable(name) : undefined;
      if (!decl?.defaultAttr || `var.${name}` !== first.name) return fix;
      ops.push({ op: 'set', location: { target: blockTarget(decl.file, decl.block), path: ['default'] }, value: op.value });
    }
    return { ...fix, ops };
  });
  return { ...f, fixes };
}

/** The same finding from every instance of a call (`count = 3`): once. */
function collapseSame(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = [f.ruleId, f.kind, f.ref.span.start, f.ref.span.end, f.message.replace(/^module\.[^ ]*?(\[[^\]]*\])? \u2192 /, '')].join('\u0000');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
