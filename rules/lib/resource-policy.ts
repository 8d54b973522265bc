// SPDX-License-Identifier: Apache-2.0
// Shared check for queue and topic resource policies (SQS, SNS): an Allow statement open to principal
// "*" (or AWS "*", or NotPrincipal) with no condition that pins the caller or the source.

import { isObjectValue, Unknown } from '../api';
import type { CheckContext, PolicyStatement, ResourcePolicy, Value, ValueObject } from '../api';
import { isResourceAttribute } from './checks';
import { ifGenerated, statementName, StatementName } from './iam-actions';

/** Condition keys that tie the caller to known accounts, organizations, principals, sources or networks. */
export const RESTRICTING_KEYS = new Set(
  [
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOwner',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:SourceVpce',
    'aws:SourceVpc',
    'aws:SourceIp',
  ].map((k) => k.toLowerCase()),
);

/**
 * A principal ARN whose account is a wildcard: `arn:aws:iam::*:root` (every account), `arn:aws:iam::*:role/x`
 * or `arn:aws:sts::*:assumed-role/...` (a name anyone can create in their own account), `arn:aws:iam::12*:root`.
 * AWS does not match wildcards inside principal ARNs the way it matches `"*"`, but tools and reviewers read
 * such a principal as "any account", and a policy that means a fixed account never needs one: it is
 * treated as anyone, in every partition.
 */
const ANY_ACCOUNT = /^arn:aws[a-z-]*:(?:iam|sts)::[^:]*[*?][^:]*:/;

/** Whether a principal value names anyone: `"*"` or an ARN whose account is a wildcard. */
export function isAnyonePrincipal(v: unknown): boolean {
  return typeof v === 'string' && (v.trim() === '*' || ANY_ACCOUNT.test(v.trim()));
}

/**
 * What an AWS principal value may be: `'anyone'` (`"*"`, an account wildcard, also when only the name
 * after the account is unknown: `arn:aws:iam::*:role/${var.x}`), `'specific'` (a literal account or ARN,
 * a resource attribute, an ARN whose account is known or a pseudo parameter), or the Unknown that decides.
 */
export function principalScope(v: string | Unknown): 'anyone' | 'specific' | Unknown {
  if (typeof v === 'string') return isAnyonePrincipal(v) ? 'anyone' : 'specific';
  if (isResourceAttribute(v) || isConcreteSub(v)) return 'specific';
  // Its shape (a parameter's AllowedPattern, a map of account ids) may rule out every "anyone" form.
  if (!v.mayBe(ANYONE_LANGUAGE)) return 'specific';
  const m = v.text === undefined ? null : /^arn:[^:]*:(?:iam|sts)::([^:]*):/.exec(v.text);
  if (m) {
    const account = m[1]!;
    const literal = account.replace(/\$\{[^}]*\}/g, '');
    if (/[*?]/.test(literal)) return 'anyone';
    // `${AWS::AccountId}`, `${data.aws_caller_identity.current.account_id}` or a literal id: one account.
    const placeholders = account.match(/\$\{[^}]*\}/g) ?? [];
    if (placeholders.every((p) => /^\$\{(AWS::AccountId|data\.aws_caller_identity\.[A-Za-z0-9_]+\.account_id)\}$/.test(p))) return 'specific';
  }
  return v;
}

/** The principals that mean everyone, as a pattern of core/shape.ts: `*` and every account's root. */
/** Every way of writing "anyone" (a superset is fine): "*", or an ARN whose account field has a wildcard. */
const ANYONE_LANGUAGE = '\\s*\\*\\s*|arn:aws[-a-z]*:(iam|sts)::[^:]*[*?][^:]*:.*';

export function restricted(s: PolicyStatement): boolean {
  return s.conditions.some((c) => RESTRICTING_KEYS.has(c.key.toLowerCase()));
}

