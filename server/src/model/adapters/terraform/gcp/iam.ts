// SPDX-License-Identifier: Apache-2.0
// Google Cloud IAM in Terraform → the one binding model of model/gcp/iam.ts. Shapes read:
//
// - `google_<scope>_iam_member` (role + member), `_binding` (role + members), both with an optional
//   `condition` block, for every scope of SCOPES;
// - `google_<scope>_iam_policy` whose `policy_data` is `data.google_iam_policy.X.policy_data` (its `binding`
//   and `audit_config` blocks, dynamic ones included) or a JSON text (`jsonencode({ bindings = [...] })`);
// - `google_project_iam_audit_config`, `google_organization_iam_audit_config`, `google_folder_iam_audit_config`;
// - BigQuery: a dataset's inline `access` blocks and `google_bigquery_dataset_access`.
//
// Unknown roles and members stay in the model as Unknowns with their reason; a policy whose bindings
// cannot be read at all carries `unknown`.

import { isObjectValue, Unknown } from '../../../../core/value';
import type { Value } from '../../../../core/value';
import type { Attribute, Block, Expression } from '../../../../parsers/hcl/ast';
import { absentAttr, presentAttr } from '../../../attr';
import type { Attr } from '../../../attr';
import type { GcpAuditConfig, GcpAuditLogConfig, GcpIamAuthority, GcpIamBinding, GcpIamCondition, GcpIamMember, GcpIamPolicy, GcpIamScopeKind } from '../../../gcp/iam';
import { nodeRef } from '../../../source';
import type { SourceRef } from '../../../source';
import type { TfFile, TfModule, TfResource } from '../module';
import { isGeneratedBlock } from '../instances';
import { asString, blockTarget, evalExpr, findAttribute, headerRef, headerSpan, nestedBlock, nestedBlocks, readAttr } from '../values';

interface ScopeSpec {
  /** `google_project_iam` (the resource types are this plus `_member`, `_binding`, `_policy`, `_audit_config`). */
  prefix: string;
  kind: GcpIamScopeKind;
  /** The attribute naming the scope. */
  attr: string;
  /** Resource types that attribute may reference. */
  refTypes: readonly string[];
  audit?: true;
}

export const GCP_IAM_SCOPES: readonly ScopeSpec[] = [
  { prefix: 'google_project_iam', kind: 'project', attr: 'project', refTypes: ['google_project'], audit: true },
  { prefix: 'google_organization_iam', kind: 'organization', attr: 'org_id', refTypes: [], audit: true },
  { prefix: 'google_folder_iam', kind: 'folder', attr: 'folder', refTypes: ['google_folder'], audit: true },
  { prefix: 'google_storage_bucket_iam', kind: 'bucket', attr: 'bucket', refTypes: ['google_storage_bucket'] },
  { prefix: 'google_bigquery_dataset_iam', kind: 'dataset', attr: 'dataset_id', refTypes: ['google_bigquery_dataset'] },
  { prefix: 'google_kms_crypto_key_iam', kind: 'kms-crypto-key', attr: 'crypto_key_id', refTypes: ['google_kms_crypto_key'] },
  { prefix: 'google_kms_key_ring_iam', kind: 'kms-key-ring', attr: 'key_ring_id', refTypes: ['google_kms_key_ring'] },
  { prefix: 'google_service_account_iam', kind: 'service-account', attr: 'service_account_id', refTypes: ['google_service_account'] },
];

/** Every Terraform type this adapter reads (for rules' `resourceTypes`). */
export const GCP_IAM_TYPES: readonly string[] = [
  ...GCP_IAM_SCOPES.flatMap((s) => [`${s.prefix}_member`, `${s.prefix}_binding`, `${s.prefix}_policy`, ...(s.audit ? [`${s.prefix}_audit_config`] : [])]),
  'google_bigquery_dataset',
  'google_bigquery_dataset_access',
];

