// SPDX-License-Identifier: Apache-2.0
// Shared pieces of the Azure (azurerm) rules: joins between azurerm resources and the companion resources
// fixes add. Framework mappings come by control concept from rules/concepts.ts, as for AWS and GCP.
// (Settings azurerm renamed between major versions are read by the catalog: `terraformFormerly`.)

import { catalogOf, createCompanion, list, lit, localName, placeholder, refersTo, setFix, Unknown } from '../api';
import { valueText } from './checks';
import { referringItems } from './joins';
import type { Attr, CatalogResource, CheckContext, CloudModel, EditTarget, FixValue, ModelResource, PlannedFix, SourceRef } from '../api';

/** Whether a storage account holds blobs: `FileStorage` accounts hold file shares only. Unknown kinds are assumed to. */
export function holdsBlobs(account: CatalogResource): boolean {
  return account.attrs.accountKind?.value !== 'FileStorage';
}

// ---- joins between azurerm resources ---------------------------------------------------------------

/**
 * Whether a reference (`private_connection_resource_id`, `target_resource_id`, `scope`) names `resource`:
 * 'this' for an attribute of it, 'other' for a literal or another resource of the module, and the Unknown
 * itself when it comes from outside the module (a variable, a data source, a module output), which may or
 * may not be this resource.
 */
export function linkTo(value: unknown, resource: { readonly address: string }): 'this' | 'other' | Unknown {
  if (!(value instanceof Unknown)) return 'other';
  if (value.ref.kind !== 'resource') return value;
  // Instance keys are matched by the shared refersTo (rules/api.ts).
  return refersTo(value, resource) ? 'this' : 'other';
}

/** The Terraform expression of an attribute of `resource` (`azurerm_key_vault.kv.id`). */
export function attributeOf(resource: { readonly address: string }, attribute: string): FixValue {
  return { kind: 'reference', terraform: `${resource.address}.${attribute}`, cloudformation: { ref: resource.address } };
}

/**
 * Where a fix writes a new resource next to `resource` (a private endpoint, a lock), with `preamble`
 * first; null when the resource is not a Terraform block.
 */
export function companionTarget(resource: ModelResource, resourceType: string, suffix: string, preamble: [string, FixValue][]): EditTarget | null {
  const t = resource.target;
  if (t.platform !== 'terraform' || t.kind !== 'block') return null;
  const name = `${localName(resource).replace(/\[.*$/, '')}_${suffix}`;
  return { platform: 'terraform', kind: 'new-resource', file: t.file, after: t.block, resourceType, name, preamble };
}

export interface PrivateEndpointSpec {
  /** Accepted `subresource_names` (compared case-insensitively): `vault`; `blob`, `file`, ... */
  subresources: readonly string[];
  /** The one the fix writes. */
  fixSubresource: string;
  /** What cannot be verified: "whether the key vault is reached through a private endpoint". */
  what: string;
  /** The finding when no endpoint connects to the resource. */
  message: string;
}

/**
 * A resource must be the target of an `azurerm_private_endpoint` of the module whose
 * `private_service_connection` names it with one of the accepted sub-resources. An endpoint whose target
 * or sub-resources are unknown (a variable, a data source) makes the answer "cannot verify".
 */
export function requirePrivateEndpoint(ctx: CheckContext, resource: ModelResource, spec: PrivateEndpointSpec): void {
  const wanted = new Set(spec.subresources.map((s) => s.toLowerCase()));
  let unknown: { at: SourceRef | Attr<unknown>; u: Unknown } | null = null;
  // Only endpoints that may connect to this resource (see referringItems): the same verdicts as looking at all.
  const endpoints = referringItems(
    ctx.model,
    'azure.network.private-endpoint',
    () => catalogOf(ctx.model, 'azure.network.private-endpoint'),
    (e) => e.lists.connections.items.map((c) => c.attrs.resourceId.value),
    (e) => !!e.lists.connections.unknown,
  )(resource.address);
  for (const endpoint of endpoints) {
    const connections = endpoint.lists.connections;
    if (connections.unknown) unknown ??= { at: endpoint.ref, u: connections.unknown };
    for (const c of connections.items) {
      const link = linkTo(c.attrs.resourceId.value, resource);
      if (link === 'other') continue;
      const names = c.attrs.subresources.value;
      const list = Array.isArray(names) ? names : [names];
      if (list.some((n) => typeof n === 'string' && wanted.has(n.toLowerCase()))) {
        if (link === 'this') return;
        unknown ??= { at: c.attrs.resourceId, u: link };
        continue;
      }
      const open = list.find((n): n is Unknown => n instanceof Unknown);
      if (open) unknown ??= { at: c.attrs.subresources, u: open };
      else if (link instanceof Unknown && !c.attrs.subresources.present) unknown ??= { at: c.attrs.resourceId, u: link };
    }
  }
  if (unknown) {
    ctx.cannotVerify(resource, unknown.u, spec.what);
    return;
  }
  const target = companionTarget(resource, 'azurerm_private_endpoint', 'private_endpoint', [
    ['name', lit(`${localName(resource).replace(/\[.*$/, '')}-${spec.fixSubresource}-pe`)],
    ['location', attributeOf(resource, 'location')],
    ['resource_group_name', attributeOf(resource, 'resource_group_name')],
  ]);
  const fixes: PlannedFix[] = target
    ? [
        {
          id: 'add-private-endpoint',
          title: 'Add a private endpoint (adds a variable for the subnet)',
          safety: 'unsafe',
          ops: [
            createCompanion(target, {
              terraform: [
                [['subnet_id'], placeholder(resource, 'private_endpoint_subnet_id', 'ID of the subnet the private endpoint gets its address in')],
                [['private_service_connection', 'name'], lit(`${spec.fixSubresource}-connection`)],
                [['private_service_connection', 'private_connection_resource_id'], attributeOf(resource, 'id')],
                [['private_service_connection', 'subresource_names'], list(lit(spec.fixSubresource))],
                [['private_service_connection', 'is_manual_connection'], lit(false)],
              ],
              cloudformation: [],
            }),
          ],
        },
      ]
    : [];
  ctx.report(resource, spec.message, { fixes });
}

