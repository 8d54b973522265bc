// SPDX-License-Identifier: Apache-2.0
// Reading one CloudFormation resource's properties into model Attrs. A property path is a list of map keys
// under `Properties`; a numeric segment ('0') is a list index (see fixes/cfn-edits.ts: when the list is
// missing, a fix creates it with that one item). Every Attr gets a ref (the value when written, the
// resource's logical id otherwise) and, when a fix could write there, a location.

import { DEFAULT_INPUTS } from '../../../core/inputs';
import type { EvaluationInputs } from '../../../core/inputs';
import { isObjectValue, Unknown } from '../../../core/value';
import type { Provenance, Value } from '../../../core/value';
import { mapEntry, mapGet, scalarString } from '../../../parsers/cfn';
import type { CfnLanguage, CfnNode, CfnResource, CfnTemplate, Span } from '../../../parsers/cfn';
import { absentAttr, presentAttr, toBool, toNum, toStr } from '../../attr';
import type { Attr } from '../../attr';
import type { AttrLocation, CloudFormationResourceTarget } from '../../edit-target';
import type { ModelResource } from '../../resource';
import { sourceRef } from '../../source';
import type { SourceRef } from '../../source';
import { Conditions } from './conditions';
import { expandForEach } from './foreach';
import { expandSam } from './sam';
import { resolveParameters } from './parameters';
import type { ParameterValue } from './parameters';
import { FOR_EACH, NO_VALUE, valueOf } from './values';
import type { ValueScope } from './values';

/** One template being adapted. */
export class CfnContext {
  readonly scope: ValueScope;
  readonly conditions: Conditions;
  /** The resources that exist for these inputs (see `resources`). */
  private readonly existing: CfnResource[];
  /** Resources whose `Condition` is unknown (no scenario decided it): they exist only for some inputs. */
  readonly conditional = new Map<string, Unknown>();
  /** Information about the template's evaluation (an `Fn::ForEach` loop that could not be expanded). */
  readonly notes: { ref: SourceRef; message: string }[];
  /** Conditions only the deployment decides, read by `Fn::If` in a value (see CloudModel.openConditions). */
  readonly openConditionsRead = new Set<string>();
  private readonly byId = new Map<string, CfnResource>();
  /**
   * While a part of the model is built (service/cfn-reuse.ts): the conditions whose value it read, directly
   * or through which resources exist, and the open conditions it read through `Fn::If`, in order. A part
   * that read no condition a scenario forces is the same in that scenario.
   */
  recording: { conditions: Set<string>; open: string[] } | undefined;
  /** Every resource's `Condition`, whether or not it exists here: by type and by logical id. */
  private readonly conditionsByType = new Map<string | null, string[]>();
  private readonly conditionsById = new Map<string, string[]>();

  constructor(
    readonly file: string,
    readonly template: CfnTemplate,
    readonly language: CfnLanguage,
    inputs: EvaluationInputs = DEFAULT_INPUTS,
    forced: ReadonlyMap<string, boolean> = new Map(),
  ) {
    const ids = new Set(template.resources.map((r) => r.logicalId));
    const base: ValueScope = {
      resourceIds: ids,
      mappings: mapGet(template.root, 'Mappings'),
      parameters: narrowParameters(resolveParameters(file, template, inputs), template, forced),
    };
    // Fn::ForEach loops: their collections are read with the parameters; the resources they create are
    // resources like any other (a Ref to one is a resource).
    const loops = expandForEach(template, base);
    // SAM resources stand for the resources the transform creates from them (sam.ts).
    const sam = expandSam(template);
    for (const r of [...loops.resources, ...sam]) ids.add(r.logicalId);
    this.notes = loops.notes.map((n) => ({ ref: this.ref(n.span), message: n.message }));
    this.conditions = new Conditions(template, base, forced);
    this.scope = {
      ...base,
      condition: (name) => {
        const v = this.conditions.value(name);
        this.recording?.conditions.add(name);
        if (v instanceof Unknown && this.conditions.isOpen(name)) {
          this.openConditionsRead.add(name);
          this.recording?.open.push(name);
        }
        return v;
      },
    };
    const all = [...template.resources, ...loops.resources, ...sam];
    for (const r of all) {
      if (r.condition === null) continue;
      pushTo(this.conditionsByType, r.type, r.condition);
      pushTo(this.conditionsById, r.logicalId, r.condition);
    }
    this.existing = all.filter((r) => {
      if (r.condition === null) return true;
      const c = this.conditions.value(r.condition);
      if (c instanceof Unknown) this.conditional.set(r.logicalId, c);
      return c !== false;
    });
    for (const r of this.existing) this.byId.set(r.logicalId, r);
  }