/** The BigQuery access entry attributes that name a member, and how each becomes an IAM member. */
const ACCESS_MEMBERS: readonly [string, (v: string) => string][] = [
  ['user_by_email', (v) => `user:${v}`],
  ['group_by_email', (v) => `group:${v}`],
  ['domain', (v) => `domain:${v}`],
  ['special_group', (v) => v],
  ['iam_member', (v) => v],
];

function base(r: TfResource): Pick<GcpIamPolicy, 'platform' | 'address' | 'sourceType' | 'ref' | 'target'> {
  return { platform: 'terraform', address: r.address, sourceType: r.type, ref: headerRef(r.file, r.block), target: blockTarget(r.file, r.block) };
}

function unwrap(e: Expression): Expression {
  let x = e;
  while (x.type === 'TemplateWrap' || x.type === 'Parentheses') x = x.type === 'TemplateWrap' ? x.wrapped : x.expr;
  return x;
}

/** The `type.name` of the first resource of `types` (declared in the module) an expression references, also inside templates. */
function referenced(mod: TfModule, expr: Expression, types: readonly string[]): string | null {
  const e = unwrap(mod.deref(expr));
  if (e.type === 'Template') {
    for (const p of e.parts) {
      const r = referenced(mod, p, types);
      if (r) return r;
    }
    return null;
  }
  if (e.type === 'FunctionCall') {
    for (const a of e.args) {
      const r = referenced(mod, a, types);
      if (r) return r;
    }
    return null;
  }
  if (e.type !== 'ScopeTraversal' || !types.includes(e.root)) return null;
  const first = e.steps[0];
  if (first?.type !== 'AttrStep') return null;
  return mod.hasResource(e.root, first.name) ? `${e.root}.${first.name}` : null;
}

function attrOf(file: TfFile, block: Block, name: string, target: ReturnType<typeof blockTarget>, absentRef: SourceRef): Attr<string> {
  return readAttr(file, block, [name], asString, { target, absentRef });
}

function typeError(at: SourceRef, v: Value, what: string): Unknown {
  return new Unknown('type-error', at.span, `expected ${what}, found ${JSON.stringify(v)}`);
}

/** One member value: a string, or why it is not one. */
function memberValue(v: Value, at: SourceRef): string | Unknown {
  if (v instanceof Unknown) return v;
  if (typeof v === 'string') return v;
  return typeError(at, v, 'a member string');
}

/**
 * The members of a list attribute: one per item of a written list (each at its own place), one per
 * element of a list value, or one Unknown member for a list that cannot be known.
 */
function membersOf(mod: TfModule, file: TfFile, attribute: Attribute): GcpIamMember[] {
  const ref = nodeRef(file.path, attribute);
  const e = unwrap(mod.deref(attribute.expr));
  // A literal list written here (not through a local): each item at its own place.
  if (e.type === 'Tuple' && unwrap(attribute.expr).type === 'Tuple') {
    const out: GcpIamMember[] = [];
    for (const item of e.items) {
      const at = nodeRef(file.path, item);
      const v = evalExpr(file, item);
      // `[for ...]` inside a list, `concat` results: a list item that is itself a list.
      if (Array.isArray(v)) for (const x of v) out.push({ value: memberValue(x, at), ref: at });
      else out.push({ value: memberValue(v, at), ref: at });
    }
    return out;
  }
  const v = evalExpr(file, attribute.expr);
  if (v instanceof Unknown) return [{ value: v, ref }];
  if (v === null) return [];
  if (!Array.isArray(v)) return [{ value: memberValue(v, ref), ref }];
  return v.map((x) => ({ value: memberValue(x, ref), ref }));
}

function conditionOf(file: TfFile, block: Block, target: ReturnType<typeof blockTarget>): GcpIamCondition | null {
  const c = nestedBlock(block, 'condition');
  if (!c) return null;
  const ref = headerRef(file, c);
  return { title: attrOf(file, c, 'title', target, ref), expression: attrOf(file, c, 'expression', target, ref) };
}

