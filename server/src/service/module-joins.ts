// SPDX-License-Identifier: Apache-2.0
// Joins across a module call: a root module's resource whose companion is made by a module it calls
// (`module "pab" { bucket_id = aws_s3_bucket.b.id }` whose `aws_s3_bucket_public_access_block` sets
// `bucket = var.bucket_id`). Terraform would create that companion; without this the root's join sees
// nothing and the verdict is a confident "none".
//
// Each call of the root is instantiated once more for joins, with its arguments and with every resource
// of the instance named by its full address (`module.pab.aws_s3_bucket_public_access_block.this`, see
// ScopeOptions.resourcePrefix): references inside the instance name its own resources by full address, so
// they never pass for the root's resources of the same name, while a reference the root passed in as an
// argument stays a reference to the root's resource (`aws_s3_bucket.b`), which joins match.
//
// - The instance's resources are join candidates only: adapter joins see them through
//   TfModule.companionsOfType, rule joins through the model the root's rules run on (`joinModel`), and the
//   runner never judges them there (RunOptions.joinOnly): they are judged in the call's instance run and
//   in their module's own files, as before.
// - A companion's settings are judged as usual, for the root's resource: a finding whose place is in the
//   called module's files moves to the call (on the argument the value came through, else the call's
//   header), naming the companion.
// - An instance that exists only for some values of something unknown (`count = var.x ? 1 : 0`) makes the
//   settings of its companions unknown, naming the condition; a call whose module is not on disk, given a
//   reference to a resource, makes that resource's missing companions unknown, naming the call.
// - Calls of calls are read too (a wrapper module around the one that makes the companion), down to
//   MAX_JOIN_DEPTH; their findings move to the root's call. The reverse direction (a resource made by a
//   called module, its companion in the caller through a module output) is not joined: the instance's
//   join is "cannot verify" (callerCompanions; docs/evaluation.md, "Joins across module calls").

import { dirname } from 'node:path';
import { firstUnknown, isObjectValue, Unknown } from '../core/value';
import type { Value } from '../core/value';
import type { SourceRef } from '../core/span';
import type { Block } from '../parsers/hcl/ast';
import { modelOf } from '../model/adapters/terraform';
import type { CallArgument, OpaqueCall, ScopeOptions, TfFile, TfModule, TfResource } from '../model/adapters/terraform';
import { instancesOf } from '../model/adapters/terraform/instances';
import { evalExpr, headerRef } from '../model/adapters/terraform/values';
import { S3_COMPANION_TYPES } from '../model/adapters/terraform/aws/s3';
import type { AwsModel, CloudModel } from '../model/model';
import type { ModelResource } from '../model/resource';
import { modelResources } from '../engine/runner';
import type { Finding } from '../engine/runner';
import type { PlannedFix } from '../engine/rule-api';

export interface JoinSite {
  name: string;
  block: Block;
  file: TfFile;
}

/** How the analysis reads a called module: its folder and files (undefined: not on disk), an instance of it. */
export interface JoinHost {
  /**
   * The folder of a call made in folder `from`, `depth` calls below the root, with its files parsed when
   * first asked for; `skip`: not read for joins (a module calling itself).
   */
  locate(site: JoinSite, from: string, depth: number): { dir: string; files: () => TfFile[] } | 'skip' | undefined;
  instantiate(dir: string, files: TfFile[], options: ScopeOptions, depth: number, stack: string[]): TfModule;
  callSitesOf(files: readonly TfFile[]): JoinSite[];
  /** The call's arguments, evaluated in the caller's scope (with an instance's bindings) when read. */
  argumentsOf(site: JoinSite, callerFile: TfFile): Map<string, CallArgument>;
}

/** One instance of a root call, read for joins. */
interface JoinedInstance {
  site: JoinSite;
  dir: string;
  callAddress: string;
  args: ReadonlyMap<string, CallArgument>;
  module: TfModule;
  model: CloudModel;
}