/** Reports statements of `policy` that let anyone use the `noun` ("queue", "topic"). */
export function checkResourcePolicyNotPublic(policy: ResourcePolicy, ctx: CheckContext, noun: string): void {
  const doc = policy.document;
  if (doc.value instanceof Unknown) {
    ctx.cannotVerify(doc, doc.value, `who may use the ${noun}`);
    return;
  }
  if (!doc.value) return;
  const conditionUnknowns = unknownConditions(doc.raw, doc.value.statements.length);
  doc.value.statements.forEach((s, i) => {
    if (s.effect === 'Deny' || restricted(s)) return;
    const open = openPrincipal(s);
    if (open === null) return;
    const condition = conditionUnknowns[i];
    if (condition) {
      ctx.cannotVerify(s.ref, condition, `whether the condition of ${statementName(s)} limits who may use the ${noun}`);
      return;
    }
    if (open instanceof Unknown) {
      ctx.cannotVerify(s.ref, open, `whether ${statementName(s)} lets anyone use the ${noun}`);
      return;
    }
    if (s.effect instanceof Unknown) {
      ctx.cannotVerify(s.ref, s.effect, `the effect of ${statementName(s)}, which names ${open}`);
      return;
    }
    const what = open === 'NotPrincipal'
      ? `lets every principal except the ones listed use the ${noun} (Allow with NotPrincipal)`
      : `lets any principal (${open}) use the ${noun}`;
    ctx.report(s.ref, ifGenerated(s, `${StatementName(s)} ${what}, with no condition on the source ARN, account, organization or VPC endpoint.`));
  });
}

/**
 * Per statement (in the order of the model's statements), an Unknown when its `Condition`, or one of its
 * operator blocks, is not known (`Condition = var.x`): the shared policy reader drops such conditions, so
 * the statement would otherwise look unconditioned. Read from the policy's raw value; empty when the raw
 * statements cannot be matched one to one (a policy document data source, whose conditions are blocks).
 */
function unknownConditions(raw: Value | undefined, count: number): (Unknown | undefined)[] {
  let doc = raw;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc) as Value;
    } catch {
      return [];
    }
  }
  if (!isObjectValue(doc ?? null)) return [];
  const st = field(doc as ValueObject, 'Statement');
  const list = Array.isArray(st) ? st : st === undefined || st === null ? [] : [st];
  const statements = list.filter((x): x is ValueObject => !(x instanceof Unknown) && isObjectValue(x));
  if (statements.length !== count) return [];
  return statements.map((s) => {
    const c = field(s, 'Condition');
    if (c instanceof Unknown) return c;
    if (!isObjectValue(c ?? null)) return undefined;
    return Object.values(c as ValueObject).find((v): v is Unknown => v instanceof Unknown);
  });
}

function field(o: ValueObject, name: string): Value | undefined {
  const k = Object.keys(o).find((x) => x.toLowerCase() === name.toLowerCase());
  return k === undefined ? undefined : o[k];
}

/**
 * Whether the statement's principal is everyone: `'*'` or `'NotPrincipal'` when it is, an Unknown when
 * it may be (a principal from a variable or parameter), null when it names someone specific.
 */
function openPrincipal(s: PolicyStatement): string | Unknown | null {
  if (s.notPrincipals) return 'NotPrincipal';
  let unknown: Unknown | null = null;
  for (const p of s.principals) {
    if (p.type !== '*' && p.type !== 'AWS' && p.type !== '?') continue;
    for (const v of p.values) {
      // A principal from a resource of the configuration is a concrete ARN; one from a variable may be "*".
      // Every account's root (or a principal name in any account) is anyone with AWS credentials.
      const scope = principalScope(v);
      if (scope instanceof Unknown) unknown ??= scope;
      else if (scope === 'anyone') return v === '*' ? '"*"' : JSON.stringify(typeof v === 'string' ? v : v.text);
    }
  }
  return unknown;
}

/**
 * A CloudFormation `!Sub` whose only unknown placeholders are pseudo parameters (`${AWS::AccountId}`) or
 * resource attributes (`${Role.Arn}`): the result is a concrete account or ARN, never "*".
 */
function isConcreteSub(u: Unknown): boolean {
  const m = /^function Fn::Sub of (.+)$/.exec(u.detail);
  if (!m) return false;
  return m[1]!.split(', ').every((p) => /^\$\{(AWS::[A-Za-z]+|[A-Za-z0-9]+\.[A-Za-z0-9.]+)\}$/.test(p));
}