/** A binding written as HCL: a `_member`/`_binding` resource's root, or a `binding` block of a policy data source. */
function bindingOf(mod: TfModule, file: TfFile, block: Block, ref: SourceRef, maybe?: Unknown): GcpIamBinding {
  const target = blockTarget(file, block);
  const role = attrOf(file, block, 'role', target, ref);
  const single = findAttribute(block, 'member');
  const list = findAttribute(block, 'members');
  let members: GcpIamMember[] = [];
  let membersAttr: Attr<unknown> | null = null;
  const location = isGeneratedBlock(block) ? null : { target, path: [single ? 'member' : 'members'] };
  if (single) {
    const at = nodeRef(file.path, single);
    const v = evalExpr(file, single.expr);
    members = v === null ? [] : [{ value: memberValue(v, at), ref: at }];
    membersAttr = presentAttr<unknown>(v, at, v, location);
  } else if (list) {
    const at = nodeRef(file.path, list);
    const v = evalExpr(file, list.expr);
    members = membersOf(mod, file, list);
    membersAttr = presentAttr<unknown>(v, at, v, location);
  } else {
    membersAttr = absentAttr<unknown>(ref, location);
  }
  const b: GcpIamBinding = { ref, role, members, membersAttr, single: !!single, condition: conditionOf(file, block, target) };
  if (maybe) b.maybe = maybe;
  return b;
}

function auditConfigOf(mod: TfModule, file: TfFile, block: Block, ref: SourceRef, logBlock: string): GcpAuditConfig {
  const target = blockTarget(file, block);
  const service = attrOf(file, block, 'service', target, ref);
  const logConfigs: GcpAuditLogConfig[] = [];
  let unknown: Unknown | null = null;
  for (const l of nestedBlocks(block, logBlock)) {
    const lref = headerRef(file, l);
    const ltarget = blockTarget(file, l);
    const ex = findAttribute(l, 'exempted_members');
    const exAt = ex ? nodeRef(file.path, ex) : lref;
    const exRaw = ex ? evalExpr(file, ex.expr) : undefined;
    logConfigs.push({
      ref: lref,
      logType: attrOf(file, l, 'log_type', ltarget, lref),
      exemptedMembers: ex ? membersOf(mod, file, ex) : [],
      exemptedAttr: ex && exRaw !== undefined ? presentAttr<unknown>(exRaw, exAt, exRaw, isGeneratedBlock(l) ? null : { target: ltarget, path: ['exempted_members'] }) : absentAttr<unknown>(lref, null),
    });
  }
  for (const d of nestedBlocks(block, 'dynamic')) {
    if (d.labels[0]?.value === logBlock) unknown ??= new Unknown('expression', headerSpan(d), `the for_each of the dynamic "${logBlock}" block`, { kind: 'dynamic', block: logBlock });
  }
  return { ref, service, logConfigs, unknown };
}

/** `data.google_iam_policy.NAME.policy_data` (also `[0]`-indexed) → the data source instance, if in the module. */
function policyDataSource(mod: TfModule, expr: Expression): TfResource | undefined {
  const e = unwrap(mod.deref(expr));
  if (e.type !== 'ScopeTraversal' || e.root !== 'data') return undefined;
  const [t, n] = e.steps.filter((s) => s.type === 'AttrStep');
  if (t?.type !== 'AttrStep' || t.name !== 'google_iam_policy' || n?.type !== 'AttrStep') return undefined;
  const index = e.steps.find((s) => s.type === 'IndexStep');
  const all = mod.dataOfType('google_iam_policy').filter((d) => d.name === n.name);
  if (index?.type === 'IndexStep' && index.key !== null) {
    const key = index.key;
    return all.find((d) => d.key !== undefined && String(d.key) === String(key)) ?? all[0];
  }
  return all[0];
}

