// SPDX-License-Identifier: Apache-2.0
// The one judgement behind the GCP IAM rules (CIS GCP 1.x, 5.1, 7.1): a rule says which roles and which
// members make a binding wrong; this file walks every binding of a statement (whatever Terraform shape it
// was written in, model/gcp/iam.ts) and reports each wrong member where it is written, "cannot verify"
// where the role or a member is unknown, and plans the fix that removes the member or replaces the role.

import { list, lit, Unknown } from '../api';
import type { Attr, CheckContext, GcpIamBinding, GcpIamMember, GcpIamPolicy, GcpIamScopeKind, PlannedFix } from '../api';

/** Roles CIS counts as administrative: the basic owner/editor roles and every role whose name ends in "admin". */
export function isAdminRole(role: string): boolean {
  return role === 'roles/owner' || role === 'roles/editor' || /admin$/i.test(role);
}

export interface BindingCheck {
  /** Which scopes the rule is about (statements on other scopes are not judged). */
  scopes: readonly GcpIamScopeKind[];
  /** Whether a role (known) is one the rule is about; undefined: every role. */
  role?: (role: string) => boolean;
  /** Whether a member (known) is wrong with such a role. */
  member: (member: string) => boolean;
  /** What cannot be verified, for "Cannot verify <what>". */
  what: string;
  /** The finding's message for one wrong member. */
  message: (member: string, role: string, policy: GcpIamPolicy) => string;
  /** `remove-member`: the fix drops the wrong members from a written list of known members; `none`: no fix. */
  fix: 'remove-member' | 'none';
}

function roleVerdict(b: GcpIamBinding, check: BindingCheck): boolean | Unknown {
  if (!check.role) return true;
  const v = b.role.value;
  if (v instanceof Unknown) return v;
  return typeof v === 'string' && check.role(v);
}

/** A statement the rule is about: one of its scopes, with at least one binding (or unknown bindings). */
export function appliesTo(check: Pick<BindingCheck, 'scopes'>): (p: GcpIamPolicy) => boolean {
  return (p) => check.scopes.includes(p.scope.kind) && p.authority !== 'audit';
}

/** Judges every binding of one statement. */
export function checkBindings(policy: GcpIamPolicy, ctx: CheckContext, check: BindingCheck): void {
  if (policy.unknown) {
    ctx.cannotVerify(policy, policy.unknown, `${check.what} (the policy's bindings)`);
    return;
  }
  for (const b of policy.bindings) {
    const role = roleVerdict(b, check);
    if (role === false) continue;
    const wrong: GcpIamMember[] = [];
    const unknown: GcpIamMember[] = [];
    for (const m of b.members) {
      if (m.value instanceof Unknown) unknown.push(m);
      else if (check.member(m.value)) wrong.push(m);
    }
    if (b.maybe && (wrong.length > 0 || unknown.length > 0)) {
      // A binding of a dynamic block over an unknown collection may not exist at all.
      ctx.cannotVerify(b.ref, b.maybe, check.what);
      continue;
    }
    if (role instanceof Unknown) {
      if (wrong.length > 0) ctx.cannotVerify(b.role, role, `${check.what} (the role of ${String(wrong[0]!.value)})`);
      continue;
    }
    for (const m of unknown) ctx.cannotVerify(m.ref, m.value as Unknown, `${check.what} (a member of ${String(b.role.value)})`);
    if (wrong.length === 0) continue;
    const fixes = planFix(b, wrong, check);
    for (const m of wrong) ctx.report(m.ref, check.message(m.value as string, String(b.role.value), policy), { fixes });
  }
}

/** A written (fixable) members attribute whose every member is known. */
function knownMembers(b: GcpIamBinding): string[] | null {
  if (!b.membersAttr?.location || b.membersAttr.value instanceof Unknown) return null;
  const out: string[] = [];
  for (const m of b.members) {
    if (typeof m.value !== 'string') return null;
    out.push(m.value);
  }
  return out;
}

