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
import { resolveParameters } from './parameters';
import { NO_VALUE, valueOf } from './values';
import type { ValueScope } from './values';

/** One template being adapted. */
export class CfnContext {
  readonly scope: ValueScope;
  readonly conditions: Conditions;
  /** The resources that exist for these inputs: a resource whose `Condition` is false is not created. */
  readonly resources: CfnResource[];
  /** Resources whose `Condition` is unknown (no scenario decided it): they exist only for some inputs. */
  readonly conditional = new Map<string, Unknown>();
  /** Conditions only the deployment decides, read by `Fn::If` in a value (see CloudModel.openConditions). */
  readonly openConditionsRead = new Set<string>();
  private readonly byId = new Map<string, CfnResource>();

  constructor(
    readonly file: string,
    readonly template: CfnTemplate,
    readonly language: CfnLanguage,
    inputs: EvaluationInputs = DEFAULT_INPUTS,
    forced: ReadonlyMap<string, boolean> = new Map(),
  ) {
    const base: ValueScope = {
      resourceIds: new Set(template.resources.map((r) => r.logicalId)),
      mappings: mapGet(template.root, 'Mappings'),
      parameters: resolveParameters(file, template, inputs),
    };
    this.conditions = new Conditions(template, base, forced);
    this.scope = {
      ...base,
      condition: (name) => {
        const v = this.conditions.value(name);
        if (v instanceof Unknown && this.conditions.isOpen(name)) this.openConditionsRead.add(name);
        return v;
      },
    };
    this.resources = template.resources.filter((r) => {
      if (r.condition === null) return true;
      const c = this.conditions.value(r.condition);
      if (c instanceof Unknown) this.conditional.set(r.logicalId, c);
      return c !== false;
    });
    for (const r of this.resources) this.byId.set(r.logicalId, r);
  }

  private byType: Map<string | null, CfnResource[]> | undefined;

  /** Resources of a type, in template order (indexed once: the adapters ask for every type they know). */
  ofType(type: string): CfnResource[] {
    if (!this.byType) {
      this.byType = new Map();
      for (const r of this.resources) {
        const list = this.byType.get(r.type);
        if (list) list.push(r);
        else this.byType.set(r.type, [r]);
      }
    }
    return [...(this.byType.get(type) ?? [])];
  }

  resource(logicalId: string): CfnResource | undefined {
    return this.byId.get(logicalId);
  }

  value(node: CfnNode, trace?: Provenance[]): Value {
    return valueOf(node, trace ? { ...this.scope, trace } : this.scope);
  }

  ref(span: Span): SourceRef {
    return sourceRef(this.file, span);
  }

  /** A logical id not used yet, starting from `wanted` (`LogsPolicy`, then `LogsPolicy2`, ...). */
  freeLogicalId(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.byId.has(id); n++) id = `${wanted}${n}`;
    return id;
  }
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

  /** The ModelResource fields. */
  base(): ModelResource {
    return { platform: 'cloudformation', address: this.logicalId, sourceType: this.resource.type ?? '', ref: this.ref, target: this.target };
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
    const location: AttrLocation | null = found.writable ? { target: this.target, path: [...path] } : null;
    const absentRef = options.absentRef ?? this.ref;
    const via: Provenance[] = [];
    if (found.node) {
      const ref = this.ctx.ref(found.node);
      const raw = this.ctx.value(found.node, via);
      // `!Ref AWS::NoValue` (often through `!If`): the property is not set.
      if (raw === NO_VALUE) return absentAttr<T>(absentRef, location, options.fallback);
      return presentAttr(convert(raw, ref), ref, raw, location, via);
    }
    if (found.blockedBy) {
      // Written through a function (`!If [...]`) or as the wrong shape: read on in the value.
      const ref = this.ctx.ref(found.blockedBy.node);
      const raw = navigate(this.ctx.value(found.blockedBy.node, via), found.blockedBy.rest, found.blockedBy.node);
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
    let next: CfnNode | undefined;
    const index = /^\d+$/.test(step);
    if (current.type === 'Map' && !index) next = mapGet(current, step);
    else if (current.type === 'Sequence' && index) next = current.items[Number(step)];
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