/** The bindings and audit configs of a `data "google_iam_policy"`, dynamic blocks included. */
function fromPolicyData(mod: TfModule, d: TfResource): { bindings: GcpIamBinding[]; auditConfigs: GcpAuditConfig[] } {
  const bindings: GcpIamBinding[] = [];
  const auditConfigs: GcpAuditConfig[] = [];
  for (const b of nestedBlocks(d.block, 'binding')) bindings.push(bindingOf(mod, d.file, b, headerRef(d.file, b)));
  for (const a of nestedBlocks(d.block, 'audit_config')) auditConfigs.push(auditConfigOf(mod, d.file, a, headerRef(d.file, a), 'audit_log_configs'));
  for (const dyn of nestedBlocks(d.block, 'dynamic')) {
    const label = dyn.labels[0]?.value;
    if (label !== 'binding' && label !== 'audit_config') continue;
    const ref = headerRef(d.file, dyn);
    const maybe = new Unknown('expression', headerSpan(dyn), `the for_each of the dynamic "${label}" block`, { kind: 'dynamic', block: label });
    const content = nestedBlock(dyn, 'content');
    // The content is read once with the iterator unknown: what it fixes (a literal role) stays known.
    const iteratorAttr = findAttribute(dyn, 'iterator');
    const iterator = iteratorAttr?.expr.type === 'ScopeTraversal' && iteratorAttr.expr.steps.length === 0 ? iteratorAttr.expr.root : label;
    const item = maybe.rephrase(`the items of the dynamic "${label}" block's for_each`);
    let file: TfFile = d.file;
    if (d.file.scope) {
      const bindingsMap = new Map(d.file.scope.bindings ?? []);
      bindingsMap.set(iterator, { key: item, value: item });
      file = { ...d.file, scope: { ...d.file.scope, bindings: bindingsMap } };
    }
    if (label === 'binding') {
      if (!content) {
        bindings.push({ ref, role: presentAttr<string>(item, ref, item, null), members: [{ value: item, ref }], membersAttr: null, single: false, condition: null, maybe });
        continue;
      }
      const b = bindingOf(mod, file, content, ref, maybe);
      // Nothing in a dynamic block's content can be fixed in place: it is written once for all blocks.
      bindings.push({ ...b, membersAttr: b.membersAttr ? { ...b.membersAttr, location: null } : null, role: { ...b.role, location: null } });
    } else {
      const a = content ? auditConfigOf(mod, file, content, ref, 'audit_log_configs') : { ref, service: presentAttr<string>(item, ref, item, null), logConfigs: [], unknown: item };
      auditConfigs.push({ ...a, unknown: a.unknown ?? maybe });
    }
  }
  return { bindings, auditConfigs };
}