export interface ModuleJoins {
  instances: JoinedInstance[];
  /** The root's model plus the instances' resources, for the root's rules (those resources join-only). */
  joinModel(root: CloudModel): CloudModel;
  /** Whether a resource of the join model belongs to a called instance (never judged at the root). */
  joinOnly(r: ModelResource): boolean;
  /** The root's findings, those placed in a called module's files moved to the call. */
  relocate(findings: Finding[], fixAtCall: (fix: PlannedFix, site: JoinSite, args: ReadonlyMap<string, CallArgument>) => PlannedFix[]): Finding[];
  /**
   * The same joins for another reading of the root whose call blocks, variables, locals and called modules
   * are unchanged (an editor keystroke that changed resource blocks only: service/tf-reuse.ts). What the
   * calls make depends on nothing else: the caller's scope leaves references to its resources and data
   * sources unresolved.
   */
  reattach(root: TfModule): ModuleJoins;
}

/** Calls nested deeper than this below the root are not read for joins (each level multiplies the instances). */
export const MAX_JOIN_DEPTH = 4;

/**
 * Module instances one root reads for joins, at most (calls with for_each, nested, multiply). The calls left
 * unread are treated like calls whose module is not on disk: what they may make is unknown (`limit`).
 */
export const MAX_JOIN_INSTANCES = 1000;

const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/**
 * Reads the root's calls for joins and attaches the instances' resources (and the calls that cannot be
 * read) to `root`, before its model is built.
 */
export function attachModuleJoins(root: TfModule, rootDir: string, sites: readonly JoinSite[], host: JoinHost, defaults: 'assume' | 'unknown'): ModuleJoins {
  const instances: JoinedInstance[] = [];
  const opaque: OpaqueCall[] = [];
  const resources: TfResource[] = [];
  /** The calls of `caller` (the root, or an instance read for joins), read in turn down to MAX_JOIN_DEPTH. */
  const read = (caller: TfModule, from: string, callSites: readonly JoinSite[], at: { rootSite?: JoinSite; depth: number; stack: string[]; maybe?: Unknown }): void => {
    for (const site of callSites) {
      const address = `${caller.prefix}module.${site.name}`;
      const scoped: TfFile = { ...site.file, scope: { module: caller.scope } };
      const located = host.locate(site, from, at.depth);
      if (located === 'skip' || (located && at.stack.includes(located.dir))) continue;
      if (!located) {
        const refs = referencedResources(site, scoped);
        if (refs.size > 0) opaque.push({ address, refs, unknown: opaqueUnknown(site, address) });
        continue;
      }
      for (const instance of instancesOf(caller.scope, scoped, site.block)) {
        if (instances.length >= MAX_JOIN_INSTANCES) {
          const refs = referencedResources(site, scoped);
          if (refs.size > 0) opaque.push({ address, refs, unknown: limitUnknown(site, address) });
          break;
        }
        const callAddress = address + instance.suffix;
        const instanceFile: TfFile = { ...site.file, scope: { module: caller.scope, bindings: instance.bindings } };
        const args = host.argumentsOf(site, instanceFile);
        const stack = [...at.stack, located.dir];
        const mod = host.instantiate(located.dir, located.files(), { defaults, args, callAddress, resourcePrefix: `${callAddress}.` }, at.depth, stack);
        // The whole instance exists only for some inputs (or its caller does): so does each of its resources.
        const maybe = instance.maybe ?? at.maybe;
        for (const r of mod.resources) {
          if (maybe && !r.maybe) {
            r.maybe = maybe;
            mod.conditional.set(r.address, maybe);
          }
          resources.push(r);
        }
        // Findings move to the root's call; only its own arguments can take a fix.
        const rootSite = at.rootSite ?? site;
        instances.push({ site: rootSite, dir: located.dir, callAddress, args: at.rootSite ? new Map() : args, module: mod, model: modelOf(mod) });
        if (at.depth < MAX_JOIN_DEPTH) read(mod, located.dir, host.callSitesOf(located.files()), { rootSite, depth: at.depth + 1, stack, ...(maybe ? { maybe } : {}) });
      }
    }
  };
  read(root, rootDir, sites, { depth: 1, stack: [rootDir] });
  return joinsOf(root, instances, resources, opaque);
}

