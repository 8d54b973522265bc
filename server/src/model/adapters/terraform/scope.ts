// SPDX-License-Identifier: Apache-2.0
// The evaluation scope of one Terraform module instance: what `var.x`, `local.y`, `path.module`,
// `terraform.workspace` and `module.m.out` stand for, as Terraform would evaluate them for these inputs.
//
// A variable's value comes, in Terraform's order of precedence, from the module call's argument (child
// modules), or from the command line and var files (root modules: `--var`, `--var-file`, `*.auto.tfvars`,
// `terraform.tfvars`), or from its default. Each is a known value that remembers where it came from
// (`Provenance`), so a finding can say "with the default value of var.x (false)". Only a variable with
// none of these is unknown. Locals are evaluated lazily, once, across all files of the module; a cycle
// is an unknown with the reason "cycle" (Terraform would reject the configuration), never a hang.

import type { ProviderLocks } from './lock-file';
import type { Attribute, Block, Expression, HclFile, ScopeTraversalExpr } from '../../../parsers/hcl/ast';
import { applySteps, evaluate, traversalRef } from '../../../parsers/hcl/evaluate';
import type { EvalContext } from '../../../parsers/hcl/evaluate';
import { Unknown } from '../../../core/value';
import type { Provenance, Value } from '../../../core/value';
import type { InputValue } from '../../../core/inputs';
import { nodeRef } from '../../../core/span';
import type { SourceRef } from '../../../core/span';
import { convertToType, parseType } from './types';
import type { TypeSpec } from './types';
import type { TfFile } from './module';

/** A value with the provenance of the defaults and inputs it was read through. */
export interface Traced {
  value: Value;
  via: Provenance[];
}

/** One argument of the module call that instantiates this module, evaluated in the caller's scope on demand. */
export interface CallArgument {
  ref: SourceRef;
  value(): Traced;
}

export interface ScopeOptions {
  /** Whether a variable's default is its value (`assume`) or leaves it unknown. */
  defaults: 'assume' | 'unknown';
  /** Root modules: values from var files and the command line, by variable name (precedence applied). */
  rootVars?: ReadonlyMap<string, InputValue>;
  /**
   * Root modules: the provider versions of the folder's `.terraform.lock.hcl` (lock-file.ts). Only the root
   * has them: a called module runs the root's versions, but the instance analysis does not use them.
   */
  providerLocks?: ProviderLocks;
  /** Child modules: the call's arguments, by variable name. */
  args?: ReadonlyMap<string, CallArgument>;
  /** The call's address for messages (`module.db`, `module.db["a"]`); absent for a root module. */
  callAddress?: string;
  /** `module.<name>.<output>` of a module called from this one (undefined: leave it unknown). */
  moduleOutput?(name: string, key: Value | undefined, output: string, trace: Provenance[] | undefined, from: ModuleScope): Value | undefined;
  /**
   * A module instance read for the caller's joins (service/module-joins.ts): its resources are named by
   * their full address (`module.pab.aws_s3_bucket_public_access_block.this`), and so are the references to
   * them inside it, so they never pass for the caller's resources of the same name. References the caller
   * passed in as arguments keep naming the caller's resources.
   */
  resourcePrefix?: string;
}

/** Work all evaluations of one module instance may do together (each single evaluation has its own budget too). */
const MODULE_STEP_BUDGET = 5_000_000;

interface VariableDecl {
  name: string;
  file: TfFile;
  block: Block;
  type: TypeSpec;
  defaultAttr: Attribute | undefined;
  nullable: boolean;
}

interface LocalDecl {
  file: TfFile;
  attribute: Attribute;
}

/**
 * The provenance of `var.db.public` rather than of the whole `var.db`: the first entry (this variable's
 * own) names the path read and the value found there, so messages say "var.db.public (true)".
 */
function narrowed(via: Provenance[], t: ScopeTraversalExpr, value: Value): Provenance[] {
  if (t.steps.length <= 1 || via.length === 0 || value instanceof Unknown) return via;
  let path = `var`;
  for (const s of t.steps) path += s.type === 'AttrStep' ? `.${s.name}` : `[${JSON.stringify(s.key)}]`;
  return [{ ...via[0]!, name: path, value }, ...via.slice(1)];
}

/** What a module's files declare, by name (a later declaration of a name wins, as it did file by file). */
interface Declarations {
  /** The files they were read from: their paths and syntax trees. */
  files: readonly TfFile[];
  variables: ReadonlyMap<string, VariableDecl>;
  locals: ReadonlyMap<string, LocalDecl>;
}

/**
 * A module's declarations depend on its files' paths and syntax trees alone, while a scope is made for every
 * module instance (an audit makes thousands, each reading every block of the module): read once per list of
 * trees, kept with the first tree (the last list read with it). Trees are never changed in a way that
 * matters here (the editor's incremental parse makes a new tree per text and only moves the offsets of the
 * nodes it keeps). A declaration's `file` is used for its path and text only.
 */