function planFix(b: GcpIamBinding, wrong: GcpIamMember[], check: BindingCheck): PlannedFix[] {
  if (check.fix === 'none' || b.single) return [];
  // Only a written list whose members are all known can be rewritten: the fix keeps the others. A
  // single-member grant would have to be deleted, which a fix does not do; a placeholder principal or
  // role would leave every IAM rule unable to judge the grant.
  const members = knownMembers(b);
  if (!members || !b.membersAttr?.location) return [];
  const bad = new Set(wrong.map((m) => m.value as string));
  const keep = members.filter((m) => !bad.has(m));
  return [{ id: 'remove-member', title: keep.length > 0 ? 'Remove the member from this grant' : 'Remove every member from this grant', safety: 'unsafe', ops: [{ op: 'set', location: b.membersAttr.location, value: list(...keep.map((m) => lit(m))) }] }];
}

/** A stable key of a statement's scope, to group grants on the same project, key or bucket. */
export function scopeKey(p: GcpIamPolicy): string {
  if (p.scope.resource) return `${p.scope.kind}:res:${p.scope.resource}`;
  const v = p.scope.id.value;
  if (!p.scope.id.present) return `${p.scope.kind}:default`;
  if (typeof v === 'string') return `${p.scope.kind}:id:${v}`;
  if (v instanceof Unknown && v.text) return `${p.scope.kind}:text:${v.text}`;
  return `${p.scope.kind}:at:${p.address}`;
}

/** The role of an attr as written, for messages. */
export function roleText(a: Attr<string>): string {
  return typeof a.value === 'string' ? a.value : 'an unknown role';
}

// ---- separation of duties ---------------------------------------------------------------------------

export interface SeparationCheck {
  scopes: readonly GcpIamScopeKind[];
  /** The administering role(s): who manages the thing. */
  admin: (role: string) => boolean;
  /** The using role(s): who uses it. Findings go on these grants. */
  user: (role: string) => boolean;
  what: string;
  message: (member: string, userRole: string, adminRole: string, adminAt: GcpIamPolicy) => string;
}

interface AdminGrant {
  policy: GcpIamPolicy;
  role: string;
}

const adminIndexes = new WeakMap<readonly GcpIamPolicy[], WeakMap<SeparationCheck, Map<string, AdminGrant>>>();

/** First administering grant per (scope, member), built once per model and check. */
function adminGrants(all: readonly GcpIamPolicy[], check: SeparationCheck): Map<string, AdminGrant> {
  let perList = adminIndexes.get(all);
  if (!perList) adminIndexes.set(all, (perList = new WeakMap()));
  let index = perList.get(check);
  if (index) return index;
  index = new Map();
  for (const p of all) {
    if (!check.scopes.includes(p.scope.kind) || p.unknown) continue;
    const key = scopeKey(p);
    for (const b of p.bindings) {
      const role = b.role.value;
      if (typeof role !== 'string' || !check.admin(role) || b.maybe) continue;
      for (const m of b.members) if (typeof m.value === 'string' && !index.has(`${key}\0${m.value}`)) index.set(`${key}\0${m.value}`, { policy: p, role });
    }
  }
  perList.set(check, index);
  return index;
}

/** Reports members of a using grant who also hold an administering role on the same scope. */
export function checkSeparation(policy: GcpIamPolicy, all: readonly GcpIamPolicy[], ctx: CheckContext, check: SeparationCheck): void {
  if (policy.unknown) {
    ctx.cannotVerify(policy, policy.unknown, `${check.what} (the policy's bindings)`);
    return;
  }
  const admins = adminGrants(all, check);
  const key = scopeKey(policy);
  for (const b of policy.bindings) {
    const role = b.role.value;
    if (typeof role !== 'string' || !check.user(role)) continue;
    for (const m of b.members) {
      if (m.value instanceof Unknown) {
        ctx.cannotVerify(m.ref, m.value, `${check.what} (a member of ${role})`);
        continue;
      }
      const admin = admins.get(`${key}\0${m.value}`);
      if (!admin) continue;
      if (b.maybe) ctx.cannotVerify(b.ref, b.maybe, check.what);
      else ctx.report(m.ref, check.message(m.value, role, admin.role, admin.policy));
    }
  }
}

const SCOPE_WORDS: Record<GcpIamScopeKind, string> = {
  project: 'project',
  organization: 'organization',
  folder: 'folder',
  bucket: 'bucket',
  dataset: 'dataset',
  'kms-crypto-key': 'crypto key',
  'kms-key-ring': 'key ring',
  'service-account': 'service account',
};

/** A scope kind in words, for messages. */
export function scopeWord(p: GcpIamPolicy): string {
  return SCOPE_WORDS[p.scope.kind];
}