/** The joins of `root`, with what its calls make attached to it. */
function joinsOf(root: TfModule, instances: JoinedInstance[], resources: TfResource[], opaque: OpaqueCall[]): ModuleJoins {
  root.attachCalled(resources, opaque);
  const joined = new WeakSet<ModelResource>();
  return {
    instances,
    joinModel: (model) => {
      if (instances.length === 0) return model;
      const merged = mergeModels(model, instances.map((i) => i.model));
      for (const i of instances) for (const r of modelResources(i.model)) joined.add(r);
      return merged;
    },
    joinOnly: (r) => joined.has(r),
    relocate: (findings, fixAtCall) => (instances.length === 0 ? findings : findings.map((f) => relocateJoined(f, instances, fixAtCall))),
    reattach: (other) => joinsOf(other, instances, resources, opaque),
  };
}

/** The instance whose module files hold `file`, if any. */
function instanceOfFile(instances: readonly JoinedInstance[], file: string): JoinedInstance | undefined {
  const dir = dirname(file);
  return instances.find((i) => i.dir === dir && i.module.files.some((f) => f.path === file));
}

/**
 * A root finding placed in the root whose fix would edit a called module (a trail's log bucket that a
 * module makes): the fix sets the call's argument when the setting is written as one, else it is dropped
 * (editing the module would change it for every caller).
 */
function withFixesAtCalls(f: Finding, instances: readonly JoinedInstance[], fixAtCall: (fix: PlannedFix, site: JoinSite, args: ReadonlyMap<string, CallArgument>) => PlannedFix[]): Finding {
  if (f.fixes.length === 0) return f;
  let changed = false;
  const fixes = f.fixes.flatMap((fix) => {
    const inst = fix.ops.map((op) => instanceOfFile(instances, op.op === 'set' ? op.location.target.file : op.target.file)).find((i) => i !== undefined);
    if (!inst) return [fix];
    changed = true;
    return fixAtCall(fix, inst.site, inst.args);
  });
  return changed ? { ...f, fixes } : f;
}

/** Base addresses of the caller's resources that a call's arguments reference (anywhere in their values). */
function referencedResources(site: JoinSite, callerFile: TfFile): Set<string> {
  const out = new Set<string>();
  for (const a of site.block.body.attributes) {
    if (META_ARGUMENTS.has(a.name)) continue;
    collectRefs(evalExpr(callerFile, a.expr), out, 0);
  }
  return out;
}

function collectRefs(v: Value, out: Set<string>, depth: number): void {
  if (depth > 8 || out.size > 1000) return;
  if (v instanceof Unknown) {
    if (v.ref.kind === 'resource') out.add(v.ref.address);
    return;
  }
  if (Array.isArray(v)) for (const x of v) collectRefs(x, out, depth + 1);
  else if (isObjectValue(v)) for (const k of Object.keys(v)) collectRefs(v[k]!, out, depth + 1);
  else if (firstUnknown(v)) collectRefs(firstUnknown(v)!, out, depth + 1);
}

function opaqueUnknown(site: JoinSite, address: string): Unknown {
  const source = site.block.body.attributes.find((a) => a.name === 'source');
  // The parser's own nodes (not copies): the joins may be reused after an edit moved them (reattach).
  const at = source ?? site.block;
  return new Unknown('reference', at, `${address}, which is given a reference to it and whose module is not on disk (run \`terraform init\`), so what it creates is not known`, { kind: 'module', address });
}

function limitUnknown(site: JoinSite, address: string): Unknown {
  return new Unknown('expression', site.block, `${address}, which is given a reference to it and is not read for joins (more than ${MAX_JOIN_INSTANCES} module instances), so what it creates is not known`, { kind: 'limit', what: 'module instances read for joins' });
}

/** The root's model with the instances' resources appended to each list (the root's first). */
function mergeModels(root: CloudModel, more: readonly CloudModel[]): CloudModel {
  const aws = { ...root.aws, catalog: { ...root.aws.catalog } } as AwsModel;
  const lists = aws as unknown as Record<string, unknown[]>;
  for (const m of more) {
    const { catalog, ...typed } = m.aws;
    for (const [k, list] of Object.entries(typed) as [string, unknown[]][]) if (list.length > 0) lists[k] = [...(lists[k] ?? []), ...list];
    for (const [k, list] of Object.entries(catalog)) if (list.length > 0) aws.catalog[k] = [...(aws.catalog[k] ?? []), ...list];
  }
  return { ...root, aws };
}