  /** The resources that exist for these inputs: a resource whose `Condition` is false is not created. */
  get resources(): CfnResource[] {
    if (this.recording) for (const list of this.conditionsByType.values()) for (const c of list) this.recording.conditions.add(c);
    return this.existing;
  }

  /** Every resource's `Condition` (the conditions that decide which resources exist). */
  resourceConditions(): Set<string> {
    const out = new Set<string>();
    for (const list of this.conditionsByType.values()) for (const c of list) out.add(c);
    return out;
  }

  private recordExistence(list: readonly string[] | undefined): void {
    if (this.recording && list) for (const c of list) this.recording.conditions.add(c);
  }

  private byType: Map<string | null, CfnResource[]> | undefined;

  /** Resources of a type, in template order (indexed once: the adapters ask for every type they know). */
  ofType(type: string): CfnResource[] {
    this.recordExistence(this.conditionsByType.get(type));
    if (!this.byType) {
      this.byType = new Map();
      for (const r of this.existing) {
        const list = this.byType.get(r.type);
        if (list) list.push(r);
        else this.byType.set(r.type, [r]);
      }
    }
    return [...(this.byType.get(type) ?? [])];
  }

  resource(logicalId: string): CfnResource | undefined {
    this.recordExistence(this.conditionsById.get(logicalId));
    return this.byId.get(logicalId);
  }

  /** @param bindings the `Fn::ForEach` identifiers of the resource the node belongs to */
  value(node: CfnNode, trace?: Provenance[], bindings?: ReadonlyMap<string, string>): Value {
    if (!trace && !bindings) return valueOf(node, this.scope);
    return valueOf(node, { ...this.scope, ...(trace ? { trace } : {}), ...(bindings ? { bindings } : {}) });
  }

  ref(span: Span): SourceRef {
    return sourceRef(this.file, span);
  }

  /** A logical id not used yet, starting from `wanted` (`LogsPolicy`, then `LogsPolicy2`, ...). */
  freeLogicalId(wanted: string): string {
    let id = wanted;
    this.recordExistence(this.conditionsById.get(id));
    for (let n = 2; this.byId.has(id); n++) {
      id = `${wanted}${n}`;
      this.recordExistence(this.conditionsById.get(id));
    }
    return id;
  }
}

function pushTo<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/**
 * What a scenario's forced conditions say about parameters without a value: `HasKey: !Not [!Equals [!Ref
 * Key, ""]]` forced true (or the `!Equals` forced false) means `Key` is not empty, which a rule may need
 * (a KMS key that is set).
 */
function narrowParameters(params: Map<string, ParameterValue>, template: CfnTemplate, forced: ReadonlyMap<string, boolean>): Map<string, ParameterValue> {
  for (const [name, value] of forced) {
    const param = notEmptyParameter(template, name, value);
    if (!param) continue;
    const p = params.get(param);
    const u = p?.value;
    if (!p || !(u instanceof Unknown) || u.ref.kind !== 'parameter') continue;
    params.set(param, { ...p, value: new Unknown(u.reason, u.span, `${u.detail} (not empty)`, { ...u.ref, notEmpty: true }, u.text) });
  }
  return params;
}