const declarations = new WeakMap<HclFile, Declarations>();

function declarationsOf(files: readonly TfFile[]): Declarations {
  const first = files[0]?.file;
  const known = first ? declarations.get(first) : undefined;
  const same = (d: Declarations): boolean => d.files.length === files.length && d.files.every((f, i) => f.file === files[i]!.file && f.path === files[i]!.path);
  if (known && same(known)) return known;
  const variables = new Map<string, VariableDecl>();
  const locals = new Map<string, LocalDecl>();
  const own = files.map((f): TfFile => ({ path: f.path, file: f.file }));
  for (const f of own) {
    for (const b of f.file.body.blocks) {
      if (b.blockType === 'variable' && b.labels.length === 1) {
        const name = b.labels[0]!.value;
        const attr = (n: string): Attribute | undefined => b.body.attributes.find((a) => a.name === n);
        const nullable = attr('nullable');
        variables.set(name, {
          name,
          file: f,
          block: b,
          type: parseType(attr('type')?.expr),
          defaultAttr: attr('default'),
          nullable: !(nullable && evaluate(nullable.expr, f.file.source) === false),
        });
      } else if (b.blockType === 'locals') {
        for (const a of b.body.attributes) locals.set(a.name, { file: f, attribute: a });
      }
    }
  }
  const d: Declarations = { files: own, variables, locals };
  // One list per first tree: the editor's next keystroke makes a new tree, and holding older lists would
  // keep their trees alive.
  if (first) declarations.set(first, d);
  return d;
}

/**
 * A variable's default, as written and converted to its type. A default refers to nothing (Terraform allows
 * no references there), so it is the same in every instance of the module: evaluated once per declaration
 * (declarations are shared by the scopes of a module's instances, see declarationsOf).
 */
const defaultValues = new WeakMap<VariableDecl, { value: Value; converted: Value; ref: SourceRef }>();

function defaultOf(decl: VariableDecl, attr: Attribute): { value: Value; converted: Value; ref: SourceRef } {
  let d = defaultValues.get(decl);
  if (!d) {
    const value = evaluate(attr.expr, decl.file.file.source);
    const ref = nodeRef(decl.file.path, attr.expr);
    d = { value, converted: convertToType(value, decl.type, decl.file.file.source, ref.span), ref };
    defaultValues.set(decl, d);
  }
  return d;
}

export class ModuleScope {
  private readonly variables: ReadonlyMap<string, VariableDecl>;
  private readonly locals: ReadonlyMap<string, LocalDecl>;
  private readonly variableValues = new Map<string, Traced | null>();
  private readonly localValues = new Map<string, Traced | 'pending'>();
  private steps = 0;
  /** The evaluator's view of resolve, made once per scope (not once per expression evaluated). */
  private readonly resolver: EvalContext['resolve'] = (t, src, tr) => this.resolve(t, tr, src);

  constructor(
    files: readonly TfFile[],
    readonly options: ScopeOptions,
  ) {
    const { variables, locals } = declarationsOf(files);
    this.variables = variables;
    this.locals = locals;
  }

  /** The declared variables (names), for checking inputs. */
  get variableNames(): ReadonlySet<string> {
    return new Set(this.variables.keys());
  }

  /** The `variable` block of a name, for fixes that change a default. */
  variable(name: string): { file: TfFile; block: Block; defaultAttr: Attribute | undefined } | undefined {
    return this.variables.get(name);
  }

  /** The local's definition (for joins that follow `local.x` to the expression it stands for). */
  localExpression(name: string): Expression | undefined {
    return this.locals.get(name)?.attribute.expr;
  }

  /** Evaluates an expression of one of the module's files, with instance bindings (`count`, `each`, iterators). */
  evaluate(file: TfFile, expr: Expression, bindings?: ReadonlyMap<string, Value>, trace?: Provenance[]): Value {
    if (this.steps > MODULE_STEP_BUDGET) {
      return new Unknown('expression', expr, 'an evaluation limit (the module needs too much evaluation work)', { kind: 'limit', what: 'module evaluation budget' });
    }
    const budget = { steps: 0, depth: 0 };
    const ctx: EvalContext = { resolve: this.resolver, budget };
    if (bindings) ctx.scope = bindings;
    if (trace) ctx.trace = trace;
    const v = evaluate(expr, file.file.source, ctx);
    this.steps += budget.steps;
    return v;
  }