/**
 * A root finding whose place is in a called module's files (a companion's setting) moved to the call: on
 * the argument its value came through, else the call's header, naming the companion. Fixes that set the
 * companion's `var.x` become the same value set on the argument; others are dropped (they would change the
 * module for every caller).
 */
function relocateJoined(f: Finding, instances: readonly JoinedInstance[], fixAtCall: (fix: PlannedFix, site: JoinSite, args: ReadonlyMap<string, CallArgument>) => PlannedFix[]): Finding {
  const inst = instanceOfFile(instances, f.ref.file);
  if (!inst) return withFixesAtCalls(f, instances, fixAtCall);
  const { site } = inst;
  const inCall = (ref: SourceRef): boolean => ref.file === site.file.path && ref.span.start >= site.block.start && ref.span.end <= site.block.end;
  const arg = (f.via ?? []).find((p) => p.kind === 'module-argument' && inCall(p.ref));
  const companion = inst.module.resources.find((r) => r.file.path === f.ref.file && r.block.start <= f.ref.span.start && f.ref.span.end <= r.block.end);
  const where = companion ? companion.address : inst.callAddress;
  return {
    ...f,
    ref: arg ? arg.ref : headerRef(site.file, site.block),
    via: (f.via ?? []).filter((p) => p !== arg && dirname(p.ref.file) !== inst.dir),
    message: `${f.message.replace(/\.\s*$/, '')} (set by ${where}).`,
    fixes: f.fixes.flatMap((x) => fixAtCall(x, site, inst.args)),
  };
}

/** Per caller module: its companion resources given a module's output, by call name. */
const outputUses = new WeakMap<TfModule, Map<string, OutputUse[]>>();

interface OutputUse {
  resource: TfResource;
  output: string;
  unknown: Unknown;
}

/**
 * The reverse direction, made "cannot verify" rather than joined: a companion in the caller given one of
 * the call's outputs (`aws_s3_bucket_public_access_block` with `bucket = module.s3.bucket_id`) may be the
 * companion of the instance's resource that output names (`output "bucket_id" { value = aws_s3_bucket.this.id }`).
 * The instance's joins of that type are unknown, naming the output, instead of a confident "none".
 */
export function callerCompanions(caller: TfModule, siteName: string, instance: TfModule): OpaqueCall[] {
  const uses = usesOf(caller).get(siteName);
  if (!uses) return [];
  const out: OpaqueCall[] = [];
  for (const use of uses) {
    const refs = new Set<string>();
    for (const f of instance.files) {
      for (const b of f.file.body.blocks) {
        if (b.blockType !== 'output' || b.labels[0]?.value !== use.output) continue;
        const value = b.body.attributes.find((a) => a.name === 'value');
        if (value) collectRefs(instance.scope.evaluate(f, value.expr), refs, 0);
      }
    }
    if (refs.size > 0) out.push({ address: use.resource.address, refs, types: new Set([use.resource.type]), unknown: use.unknown });
  }
  return out;
}

function usesOf(caller: TfModule): Map<string, OutputUse[]> {
  let uses = outputUses.get(caller);
  if (uses) return uses;
  uses = new Map();
  for (const type of S3_COMPANION_TYPES) {
    for (const r of caller.ofType(type)) {
      for (const a of r.block.body.attributes) {
        const v = evalExpr(r.file, a.expr);
        if (!(v instanceof Unknown) || v.ref.kind !== 'module' || v.ref.output === undefined) continue;
        const name = v.ref.address.replace(/^module\./, '');
        const use: OutputUse = {
          resource: r,
          output: v.ref.output,
          unknown: new Unknown('reference', v.span, `${v.ref.address}.${v.ref.output}, which ${r.address} of the calling module is given: it may be this resource's companion, and how it is set is not joined across the call`, v.ref),
        };
        uses.set(name, [...(uses.get(name) ?? []), use]);
      }
    }
  }
  outputUses.set(caller, uses);
  return uses;
}
