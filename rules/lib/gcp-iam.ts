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

/**
 * Values standing in for the unknown parts of a member written as a template: `serviceAccount:${...}`
 * is a service account whatever the interpolation gives, `user:${var.name}` may be anyone's account.
 */
const PROBES = ['', 'x', 'allUsers', 'allAuthenticatedUsers', 'user:x@gmail.com', 'x@gmail.com', 'gmail.com', 'serviceAccount:x@p.iam.gserviceaccount.com', 'roles/owner'];

/**
 * Resource attributes that are IAM members of a known type: `google_service_account.x.member` and a
 * service agent's `google_project_service_identity.x.member` are `serviceAccount:...`.
 */
const MEMBER_ATTRS: Readonly<Record<string, string>> = {
  google_service_account: 'serviceAccount:',
  google_project_service_identity: 'serviceAccount:',
};

function memberShapeOfRef(u: Unknown): string | undefined {
  const r = u.ref;
  if ((r.kind !== 'resource' && r.kind !== 'data') || r.attribute !== 'member') return undefined;
  const type = r.address.replace(/^data\./, '').split('.')[0]!;
  const prefix = MEMBER_ATTRS[type];
  return prefix ? `${prefix}\${${r.address}.member}` : undefined;
}

/**
 * A check's verdict on a member known only by its shape (an Unknown's `text`, with `${...}` for the
 * unknown parts): the verdict when every probe gives the same one, else the Unknown itself.
 */
export function decideByShape(u: Unknown, test: (member: string) => boolean): boolean | Unknown {
  const text = u.text ?? memberShapeOfRef(u);
  if (text === undefined || !text.includes('${')) return u;
  const parts = text.split(/\$\{[^}]*\}/);
  const answers = new Set(PROBES.map((p) => test(parts.join(p))));
  return answers.size === 1 ? [...answers][0]! : u;
}

function roleVerdict(b: GcpIamBinding, check: BindingCheck): boolean | Unknown {
  if (!check.role) return true;
  const v = b.role.value;
  if (v instanceof Unknown) return decideRoleByShape(v, check.role);
  return typeof v === 'string' && check.role(v);
}

/**
 * A check's verdict on a role known only by its shape. A custom role (`projects/${...}/roles/${...}`,
 * `organizations/.../roles/...`) is never a predefined `roles/...` role, but its id may end in "admin":
 * probing with an id that does and one that does not tells which checks its unknown parts can change.
 */
export function decideRoleByShape(u: Unknown, test: (role: string) => boolean): boolean | Unknown {
  const text = u.text;
  if (text === undefined || !/^(projects|organizations)\//.test(text) || !text.includes('/roles/')) return u;
  const parts = text.split(/\$\{[^}]*\}/);
  const answers = new Set(['x', 'xAdmin', 'xadmin'].map((p) => test(parts.join(p))));
  return answers.size === 1 ? [...answers][0]! : u;
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
      const v = m.value instanceof Unknown ? decideByShape(m.value, check.member) : check.member(m.value);
      if (v instanceof Unknown) unknown.push(m);
      else if (v) wrong.push(m);
    }
    if (b.maybe && (wrong.length > 0 || unknown.length > 0)) {
      // A binding of a dynamic block over an unknown collection may not exist at all.
      ctx.cannotVerify(b.ref, b.maybe, check.what);
      continue;
    }
    if (role instanceof Unknown) {
      if (wrong.length > 0) ctx.cannotVerify(b.role, role, `${check.what} (the role of ${memberText(wrong[0]!)})`);
      // An unknown role with an unknown member may be exactly the wrong grant: not a pass.
      else if (unknown.length > 0) ctx.cannotVerify(unknown[0]!.ref, role, `${check.what} (the role and its members)`);
      continue;
    }
    for (const m of unknown) ctx.cannotVerify(m.ref, m.value as Unknown, `${check.what} (a member of ${roleText(b.role)})`);
    if (wrong.length === 0) continue;
    const fixes = planFix(b, wrong, check);
    for (const m of wrong) ctx.report(m.ref, check.message(memberText(m), String(b.role.value), policy), { fixes });
  }
}

