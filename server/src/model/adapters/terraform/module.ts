// SPDX-License-Identifier: Apache-2.0
// A Terraform module as the adapters see it: every file of one directory, parsed, with its resources and
// data sources indexed by type, each expanded into its instances (`count`, `for_each`) and evaluated in
// the module's scope (variables, locals, module outputs). Split resources (a bucket and its public access
// block) live in different files as often as not, so adapters always work on the whole directory.

import type { Attribute, Block, Expression, HclFile } from '../../../parsers/hcl/ast';
import type { Unknown, Value } from '../../../core/value';
import { ModuleScope } from './scope';
import type { ScopeOptions } from './scope';
import { expandDynamic, instancesOf } from './instances';
import { recordRead, synthesizedNodes } from './reads';

export interface TfFile {
  path: string;
  file: HclFile;
  /**
   * How expressions of this file are evaluated: the module's scope and the bindings of one resource
   * instance (`count.index`, `each.key`, dynamic block iterators). Absent: literal values only.
   */
  scope?: { module: ModuleScope; bindings?: ReadonlyMap<string, Value> };
}

export interface TfResource {
  /** `resource` or `data`. */
  mode: 'resource' | 'data';
  type: string;
  name: string;
  /** `aws_s3_bucket.logs`, `aws_s3_bucket.logs[0]`, `aws_s3_bucket.logs["a"]`, `data.aws_iam_policy_document.p`. */
  address: string;
  /** The address without an instance key: `aws_s3_bucket.logs`. */
  baseAddress: string;
  /** The instance key (count index or for_each key) when the resource has count/for_each and it is known. */
  key?: number | string;
  /** Set when whether the instance exists depends on something unknown (see Instance.maybe). */
  maybe?: Unknown;
  /**
   * A resource of a called module's instance, read for the caller's joins only (service/module-joins.ts):
   * the call's address (`module.pab`, `module.pab["a"]`). Its `address` starts with it.
   */
  calledBy?: string;
  /** The block as written, with its known dynamic blocks expanded. */
  block: Block;
  /** The file, carrying this instance's evaluation scope. */
  file: TfFile;
}

/** A module call whose module cannot be read: what decides its companions is unknown. */
export interface OpaqueCall {
  /** `module.pab`. */
  address: string;
  /** Base addresses of this module's resources that the call's arguments reference. */
  refs: ReadonlySet<string>;
  /** The companion types it may stand for (absent: any). */
  types?: ReadonlySet<string>;
  /** The unknown a join that it may satisfy depends on (kind `module`, naming the call). */
  unknown: Unknown;
}

export class TfModule {
  private readonly all: TfResource[] = [];
  /** Instances that exist only for some values of something unknown, by address. */
  readonly conditional = new Map<string, Unknown>();
  readonly scope: ModuleScope;
  /** `module.pab.` for a module instance read for its caller's joins (ScopeOptions.resourcePrefix), else ''. */
  readonly prefix: string;
  private readonly byType = new Map<string, TfResource[]>();
  /** `locals` values by name, for following `local.x` to what it stands for. */
  private readonly locals = new Map<string, Attribute>();

  private readonly tfFiles: TfFile[];

