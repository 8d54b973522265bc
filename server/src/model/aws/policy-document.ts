// SPDX-License-Identifier: Apache-2.0
// Builds a PolicyDocument from the JSON shape of an IAM policy (as a Value: from a JSON string, a
// jsonencode() object, or a CloudFormation map), keeping unknown fields as Unknown. Shared by both adapters.

import { isObjectValue, Unknown } from '../../core/value';
import type { Value, ValueObject } from '../../core/value';
import type { SourceRef } from '../source';
import type { PolicyDocument, PolicyStatement } from './iam';

/** A policy from a value: a JSON string is parsed; an object is read as is. */
export function policyFromValue(v: Value, ref: SourceRef): PolicyDocument | Unknown {
  if (v instanceof Unknown) return v;
  let doc: Value = v;
  if (typeof v === 'string') {
    try {
      doc = JSON.parse(v) as Value;
    } catch {
      return new Unknown('type-error', ref.span, 'the policy is not valid JSON');
    }
  }
  if (!isObjectValue(doc)) return new Unknown('type-error', ref.span, 'the policy is not a JSON object');
  const st = field(doc, 'Statement');
  if (st instanceof Unknown) return st;
  const list = Array.isArray(st) ? st : st === undefined || st === null ? [] : [st];
  const statements: PolicyStatement[] = [];
  for (const s of list) {
    if (s instanceof Unknown) return s;
    if (!isObjectValue(s)) continue;
    statements.push(statementFromObject(s, ref));
  }
  return { statements };
}

function field(o: ValueObject, name: string): Value | undefined {
  if (name in o) return o[name];
  // IAM accepts any case for keys in practice; look case-insensitively.
  const k = Object.keys(o).find((x) => x.toLowerCase() === name.toLowerCase());
  return k === undefined ? undefined : o[k];
}

function strings(v: Value | undefined): (string | Unknown)[] {
  if (v === undefined || v === null) return [];
  if (v instanceof Unknown) return [v];
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => (x instanceof Unknown ? x : typeof x === 'string' ? x : JSON.stringify(x)));
}

function statementFromObject(s: ValueObject, ref: SourceRef): PolicyStatement {
  const effectRaw = field(s, 'Effect');
  const effect: PolicyStatement['effect'] =
    effectRaw instanceof Unknown ? effectRaw : effectRaw === 'Deny' ? 'Deny' : 'Allow';
  const notAction = field(s, 'NotAction');
  const notResource = field(s, 'NotResource');
  const notPrincipal = field(s, 'NotPrincipal');
  const principal = field(s, 'Principal') ?? notPrincipal;
  const sid = field(s, 'Sid');
  return {
    ref,
    sid: typeof sid === 'string' ? sid : null,
    effect,
    actions: strings(notAction ?? field(s, 'Action')),
    notActions: notAction !== undefined,
    resources: strings(notResource ?? field(s, 'Resource')),
    notResources: notResource !== undefined,
    principals: principalsOf(principal),
    notPrincipals: field(s, 'Principal') === undefined && notPrincipal !== undefined,
    conditions: conditionsOf(field(s, 'Condition')),
    ...unknownCondition(field(s, 'Condition')),
  };
}

function principalsOf(p: Value | undefined): PolicyStatement['principals'] {
  if (p === undefined || p === null) return [];
  if (p instanceof Unknown) return [{ type: '?', values: [p] }];
  if (typeof p === 'string') return [{ type: p === '*' ? '*' : 'AWS', values: [p] }];
  if (!isObjectValue(p)) return [];
  return Object.keys(p).map((type) => ({ type, values: strings(p[type]) }));
}

/** An unknown Condition, or an unknown operator block inside it: rules must not read it as "no condition". */
function unknownCondition(c: Value | undefined): { conditionUnknown?: Unknown } {
  if (c instanceof Unknown) return { conditionUnknown: c };
  if (isObjectValue(c ?? null)) {
    for (const v of Object.values(c as ValueObject)) if (v instanceof Unknown) return { conditionUnknown: v };
  }
  return {};
}

function conditionsOf(c: Value | undefined): PolicyStatement['conditions'] {
  if (!isObjectValue(c ?? null)) return [];
  const out: PolicyStatement['conditions'] = [];
  const cond = c as ValueObject;
  for (const operator of Object.keys(cond)) {
    const inner = cond[operator];
    if (!isObjectValue(inner ?? null)) continue;
    for (const key of Object.keys(inner as ValueObject)) out.push({ operator, key, values: strings((inner as ValueObject)[key]) });
  }
  return out;
}