/** A policy given as JSON (`jsonencode({...})`, a heredoc): `{ bindings: [{ role, members, condition }], auditConfigs: [...] }`. */
function fromPolicyJson(v: Value, ref: SourceRef): { bindings: GcpIamBinding[]; auditConfigs: GcpAuditConfig[]; unknown: Unknown | null } {
  let doc: Value = v;
  if (typeof v === 'string') {
    try {
      doc = JSON.parse(v) as Value;
    } catch {
      return { bindings: [], auditConfigs: [], unknown: new Unknown('type-error', ref.span, 'policy_data is not a JSON policy') };
    }
  }
  if (doc instanceof Unknown) return { bindings: [], auditConfigs: [], unknown: doc };
  if (!isObjectValue(doc)) return { bindings: [], auditConfigs: [], unknown: typeError(ref, doc, 'a policy object') };
  const str = (x: Value | undefined): Attr<string> => (x === undefined || x === null ? absentAttr<string>(ref, null) : presentAttr<string>(x instanceof Unknown || typeof x === 'string' ? x : typeError(ref, x, 'a string'), ref, x, null));
  const list = (x: Value | undefined): GcpIamMember[] => {
    if (x === undefined || x === null) return [];
    if (x instanceof Unknown) return [{ value: x, ref }];
    if (!Array.isArray(x)) return [{ value: memberValue(x, ref), ref }];
    return x.map((m) => ({ value: memberValue(m, ref), ref }));
  };
  const bindings: GcpIamBinding[] = [];
  const auditConfigs: GcpAuditConfig[] = [];
  let unknown: Unknown | null = null;
  const bs = doc.bindings;
  if (bs instanceof Unknown) unknown = bs;
  else if (Array.isArray(bs)) {
    for (const b of bs) {
      if (b instanceof Unknown) {
        bindings.push({ ref, role: presentAttr<string>(b, ref, b, null), members: [{ value: b, ref }], membersAttr: null, single: false, condition: null });
        continue;
      }
      if (!isObjectValue(b)) continue;
      const c = b.condition;
      bindings.push({ ref, role: str(b.role), members: list(b.members), membersAttr: null, single: false, condition: isObjectValue(c) ? { title: str(c.title), expression: str(c.expression) } : null });
    }
  }
  const acs = doc.auditConfigs;
  if (acs instanceof Unknown) unknown ??= acs;
  else if (Array.isArray(acs)) {
    for (const a of acs) {
      if (!isObjectValue(a)) continue;
      const logs = a.auditLogConfigs;
      auditConfigs.push({
        ref,
        service: str(a.service),
        logConfigs: Array.isArray(logs) ? logs.filter(isObjectValue).map((l) => ({ ref, logType: str(l.logType), exemptedMembers: list(l.exemptedMembers), exemptedAttr: absentAttr<unknown>(ref, null) })) : [],
        unknown: logs instanceof Unknown ? logs : null,
      });
    }
  }
  return { bindings, auditConfigs, unknown };
}

function scopeOf(mod: TfModule, r: TfResource, spec: Pick<ScopeSpec, 'kind' | 'attr' | 'refTypes'>): GcpIamPolicy['scope'] {
  const target = blockTarget(r.file, r.block);
  const id = attrOf(r.file, r.block, spec.attr, target, headerRef(r.file, r.block));
  const a = findAttribute(r.block, spec.attr);
  return { kind: spec.kind, id, resource: a ? referenced(mod, a.expr, spec.refTypes) : null };
}

function iamResource(mod: TfModule, r: TfResource, spec: ScopeSpec, authority: GcpIamAuthority): GcpIamPolicy {
  const b = base(r);
  const policy: GcpIamPolicy = { ...b, scope: scopeOf(mod, r, spec), authority, bindings: [], auditConfigs: [], unknown: null };
  if (authority === 'member' || authority === 'binding') {
    policy.bindings.push(bindingOf(mod, r.file, r.block, b.ref));
  } else if (authority === 'audit') {
    policy.auditConfigs.push(auditConfigOf(mod, r.file, r.block, b.ref, 'audit_log_config'));
  } else {
    const pd = findAttribute(r.block, 'policy_data');
    if (!pd) {
      policy.unknown = new Unknown('type-error', b.ref.span, 'the policy has no policy_data');
      return policy;
    }
    const data = policyDataSource(mod, pd.expr);
    if (data) {
      const read = fromPolicyData(mod, data);
      policy.bindings = read.bindings;
      policy.auditConfigs = read.auditConfigs;
      policy.policyData = data.address;
    } else {
      const ref = nodeRef(r.file.path, pd);
      const read = fromPolicyJson(evalExpr(r.file, pd.expr), ref);
      policy.bindings = read.bindings;
      policy.auditConfigs = read.auditConfigs;
      policy.unknown = read.unknown;
    }
  }
  return policy;
}