/** The parameter that condition `name` having `value` says is not empty (`!Not [!Equals [!Ref Key, ""]]` true). */
function notEmptyParameter(template: CfnTemplate, name: string, value: boolean): string | undefined {
  let node: CfnNode | undefined = template.conditions.find((c) => c.name === name)?.node;
  let holds = value;
  if (node?.type === 'Intrinsic' && node.name === 'Fn::Not') {
    node = node.argument.type === 'Sequence' ? node.argument.items[0] : node.argument;
    holds = !holds;
  }
  // `holds` is whether the Equals is true: not-empty is known when it is false.
  if (holds || node?.type !== 'Intrinsic' || node.name !== 'Fn::Equals' || node.argument.type !== 'Sequence') return undefined;
  const [a, b] = node.argument.items;
  const param = refName(a) ?? refName(b);
  const empty = (n: CfnNode | undefined): boolean => n?.type === 'Scalar' && (n.value === '' || n.value === null);
  return param && (empty(a) || empty(b)) ? param : undefined;
}

/** Whether forcing these conditions tells something about a parameter (then values read from it may differ). */
export function narrowsParameters(template: CfnTemplate, forced: ReadonlyMap<string, boolean>): boolean {
  for (const [name, value] of forced) if (notEmptyParameter(template, name, value)) return true;
  return false;
}

function refName(n: CfnNode | undefined): string | undefined {
  return n?.type === 'Intrinsic' && n.name === 'Ref' && n.argument.type === 'Scalar' && typeof n.argument.value === 'string' ? n.argument.value : undefined;
}

export type Convert<T> = (v: Value, at: SourceRef) => T | Unknown;
export const asBool: Convert<boolean> = toBool;
export const asString: Convert<string> = toStr;
export const asNumber: Convert<number> = toNum;

/** A resource of the template with what every reader needs: its ref, its edit target, its properties. */
export class ResourceReader {
  readonly ref: SourceRef;
  readonly target: CloudFormationResourceTarget;

  constructor(
    readonly ctx: CfnContext,
    readonly resource: CfnResource,
  ) {
    this.ref = ctx.ref(resource.logicalIdRange);
    this.target = { platform: 'cloudformation', kind: 'resource', file: ctx.file, resource };
  }

  get logicalId(): string {
    return this.resource.logicalId;
  }

  /** The ModelResource fields. A resource an Fn::ForEach loop creates is an instance of the loop's fragment. */
  base(): ModelResource {
    const address = this.resource.loop?.address ?? this.logicalId;
    return { platform: 'cloudformation', address, sourceType: this.resource.type ?? '', ref: this.ref, target: this.target };
  }

  /** A node of this resource as a value (with its loop identifiers bound). */
  value(node: CfnNode, trace?: Provenance[]): Value {
    return this.ctx.value(node, trace, this.resource.loop?.bindings);
  }

  /** The node at `path` under Properties, when it is written as plain maps and lists all the way. */
  node(path: readonly string[]): CfnNode | undefined {
    return walk(this.resource.properties, path).node;
  }

  /** The entry of the first path segment's map, for a ref on a key (`PublicAccessBlockConfiguration:`). */
  keyRef(path: readonly string[]): SourceRef | null {
    const parent = path.length > 1 ? this.node(path.slice(0, -1)) : this.resource.properties;
    const entry = mapEntry(parent ?? null, path[path.length - 1]!);
    return entry ? this.ctx.ref(entry.key) : null;
  }