// ---- provider version ------------------------------------------------------------------------------

/** The azurerm major version a module runs, or why it cannot be told. */
export type ProviderMajor = { major: number; ref: SourceRef; from: 'constraint' | 'lock' } | { unknown: Unknown; why: string };

/** "which this module requires" / "which the lock file pins", for messages naming the major version. */
export function majorSource(major: { from: 'constraint' | 'lock' }): string {
  return major.from === 'lock' ? 'which .terraform.lock.hcl pins' : 'which this module requires';
}

/**
 * The single azurerm major version the module's `required_providers` constraint allows (`~> 3.0`,
 * `>= 3.50, < 4.0`, `= 4.2.0`), or else the version the root module's `.terraform.lock.hcl` locks (what
 * `terraform init` installs). A constraint open to several majors, a computed one, or none at all, with no
 * lock, cannot tell which default the provider applies: Terraform would install the newest version allowed.
 */
export function azurermMajor(model: CloudModel, at: SourceRef): ProviderMajor {
  const req = model.requiredProviders?.['azurerm'];
  const open = (ref: SourceRef, why: string): ProviderMajor => ({
    unknown: new Unknown('reference', ref.span, `the azurerm provider version (${why})`, { kind: 'external', what: 'the azurerm provider version' }),
    why,
  });
  const lock = model.providerLocks?.get(req?.source ?? 'hashicorp/azurerm');
  if (lock) {
    const major = Number(/^\d+/.exec(lock.version)![0]);
    const allowed = typeof req?.version === 'string' ? majorRange(req.version) : null;
    // `terraform init` refuses a lock outside the constraint: which version runs is then not known.
    if (allowed && (major < allowed.lo || major > allowed.hi)) {
      return open(req!.ref, `the lock file's version ${lock.version} does not satisfy the constraint ${JSON.stringify(req!.version)}`);
    }
    if (allowed || !(req?.version instanceof Unknown)) return { major, ref: lock.ref, from: 'lock' };
  }
  if (!req) return open(at, 'the module declares no azurerm version in required_providers');
  if (req.version instanceof Unknown) return open(req.ref, `the version constraint is computed from ${req.version.detail}`);
  if (req.version === undefined) return open(req.ref, 'the azurerm entry of required_providers has no version');
  const range = majorRange(req.version);
  if (range && range.lo === range.hi) return { major: range.lo, ref: req.ref, from: 'constraint' };
  return open(req.ref, `the constraint ${JSON.stringify(req.version)} allows more than one major version`);
}

/** The range of major versions a Terraform version constraint allows (hi = Infinity when unbounded). */
export function majorRange(constraint: string): { lo: number; hi: number } | null {
  let lo = 0;
  let hi = Infinity;
  for (const clause of constraint.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+][0-9A-Za-z.-]*)?\s*$/.exec(clause);
    if (!m) return null;
    const op = m[1] ?? '=';
    const major = Number(m[2]);
    const rest = [m[3], m[4]].filter((x): x is string => x !== undefined).map(Number);
    if (op === '=') {
      lo = Math.max(lo, major);
      hi = Math.min(hi, major);
    } else if (op === '>=' || op === '>') lo = Math.max(lo, major);
    else if (op === '<') hi = Math.min(hi, rest.every((n) => n === 0) ? major - 1 : major);
    else if (op === '<=') hi = Math.min(hi, major);
    else if (op === '~>') {
      lo = Math.max(lo, major);
      // `~> 3` allows 3 and later; `~> 3.1` and `~> 3.1.2` stay within 3.
      if (rest.length > 0) hi = Math.min(hi, major);
    }
  }
  return lo <= hi ? { lo, hi } : null;
}