/** A BigQuery access entry (an `access` block or a `google_bigquery_dataset_access`) as a binding; null for view/dataset/routine entries. */
function accessBinding(file: TfFile, block: Block, ref: SourceRef, maybe?: Unknown): GcpIamBinding | null {
  const target = blockTarget(file, block);
  for (const [name, convert] of ACCESS_MEMBERS) {
    const a = findAttribute(block, name);
    if (!a) continue;
    const at = nodeRef(file.path, a);
    const v = evalExpr(file, a.expr);
    const value = v instanceof Unknown ? v : typeof v === 'string' ? convert(v) : typeError(at, v, 'a member string');
    const location = isGeneratedBlock(block) || maybe ? null : { target, path: [name] };
    const role = attrOf(file, block, 'role', target, ref);
    const b: GcpIamBinding = { ref, role: maybe ? { ...role, location: null } : role, members: [{ value, ref: at }], membersAttr: presentAttr<unknown>(v, at, v, location), single: true, condition: conditionOf(file, block, target) };
    if (maybe) b.maybe = maybe;
    return b;
  }
  return null;
}

function datasetAccess(mod: TfModule): GcpIamPolicy[] {
  const out: GcpIamPolicy[] = [];
  for (const r of mod.ofType('google_bigquery_dataset')) {
    const bindings: GcpIamBinding[] = [];
    for (const a of nestedBlocks(r.block, 'access')) {
      const b = accessBinding(r.file, a, headerRef(r.file, a));
      if (b) bindings.push(b);
    }
    for (const dyn of nestedBlocks(r.block, 'dynamic')) {
      if (dyn.labels[0]?.value !== 'access') continue;
      const ref = headerRef(r.file, dyn);
      const maybe = new Unknown('expression', headerSpan(dyn), 'the for_each of the dynamic "access" block', { kind: 'dynamic', block: 'access' });
      const content = nestedBlock(dyn, 'content');
      const item = maybe.rephrase('the items of the dynamic "access" block\'s for_each');
      const iteratorAttr = findAttribute(dyn, 'iterator');
      const iterator = iteratorAttr?.expr.type === 'ScopeTraversal' && iteratorAttr.expr.steps.length === 0 ? iteratorAttr.expr.root : 'access';
      let file = r.file;
      if (r.file.scope) {
        const m = new Map(r.file.scope.bindings ?? []);
        m.set(iterator, { key: item, value: item });
        file = { ...r.file, scope: { ...r.file.scope, bindings: m } };
      }
      const b = content ? accessBinding(file, content, ref, maybe) : null;
      bindings.push(b ?? { ref, role: presentAttr<string>(item, ref, item, null), members: [{ value: item, ref }], membersAttr: null, single: true, condition: null, maybe });
    }
    // A dataset without access blocks states nothing about access: it is not an IAM statement.
    if (bindings.length === 0) continue;
    const id = attrOf(r.file, r.block, 'dataset_id', blockTarget(r.file, r.block), headerRef(r.file, r.block));
    out.push({ ...base(r), scope: { kind: 'dataset', id, resource: r.baseAddress }, authority: 'access', bindings, auditConfigs: [], unknown: null });
  }
  for (const r of mod.ofType('google_bigquery_dataset_access')) {
    const b = base(r);
    const binding = accessBinding(r.file, r.block, b.ref);
    out.push({ ...b, scope: scopeOf(mod, r, { kind: 'dataset', attr: 'dataset_id', refTypes: ['google_bigquery_dataset'] }), authority: 'access', bindings: binding ? [binding] : [], auditConfigs: [], unknown: null });
  }
  return out;
}

/** Every IAM statement of the module, in the order of SCOPES, then BigQuery access. */
export function gcpIamPolicies(mod: TfModule): GcpIamPolicy[] {
  const out: GcpIamPolicy[] = [];
  for (const spec of GCP_IAM_SCOPES) {
    for (const r of mod.ofType(`${spec.prefix}_member`)) out.push(iamResource(mod, r, spec, 'member'));
    for (const r of mod.ofType(`${spec.prefix}_binding`)) out.push(iamResource(mod, r, spec, 'binding'));
    for (const r of mod.ofType(`${spec.prefix}_policy`)) out.push(iamResource(mod, r, spec, 'policy'));
    if (spec.audit) for (const r of mod.ofType(`${spec.prefix}_audit_config`)) out.push(iamResource(mod, r, spec, 'audit'));
  }
  out.push(...datasetAccess(mod));
  return out;
}
