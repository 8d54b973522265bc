// SPDX-License-Identifier: Apache-2.0
// CloudFormation nodes → the evaluator's Value, so rules read CloudFormation exactly like Terraform: scalars
// are values, maps objects, sequences arrays. Intrinsic functions are computed when everything they use is
// written in the template (`Fn::Sub` without variables, `Fn::Join` of literals, `Fn::FindInMap` with literal
// keys, `Fn::If` whose branches agree); everything else that is only known at deploy time (parameters,
// pseudo parameters, resource attributes, conditions) becomes an `Unknown` that names it, so a rule can say
// "cannot verify: depends on parameter BucketName" instead of guessing.

import { firstUnknown, isObjectValue, sameValue, Unknown } from '../../../core/value';
import type { UnknownRef, Value, ValueObject } from '../../../core/value';
import { mapGet } from '../../../parsers/cfn';
import type { CfnIntrinsic, CfnNode } from '../../../parsers/cfn';

/** What the converter may look up in the template; without it, every `Ref` reads as a parameter. */
export interface ValueScope {
  /** Logical ids of the template's resources: `Ref` to one of these is "the resource X", not a parameter. */
  resourceIds?: ReadonlySet<string>;
  /** The template's `Mappings` section, for `Fn::FindInMap` with literal keys. */
  mappings?: CfnNode;
}