/** A member for messages: its value, or its shape with the unknown parts as `${...}`. */
function memberText(m: GcpIamMember): string {
  return m.value instanceof Unknown ? (m.value.text ?? m.value.detail) : m.value;
}

/**
 * Who a member is, for joining grants: its value, or for a member written as a template, the template
 * (`serviceAccount:${google_service_account.ci.email}` is the same account in every grant that writes it,
 * unless it depends on the instance: `each.` and `count.`).
 */
function memberKey(m: GcpIamMember): string | undefined {
  if (typeof m.value === 'string') return m.value;
  const t = m.value.text;
  if (t === undefined || !t.includes('${') || /\$\{[^}]*\b(each|count)\./.test(t)) return undefined;
  return t;
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
  // The same unknown value (a module output, a variable, another resource's attribute) names the same scope.
  if (v instanceof Unknown) {
    const r = v.ref;
    if (r.kind === 'resource' || r.kind === 'data') return `${p.scope.kind}:ref:${r.address}.${r.attribute ?? ''}`;
    if (r.kind === 'module') return `${p.scope.kind}:ref:module.${r.address}.${r.output ?? ''}`;
    if (r.kind === 'variable') return `${p.scope.kind}:ref:var.${r.name}`;
  }
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
  /** Set when the grant only may be administering: its role is unknown. */
  maybe?: Unknown;
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
      if (b.maybe) continue;
      // A grant whose role is unknown may administer: its members are only "maybe" admins.
      const decided = role instanceof Unknown ? decideRoleByShape(role, check.admin) : undefined;
      if (decided === false) continue;
      const maybe = decided instanceof Unknown ? decided : undefined;
      if (!maybe && (typeof role !== 'string' || !check.admin(role))) continue;
      const grant: AdminGrant = { policy: p, role: maybe ? 'an unknown role' : (role as string), maybe };
      for (const m of b.members) {
        const id = memberKey(m);
        if (id === undefined) {
          // `${key}\0*`: an administering grant with a member that may be anyone.
          if (!maybe && m.value instanceof Unknown && !index.has(`${key}\0*`)) index.set(`${key}\0*`, { ...grant, maybe: m.value });
          continue;
        }
        const prev = index.get(`${key}\0${id}`);
        if (!prev || (prev.maybe && !maybe)) index.set(`${key}\0${id}`, grant);
      }
      // `${key}\0` (no member): the scope has an administering (or maybe administering) grant.
      if (!index.has(`${key}\0`)) index.set(`${key}\0`, grant);
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
    if (role instanceof Unknown && decideRoleByShape(role, check.user) === false) continue;
    if (role instanceof Unknown) {
      // An unknown role may be a using role: a member who surely administers the same scope cannot be cleared.
      const admin = b.members.find((m) => {
        const id = memberKey(m);
        const a = id === undefined ? undefined : admins.get(`${key}\0${id}`);
        return a !== undefined && a.maybe === undefined;
      });
      if (admin) ctx.cannotVerify(b.role, role, `${check.what} (the role granted to ${memberText(admin)})`);
      continue;
    }
    if (typeof role !== 'string' || !check.user(role)) continue;
    for (const m of b.members) {
      const id = memberKey(m);
      const admin = id === undefined ? undefined : admins.get(`${key}\0${id}`);
      if (admin) {
        if (b.maybe) ctx.cannotVerify(b.ref, b.maybe, check.what);
        else if (admin.maybe) ctx.cannotVerify(m.ref, admin.maybe, `${check.what} (the role ${memberText(m)} holds in \`${admin.policy.address}\`)`);
        else ctx.report(m.ref, check.message(memberText(m), role, admin.role, admin.policy));
      } else if (m.value instanceof Unknown && admins.has(`${key}\0`)) {
        // Only a scope where someone administers can hold a conflict.
        ctx.cannotVerify(m.ref, m.value, `${check.what} (a member of ${role})`);
      } else {
        // An administering grant with an unknown member may name this one.
        const open = admins.get(`${key}\0*`);
        if (open?.maybe) ctx.cannotVerify(m.ref, open.maybe, `${check.what} (the members of \`${open.policy.address}\`)`);
      }
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