  /**
   * The property at `path` as an Attr. `absentRef` overrides where a finding on a missing value goes (a
   * list item rather than the whole resource); `fallback` is CloudFormation's default.
   */
  attr<T>(path: readonly string[], convert: Convert<T>, options: { fallback?: T; absentRef?: SourceRef } = {}): Attr<T> {
    const found = walk(this.resource.properties, path);
    // A loop's fragment stands for every resource it creates: a fix there would change all of them.
    const location: AttrLocation | null = found.writable && !this.resource.loop && !this.resource.generatedFrom ? { target: this.target, path: [...path] } : null;
    const absentRef = options.absentRef ?? this.ref;
    const via: Provenance[] = [];
    if (found.node) {
      const ref = this.ctx.ref(found.node);
      const raw = this.value(found.node, via);
      // `!Ref AWS::NoValue` (often through `!If`): the property is not set.
      if (raw === NO_VALUE) return absentAttr<T>(absentRef, location, options.fallback);
      return presentAttr(convert(raw, ref), ref, raw, location, via);
    }
    if (found.blockedBy) {
      // Written through a function (`!If [...]`) or as the wrong shape: read on in the value.
      const ref = this.ctx.ref(found.blockedBy.node);
      const raw = navigate(this.value(found.blockedBy.node, via), found.blockedBy.rest, found.blockedBy.node);
      if (raw === undefined || raw === NO_VALUE) return absentAttr<T>(absentRef, location, options.fallback);
      return presentAttr(convert(raw, ref), ref, raw, location, via);
    }
    return absentAttr<T>(absentRef, location, options.fallback);
  }

  /** A string property's literal value, for joins (`BucketName`, a `Ref` target). */
  literal(path: readonly string[]): string | undefined {
    return scalarString(this.node(path));
  }
}

interface Walk {
  /** The node at the path, when every step is a plain map or list. Empty values (`Key:`) count as missing. */
  node?: CfnNode;
  /** The first step that is not a map or list (a function, a scalar), with the rest of the path. */
  blockedBy?: { node: CfnNode; rest: string[] };
  /** Whether a fix can write at the path: nothing on the way is a function or a non-empty scalar. */
  writable: boolean;
}

function isEmpty(node: CfnNode): boolean {
  return node.type === 'Scalar' && node.value === null && node.raw === '';
}

function walk(properties: CfnNode | null, path: readonly string[]): Walk {
  if (properties === null) return { writable: true };
  let current: CfnNode = properties;
  for (let i = 0; i < path.length; i++) {
    if (isEmpty(current)) return { writable: true };
    const step = path[i]!;
    // A node with a tag another tool expands (`!Rain::Embed`): what is written is not the value.
    if (current.type !== 'Intrinsic' && current.tag !== undefined) return { blockedBy: { node: current, rest: path.slice(i) }, writable: false };
    let next: CfnNode | undefined;
    const index = /^\d+$/.test(step);
    if (current.type === 'Map' && !index) {
      next = mapGet(current, step);
      // Not written here, but an `Fn::ForEach` in this map may make it: read on in the map's value.
      if (next === undefined && current.entries.some((e) => e.key.value.startsWith(FOR_EACH))) return { blockedBy: { node: current, rest: path.slice(i) }, writable: false };
    } else if (current.type === 'Sequence' && index) next = current.items[Number(step)];
    else return { blockedBy: { node: current, rest: path.slice(i) }, writable: false };
    if (next === undefined) return { writable: true };
    current = next;
  }
  return isEmpty(current) ? { writable: true } : { node: current, writable: true };
}

/** Follows the rest of a path inside a value; undefined when it is not there. */
function navigate(v: Value, rest: readonly string[], at: Span): Value | undefined {
  let current: Value = v;
  for (const step of rest) {
    if (current instanceof Unknown) return current;
    if (current === null) return undefined;
    if (isObjectValue(current)) {
      if (!Object.prototype.hasOwnProperty.call(current, step)) return undefined;
      current = current[step]!;
    } else if (Array.isArray(current) && /^\d+$/.test(step)) {
      const item = current[Number(step)];
      if (item === undefined) return undefined;
      current = item;
    } else {
      return new Unknown('type-error', { start: at.start, end: at.end }, `expected a map or list where ${step} is read`);
    }
  }
  return current;
}