export function valueOf(node: CfnNode, scope: ValueScope = {}): Value {
  switch (node.type) {
    case 'Scalar':
      return node.value;
    case 'Sequence':
      return node.items.map((item) => valueOf(item, scope));
    case 'Map': {
      const out: ValueObject = {};
      // defineProperty so a `__proto__` key stays ordinary data.
      for (const e of node.entries) {
        Object.defineProperty(out, e.key.value, { value: valueOf(e.value, scope), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'Intrinsic':
      return intrinsicValue(node, scope);
  }
}

const span = (n: { start: number; end: number }): { start: number; end: number } => ({ start: n.start, end: n.end });

function intrinsicValue(node: CfnIntrinsic, scope: ValueScope): Value {
  const arg = node.argument;
  switch (node.name) {
    case 'Ref':
      return refValue(node, scope);
    case 'Fn::GetAtt': {
      const parts = arg.type === 'Sequence' ? arg.items.map((i) => valueOf(i, scope)) : [valueOf(arg, scope)];
      const names = parts.every((p) => typeof p === 'string') ? (parts as string[]).join('.').split('.') : null;
      if (!names) return new Unknown('reference', span(node), 'the attribute a resource', { kind: 'other' });
      const [address, ...attribute] = names;
      return new Unknown('reference', span(node), `the attribute ${names.join('.')}`, { kind: 'resource', address: address!, attribute: attribute.join('.') });
    }
    case 'Fn::Sub':
      return subValue(node, scope);
    case 'Fn::If':
      return ifValue(node, scope);
    case 'Fn::Join':
      return joinValue(node, scope);
    case 'Fn::Select':
      return selectValue(node, scope);
    case 'Fn::FindInMap':
      return findInMapValue(node, scope);
    case 'Fn::ImportValue': {
      const name = valueOf(arg, scope);
      return new Unknown('reference', span(node), typeof name === 'string' ? `the export ${name}` : 'an imported value', { kind: 'external', what: typeof name === 'string' ? `the export ${name}` : 'an imported value' });
    }
    case 'Fn::GetAZs':
      return new Unknown('reference', span(node), 'the availability zones of the region', { kind: 'pseudo', name: 'AWS::Region' });
    case 'Condition':
      return new Unknown('expression', span(node), `condition ${String(valueOf(arg, scope))}`, { kind: 'condition', name: String(valueOf(arg, scope)) });
    default:
      // Base64, Cidr, Split, Length, ToJsonString, Transform and the condition functions: rare in the
      // properties rules read, so they are not computed.
      return new Unknown('function', span(node), `function ${node.name}`, { kind: 'function', name: node.name });
  }
}

function refValue(node: CfnIntrinsic, scope: ValueScope): Value {
  const target = node.argument.type === 'Scalar' ? node.argument.value : null;
  if (typeof target !== 'string') return new Unknown('invalid', span(node), 'Ref needs a name');
  if (target === 'AWS::NoValue') return new Unknown('reference', span(node), 'AWS::NoValue (the property is removed)');
  if (target.startsWith('AWS::')) return new Unknown('reference', span(node), `pseudo parameter ${target}`, { kind: 'pseudo', name: target });
  if (scope.resourceIds?.has(target)) return new Unknown('reference', span(node), `the resource ${target}`, { kind: 'resource', address: target });
  return new Unknown('reference', span(node), `parameter ${target}`, { kind: 'parameter', name: target });
}

/** `${Name}` and `${Res.Attr}` placeholders; `${!Literal}` is an escape for the text `${Literal}`. */
const SUB_VAR = /\$\{([^}]*)\}/g;

function subValue(node: CfnIntrinsic, scope: ValueScope): Value {
  const arg = node.argument;
  const templateNode = arg.type === 'Sequence' ? arg.items[0] : arg;
  const template = templateNode?.type === 'Scalar' && typeof templateNode.value === 'string' ? templateNode.value : undefined;
  if (template === undefined) return new Unknown('function', span(node), 'function Fn::Sub');
  const bindings = arg.type === 'Sequence' && arg.items[1] ? valueOf(arg.items[1], scope) : {};
  const missing: string[] = [];
  const result = template.replace(SUB_VAR, (whole, name: string) => {
    if (name.startsWith('!')) return '${' + name.slice(1) + '}';
    const bound = isObjectValue(bindings) && Object.prototype.hasOwnProperty.call(bindings, name) ? bindings[name] : undefined;
    if (typeof bound === 'string' || typeof bound === 'number' || typeof bound === 'boolean') return String(bound);
    missing.push('${' + name + '}');
    return whole;
  });
  if (missing.length === 0) return result;
  return new Unknown('reference', span(node), `function Fn::Sub of ${missing.join(', ')}`, subRef(missing[0]!.slice(2, -1), scope));
}

/** What `${name}` in a Fn::Sub stands for: a pseudo parameter, a resource (attribute) or a parameter. */
function subRef(name: string, scope: ValueScope): UnknownRef {
  if (name.startsWith('AWS::')) return { kind: 'pseudo', name };
  const dot = name.indexOf('.');
  const head = dot < 0 ? name : name.slice(0, dot);
  if (scope.resourceIds?.has(head)) return dot < 0 ? { kind: 'resource', address: head } : { kind: 'resource', address: head, attribute: name.slice(dot + 1) };
  return { kind: 'parameter', name };
}

function ifValue(node: CfnIntrinsic, scope: ValueScope): Value {
  const arg = node.argument;
  const items = arg.type === 'Sequence' ? arg.items : [];
  const condition = items[0]?.type === 'Scalar' ? String(items[0].value) : 'a condition';
  if (items.length === 3) {
    const a = valueOf(items[1], scope);
    const b = valueOf(items[2], scope);
    // Whichever way the condition goes, the value is the same: it is known.
    if (firstUnknown(a) === null && firstUnknown(b) === null && sameValue(a, b)) return a;
  }
  return new Unknown('expression', span(node), `condition ${condition}`, { kind: 'condition', name: condition });
}

function joinValue(node: CfnIntrinsic, scope: ValueScope): Value {
  const v = valueOf(node.argument, scope);
  const inner = firstUnknown(v);
  if (inner) return inner;
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'string' || !Array.isArray(v[1])) {
    return new Unknown('type-error', span(node), 'Fn::Join needs a delimiter and a list');
  }
  const parts = v[1];
  if (!parts.every((p) => typeof p === 'string' || typeof p === 'number' || typeof p === 'boolean')) {
    return new Unknown('type-error', span(node), 'Fn::Join needs a list of strings');
  }
  return parts.map(String).join(v[0]);
}

function selectValue(node: CfnIntrinsic, scope: ValueScope): Value {
  const arg = node.argument;
  if (arg.type !== 'Sequence' || arg.items.length !== 2) return new Unknown('type-error', span(node), 'Fn::Select needs an index and a list');
  const index = valueOf(arg.items[0], scope);
  const list = valueOf(arg.items[1], scope);
  if (index instanceof Unknown) return index;
  if (list instanceof Unknown) return list;
  const i = typeof index === 'number' ? index : Number(index);
  if (!Array.isArray(list) || !Number.isInteger(i) || i < 0 || i >= list.length) {
    return new Unknown('type-error', span(node), 'Fn::Select index out of range');
  }
  return list[i];
}

function findInMapValue(node: CfnIntrinsic, scope: ValueScope): Value {
  const v = valueOf(node.argument, scope);
  const inner = firstUnknown(v);
  if (inner) return inner;
  if (!Array.isArray(v) || v.length < 3 || !scope.mappings) return new Unknown('function', span(node), 'function Fn::FindInMap');
  const [map, top, second] = v.map((x) => (typeof x === 'string' || typeof x === 'number' ? String(x) : ''));
  const found = mapGet(mapGet(mapGet(scope.mappings, map), top), second);
  if (found) return valueOf(found, scope);
  // A fourth item `{DefaultValue: ...}` (language extensions) is what the lookup falls back to.
  const fallback = v[3];
  if (isObjectValue(fallback) && 'DefaultValue' in fallback) return fallback.DefaultValue;
  return new Unknown('type-error', span(node), `Fn::FindInMap: no ${map}.${top}.${second} in Mappings`);
}