  constructor(files: TfFile[], options: ScopeOptions = { defaults: 'assume' }) {
    this.tfFiles = files;
    this.scope = new ModuleScope(files, options);
    this.prefix = options.resourcePrefix ?? '';
    const scoped = new Map<TfFile, TfFile>();
    for (const f of files) scoped.set(f, { ...f, scope: { module: this.scope } });
    for (const f of files) {
      const file = scoped.get(f)!;
      for (const block of f.file.body.blocks) {
        if (block.blockType === 'locals') {
          for (const a of block.body.attributes) this.locals.set(a.name, a);
          continue;
        }
        if ((block.blockType !== 'resource' && block.blockType !== 'data') || block.labels.length < 2) continue;
        const mode = block.blockType;
        const type = block.labels[0]!.value;
        const name = block.labels[1]!.value;
        const prefix = options.resourcePrefix ?? '';
        const baseAddress = `${prefix}${mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`}`;
        for (const instance of instancesOf(this.scope, file, block)) {
          const expanded = expandDynamic(this.scope, file, block, instance.bindings);
          // count/each and the iterators of expanded dynamic blocks: the instance's file carries them.
          const instanceFile: TfFile = instance.bindings.size > 0 ? { ...f, scope: { module: this.scope, bindings: instance.bindings } } : file;
          const r: TfResource = { mode, type, name, address: baseAddress + instance.suffix, baseAddress, block: expanded, file: instanceFile };
          if (instance.key !== undefined) r.key = instance.key;
          if (prefix !== '') r.calledBy = prefix.slice(0, -1);
          if (instance.maybe) {
            r.maybe = instance.maybe;
            this.conditional.set(r.address, instance.maybe);
          }
          this.all.push(r);
          const key = `${mode}:${type}`;
          const list = this.byType.get(key);
          if (list) list.push(r);
          else this.byType.set(key, [r]);
        }
      }
    }
  }

  /** Every file of the module (a reader of these reads everything: see reads.ts). */
  get files(): TfFile[] {
    recordRead('*');
    return this.tfFiles;
  }

  /** Every resource and data source instance, in file order. */
  get resources(): TfResource[] {
    recordRead('*');
    return this.all;
  }

  /**
   * Follows `local.name` to the expression it is defined as (a few levels deep), so that
   * `vpc_id = local.vpc_id` with `locals { vpc_id = aws_vpc.this.id }` joins like a direct reference.
   */
  deref(expr: Expression): Expression {
    let e = expr;
    for (let depth = 0; depth < 8; depth++) {
      while (e.type === 'TemplateWrap' || e.type === 'Parentheses') e = e.type === 'TemplateWrap' ? e.wrapped : e.expr;
      if (e.type !== 'ScopeTraversal' || e.root !== 'local' || e.steps.length !== 1 || e.steps[0]!.type !== 'AttrStep') return e;
      const def = this.locals.get(e.steps[0]!.name);
      if (!def) return e;
      e = def.expr;
    }
    return e;
  }

  /**
   * `deref`, and for an instance of a resource whose `for_each` is written as an object (directly or via
   * a local), `each.value` followed to that key's item expression: `bucket = each.value.id` over
   * `{ logs = aws_s3_bucket.logs }` joins like `aws_s3_bucket.logs.id`. The item's value is usually
   * computed (a resource's id), so evaluating it cannot join; following the expression can.
   */
  derefInstance(r: TfResource, expr: Expression): Expression {
    const e = this.deref(expr);
    if (e.type !== 'ScopeTraversal' || e.root !== 'each' || typeof r.key !== 'string') return e;
    const [first, ...rest] = e.steps;
    if (first?.type !== 'AttrStep' || first.name !== 'value') return e;
    const forEach = r.block.body.attributes.find((a) => a.name === 'for_each');
    const coll = forEach ? this.deref(forEach.expr) : undefined;
    if (coll?.type !== 'Object') return e;
    const item = coll.items.find((i) => literalKey(i.key.wrapped, i.key.forceNonLiteral) === r.key);
    if (!item) return e;
    const value = this.deref(item.value);
    if (rest.length === 0) return value;
    if (value.type !== 'ScopeTraversal') return e;
    const joined: Expression = { ...value, steps: [...value.steps, ...rest], end: e.end };
    synthesizedNodes.set(joined, r.file.path);
    return joined;
  }

  /** Resources of called module instances that may be companions of this module's resources (see module-joins.ts). */
  private called: TfResource[] = [];
  private calledByType: Map<string, TfResource[]> | undefined;
  /** Calls whose module cannot be read (source not on disk), with the resources each one is given a reference to. */
  private opaque: OpaqueCall[] = [];

  /** Makes the resources of called module instances visible to this module's joins (companionsOfType). */
  attachCalled(resources: readonly TfResource[], opaque: readonly OpaqueCall[]): void {
    this.called = [...resources];
    this.calledByType = undefined;
    this.opaque = [...opaque];
  }

  /**
   * Candidates for a join to this module's resources: its own resources of `type`, then those of the
   * module instances it calls (a public access block made by `module "pab"` for a bucket passed in).
   */
  companionsOfType(type: string): TfResource[] {
    if (this.called.length === 0) return this.ofType(type);
    if (!this.calledByType) {
      this.calledByType = new Map();
      for (const r of this.called) {
        if (r.mode !== 'resource') continue;
        const list = this.calledByType.get(r.type);
        if (list) list.push(r);
        else this.calledByType.set(r.type, [r]);
      }
    }
    const more = this.calledByType.get(type);
    return more ? [...this.ofType(type), ...more] : this.ofType(type);
  }

  /**
   * What may make a companion of `type` for `baseAddress` that cannot be read: a call whose module is not
   * on disk and is given a reference to it, or a resource of the calling module given a module output
   * that names it.
   */
  opaqueCallFor(baseAddress: string, type: string): OpaqueCall | undefined {
    return this.opaque.find((c) => c.refs.has(baseAddress) && (!c.types || c.types.has(type)));
  }

  /** Resources (mode `resource`) of a type, in file order, one entry per instance. */
  ofType(type: string): TfResource[] {
    recordRead(`resource:${type}`);
    return this.byType.get(`resource:${type}`) ?? [];
  }

  /** The types of the module's resources (mode `resource`). */
  resourceTypes(): string[] {
    recordRead('*');
    const out: string[] = [];
    for (const key of this.byType.keys()) if (key.startsWith('resource:')) out.push(key.slice('resource:'.length));
    return out;
  }

  private names: Map<string, Set<string>> | undefined;

  /** Whether a resource `type.name` (mode `resource`, any instance) is declared: one lookup, for joins. */
  hasResource(type: string, name: string): boolean {
    recordRead(`resource:${type}`);
    if (!this.names) {
      this.names = new Map();
      for (const r of this.all) {
        if (r.mode !== 'resource') continue;
        const set = this.names.get(r.type) ?? new Set<string>();
        set.add(r.name);
        this.names.set(r.type, set);
      }
    }
    return this.names.get(type)?.has(name) ?? false;
  }

  dataOfType(type: string): TfResource[] {
    recordRead(`data:${type}`);
    return this.byType.get(`data:${type}`) ?? [];
  }
}

/** An object key written as a bare name or a plain string, else undefined. */
function literalKey(key: Expression, forceNonLiteral: boolean): string | undefined {
  if (!forceNonLiteral && key.type === 'ScopeTraversal' && key.steps.length === 0) return key.root;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  if (key.type === 'Template' && key.parts.length === 1) {
    const part = key.parts[0]!;
    if (part.type === 'Literal' && typeof part.value === 'string') return part.value;
  }
  return undefined;
}