/**
 * Whether a storage account can hold file shares with `share_properties`: Standard `Storage`/`StorageV2`,
 * or Premium `FileStorage`. Unknown kinds and tiers are assumed to.
 */
export function holdsShares(account: CatalogResource): boolean {
  const kind = account.attrs.accountKind?.value;
  if (kind === 'FileStorage' || kind instanceof Unknown) return true;
  if (account.attrs.accountTier?.value === 'Premium') return false;
  return kind === 'Storage' || kind === 'StorageV2';
}

/**
 * A list setting whose every item must be one of `allowed` (`["SMB3.1.1"]`): "cannot verify" when the list
 * or an item is unknown; otherwise reports `message(items)` for an absent, empty or wider list, with a fix
 * that writes `fixValue`. `absent` words the finding when the setting is not written (every value accepted).
 */
export function requireOnly(
  ctx: CheckContext,
  attr: Attr<unknown>,
  allowed: readonly string[],
  what: string,
  messages: { absent: string; wider: (extra: string[]) => string },
  fix: { id: string; title: string; safety: 'safe' | 'unsafe'; value: readonly string[] },
): void {
  const v = attr.value;
  if (v instanceof Unknown) {
    ctx.cannotVerify(attr, v, what);
    return;
  }
  const items = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const open = items.find((i): i is Unknown => i instanceof Unknown);
  if (open) {
    ctx.cannotVerify(attr, open, what);
    return;
  }
  const fixes = setFix(fix.id, fix.title, fix.safety, [attr, list(...fix.value.map((x) => lit(x)))]);
  if (!attr.present || items.length === 0) {
    ctx.report(attr, messages.absent, { fixes });
    return;
  }
  const extra = items.map(valueText).filter((i) => !allowed.includes(i));
  if (extra.length > 0) ctx.report(attr, messages.wider(extra), { fixes });
}

/**
 * Whether an `azurerm_management_lock` of the module with one of `levels` applies to `resource`: scoped to
 * it, or to the resource group it is in (`resourceGroupName` refers to that group's `name`). A lock whose
 * scope or level comes from outside the module (a subscription id, a variable) may apply: the Unknown.
 */
export function lockOn(model: CloudModel, resource: ModelResource, resourceGroupName: Attr<unknown>, levels: readonly string[]): 'found' | 'none' | Unknown {
  let open: Unknown | null = null;
  const rg = resourceGroupName.value;
  const candidates = referringItems(model, 'azure.resource.management-lock', () => catalogOf(model, 'azure.resource.management-lock'), (l) => [l.attrs.scope.value]);
  const group = rg instanceof Unknown && rg.ref.kind === 'resource' ? [rg.ref.address] : [];
  for (const lock of candidates(resource.address, ...group)) {
    const scope = lock.attrs.scope.value;
    let link = linkTo(scope, resource);
    // A lock on the resource group holds every resource in it.
    if (link === 'other' && scope instanceof Unknown && scope.ref.kind === 'resource' && rg instanceof Unknown && rg.ref.kind === 'resource' && rg.ref.address === scope.ref.address) link = 'this';
    if (link === 'other') continue;
    const level = lock.attrs.lockLevel.value;
    if (level instanceof Unknown) open ??= level;
    else if (typeof level === 'string' && levels.includes(level)) {
      if (link === 'this') return 'found';
      open ??= link;
    }
  }
  return open ?? 'none';
}

/** The fix that adds a management lock of `level` scoped to `resource`. */
export function addLockFix(resource: ModelResource, level: 'CanNotDelete' | 'ReadOnly', safety: 'safe' | 'unsafe'): PlannedFix[] {
  const base = localName(resource).replace(/\[.*$/, '');
  const target = companionTarget(resource, 'azurerm_management_lock', level === 'ReadOnly' ? 'read_only' : 'delete_lock', [
    ['name', lit(`${base}-${level === 'ReadOnly' ? 'read-only' : 'no-delete'}`)],
    ['scope', attributeOf(resource, 'id')],
    ['lock_level', lit(level)],
  ]);
  if (!target) return [];
  return [
    {
      id: level === 'ReadOnly' ? 'add-read-only-lock' : 'add-delete-lock',
      title: `Add a ${level} management lock`,
      safety,
      ops: [createCompanion(target, { terraform: [[['notes'], lit(level === 'ReadOnly' ? 'Blocks changes to the resource.' : 'Blocks deletion of the resource.')]], cloudformation: [] })],
    },
  ];
}
