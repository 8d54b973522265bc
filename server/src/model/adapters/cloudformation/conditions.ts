// SPDX-License-Identifier: Apache-2.0
// The template's `Conditions`, evaluated from the parameters' values as CloudFormation does before it
// creates anything. A condition that depends on something unknown (a parameter without a value) is an
// Unknown of kind `condition` naming it; the scenarios (see scenarios.ts) may then force it true or false.
// A condition that refers to itself (directly or through others) is an error CloudFormation rejects: an
// Unknown of kind `cycle`, never a hang.

import { Unknown } from '../../../core/value';
import type { CfnNode, CfnTemplate } from '../../../parsers/cfn';
import { FOR_EACH, loopEntries, valueOf } from './values';
import type { ValueScope } from './values';

export class Conditions {
  private readonly nodes = new Map<string, CfnTemplate['conditions'][number]>();
  /** The `Fn::ForEach` identifiers of a condition a loop in `Conditions` made. */
  private readonly loopBindings = new Map<string, ReadonlyMap<string, string>>();
  private readonly memo = new Map<string, boolean | Unknown>();
  private readonly active = new Set<string>();

  /**
   * @param scope the scope condition expressions are evaluated in (parameters, mappings); its `condition`
   *   is replaced by this object's lookup
   * @param forced conditions given a value by a scenario
   */
  constructor(
    template: CfnTemplate,
    private readonly scope: ValueScope,
    private readonly forced: ReadonlyMap<string, boolean> = new Map(),
  ) {
    for (const c of template.conditions) {
      if (!c.name.startsWith(FOR_EACH)) {
        this.nodes.set(c.name, c);
        continue;
      }
      // `Fn::ForEach::Name: [Id, Collection, {Is${Id}: ...}]` (AWS::LanguageExtensions): one condition per
      // item. A loop that cannot be expanded makes no condition: a resource naming one of them reads as
      // depending on an undeclared condition ("cannot verify"), never as created or not.
      const made = loopEntries(c.node, scope);
      for (const e of made ?? []) {
        this.nodes.set(e.key, { name: e.key, nameRange: e.keySpan, node: e.value });
        this.loopBindings.set(e.key, e.bindings);
      }
    }
  }

  /** The names of the template's conditions, in order. */
  names(): string[] {
    return [...this.nodes.keys()];
  }

  value(name: string): boolean | Unknown {
    const forced = this.forced.get(name);
    if (forced !== undefined) return forced;
    const cached = this.memo.get(name);
    if (cached !== undefined) return cached;
    const c = this.nodes.get(name);
    if (!c) return new Unknown('invalid', { start: 0, end: 0 }, `condition ${name} is not declared`);
    if (this.active.has(name)) return new Unknown('expression', c.nameRange, `condition ${name} (it refers to itself)`, { kind: 'cycle', name });
    this.active.add(name);
    const bindings = this.loopBindings.get(name) ?? this.scope.bindings;
    const v = valueOf(c.node, { ...this.scope, trace: undefined, condition: (n) => this.value(n), ...(bindings ? { bindings } : {}) });
    this.active.delete(name);
    let out: boolean | Unknown;
    if (typeof v === 'boolean') out = v;
    else if (v instanceof Unknown && v.ref.kind === 'cycle') out = v;
    // Whatever unknown it depends on, it is this condition that a finding will name.
    else if (v instanceof Unknown) out = new Unknown('expression', c.nameRange, v.ref.kind === 'condition' ? v.detail : `condition ${name}, which ${v.describe()}`, { kind: 'condition', name });
    else out = new Unknown('type-error', c.nameRange, `condition ${name} is not a condition function`);
    this.memo.set(name, out);
    return out;
  }

  /** Whether the condition's value is unknown without scenarios because of an input (not an error). */
  isOpen(name: string): boolean {
    const v = this.value(name);
    return v instanceof Unknown && v.ref.kind === 'condition';
  }
}

/**
 * For scenarios that reuse what another scenario built (service/cfn-reuse.ts): the conditions whose value
 * may differ once `forced` are given values, i.e. those and every condition whose expression names one of
 * them, transitively (any string in an expression that is a condition's name counts: over-approximating is
 * safe). Null when conditions are made by `Fn::ForEach` loops (their names are not written).
 */
export function conditionTaint(template: CfnTemplate): ((forced: ReadonlyMap<string, boolean>) => Set<string>) | null {
  if (template.conditions.some((c) => c.name.startsWith(FOR_EACH))) return null;
  const names = new Set(template.conditions.map((c) => c.name));
  const readers = new Map<string, string[]>();
  for (const c of template.conditions) {
    for (const s of strings(c.node)) {
      if (!names.has(s)) continue;
      const list = readers.get(s);
      if (list) list.push(c.name);
      else readers.set(s, [c.name]);
    }
  }
  return (forced) => {
    const out = new Set<string>();
    const queue = [...forced.keys()];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (out.has(name)) continue;
      out.add(name);
      queue.push(...(readers.get(name) ?? []));
    }
    return out;
  };
}

function strings(node: CfnNode, out: string[] = []): string[] {
  switch (node.type) {
    case 'Scalar':
      if (typeof node.value === 'string') out.push(node.value);
      out.push(node.raw);
      break;
    case 'Map':
      for (const e of node.entries) {
        out.push(e.key.value);
        strings(e.value, out);
      }
      break;
    case 'Sequence':
      for (const i of node.items) strings(i, out);
      break;
    case 'Intrinsic':
      strings(node.argument, out);
  }
  return out;
}