  /** What a reference stands for in this module (undefined: not a variable, local, path or module output). */
  resolve(t: ScopeTraversalExpr, trace: Provenance[] | undefined, source?: string): Value | undefined {
    const first = t.steps[0];
    const name = first?.type === 'AttrStep' ? first.name : undefined;
    switch (t.root) {
      case 'var': {
        if (name === undefined) return undefined;
        const v = this.variableValue(name, t);
        if (v instanceof Unknown) return v;
        const value = applySteps(v.value, t.steps.slice(1), t);
        if (trace) trace.push(...narrowed(v.via, t, value));
        return value;
      }
      case 'local': {
        if (name === undefined) return undefined;
        const v = this.localValue(name, t);
        if (v instanceof Unknown) return v;
        if (trace) trace.push(...v.via);
        return applySteps(v.value, t.steps.slice(1), t);
      }
      case 'path':
        // Paths relative to the module: `${path.module}/policy.json` stays readable in messages.
        if (name === 'module' || name === 'root' || name === 'cwd') return applySteps('.', t.steps.slice(1), t);
        return undefined;
      case 'terraform':
        if (name === 'workspace') return applySteps('default', t.steps.slice(1), t);
        return undefined;
      case 'module': {
        if (name === undefined || !this.options.moduleOutput) return undefined;
        let rest = t.steps.slice(1);
        let key: Value | undefined;
        const idx = rest[0];
        if (idx?.type === 'IndexStep') {
          key = idx.key;
          rest = rest.slice(1);
        }
        const out = rest[0];
        if (out?.type !== 'AttrStep') return undefined;
        const v = this.options.moduleOutput(name, key, out.name, trace, this);
        return v === undefined ? undefined : applySteps(v, rest.slice(1), t);
      }
      default:
        return this.prefixed(t, source);
    }
  }

  /** A reference to a resource or data source of a module instance read for joins: by its full address. */
  private prefixed(t: ScopeTraversalExpr, source: string | undefined): Value | undefined {
    const prefix = this.options.resourcePrefix;
    if (!prefix || source === undefined) return undefined;
    const ref = traversalRef(t);
    if (ref.kind !== 'resource' && ref.kind !== 'data') return undefined;
    return new Unknown('reference', t, `${prefix}${source.slice(t.start, t.end)}`, { ...ref, address: `${prefix}${ref.address}` });
  }

  /** A variable's value with its provenance, or an Unknown that says why there is none. */
  private variableValue(name: string, at: ScopeTraversalExpr): Traced | Unknown {
    const cached = this.variableValues.get(name);
    if (cached === null) return this.noValue(name, at);
    if (cached) return cached;
    const decl = this.variables.get(name);
    const traced = this.computeVariable(name, decl);
    this.variableValues.set(name, traced);
    if (!traced) return this.noValue(name, at);
    return traced;
  }

  private noValue(name: string, at: ScopeTraversalExpr): Unknown {
    const decl = this.variables.get(name);
    const detail = decl?.defaultAttr && this.options.defaults === 'unknown' ? `var.${name} (its default is not assumed)` : `var.${name}`;
    return new Unknown('reference', at, detail, { kind: 'variable', name });
  }

  private computeVariable(name: string, decl: VariableDecl | undefined): Traced | null {
    const convert = (value: Value, at: SourceRef): Value => (decl ? convertToType(value, decl.type, decl.file.file.source, at.span) : value);
    const arg = this.options.args?.get(name);
    if (arg) {
      const given = arg.value();
      if (given.value !== null || !decl || decl.nullable || !decl.defaultAttr) {
        const p: Provenance = { kind: 'module-argument', name: `var.${name}`, value: given.value, ref: arg.ref };
        if (this.options.callAddress) p.module = this.options.callAddress;
        return { value: convert(given.value, arg.ref), via: [p, ...given.via] };
      }
    }
    const input = this.options.rootVars?.get(name);
    if (input && !this.options.args) {
      return { value: convert(input.value, input.ref), via: [{ kind: input.origin, name: `var.${name}`, value: input.value, ref: input.ref }] };
    }
    if (decl?.defaultAttr && this.options.defaults === 'assume') {
      const d = defaultOf(decl, decl.defaultAttr);
      return { value: d.converted, via: [{ kind: 'variable-default', name: `var.${name}`, value: d.value, ref: d.ref }] };
    }
    return null;
  }

  private localValue(name: string, at: ScopeTraversalExpr): Traced | Unknown {
    const cached = this.localValues.get(name);
    if (cached === 'pending') return new Unknown('expression', at, `local.${name}, which refers to itself (a cycle)`, { kind: 'cycle', name: `local.${name}` });
    if (cached) return cached;
    const decl = this.locals.get(name);
    if (!decl) return new Unknown('type-error', at, `local.${name} is not declared`);
    this.localValues.set(name, 'pending');
    const via: Provenance[] = [];
    const value = this.evaluate(decl.file, decl.attribute.expr, undefined, via);
    const traced = { value, via };
    this.localValues.set(name, traced);
    return traced;
  }
}
