// SPDX-License-Identifier: Apache-2.0
// Shared pieces of the Azure (azurerm) rules: settings azurerm renamed between major versions, and the
// framework mappings by control concept that many Azure rules share.

import { Unknown, lit, setFix } from '../api';
import type { Attr, CatalogResource, CheckContext, FixSafety, PlannedFix } from '../api';

/**
 * A setting azurerm renamed (`enable_https_traffic_only` in 3.x, `https_traffic_only_enabled` in 4.x):
 * the one that is written, the current name when both or neither are. Neither written means the
 * provider default, which the rule applies (both names have the same default in every case we read).
 */
export function renamed(resource: CatalogResource, current: string, legacy: string): Attr<unknown> {
  const now = resource.attrs[current]!;
  const old = resource.attrs[legacy]!;
  return !now.present && old.present ? old : now;
}

/**
 * A boolean setting that must be `expected`, with the provider default `fallback` when it is not written:
 * "cannot verify" on an unknown, otherwise a report at the setting (or the resource header) with a fix that
 * writes `expected`.
 */
export function requireBool(
  ctx: CheckContext,
  attr: Attr<unknown>,
  expected: boolean,
  fallback: boolean,
  what: string,
  message: string,
  fix: { id: string; title: string; safety: FixSafety },
): void {
  if (attr.value instanceof Unknown) {
    ctx.cannotVerify(attr, attr.value, what);
    return;
  }
  const value = attr.present && typeof attr.value === 'boolean' ? attr.value : fallback;
  if (value === expected) return;
  const fixes: PlannedFix[] = setFix(fix.id, fix.title, fix.safety, [attr, lit(expected)]);
  ctx.report(attr, message, { fixes });
}

/** Control concepts, mapped as the AWS rules of the same concept map them. */
export const CONCEPT = {
  /** Encryption of data in transit. */
  transit: { 'soc2-2017': ['CC6.1', 'CC6.7'], 'nist-800-53-r5': ['SC-8', 'SC-13', 'SC-23'], 'nist-csf-2.0': ['PR.DS-02'] },
  /** No public or anonymous access to data stores. */
  publicAccess: { 'soc2-2017': ['CC6.1', 'CC6.6'], 'nist-800-53-r5': ['AC-3', 'AC-4', 'AC-6', 'SC-7'], 'nist-csf-2.0': ['PR.AA-05', 'PR.IR-01'] },
  /** Network exposure of services and hosts. */
  network: { 'soc2-2017': ['CC6.1', 'CC6.6', 'CC7.2'], 'nist-800-53-r5': ['AC-17', 'CM-7', 'SC-7'], 'nist-csf-2.0': ['PR.IR-01'] },
  /** Authentication and authorization through the identity provider rather than shared secrets. */
  identity: { 'soc2-2017': ['CC6.1', 'CC6.2'], 'nist-800-53-r5': ['AC-2', 'AC-3', 'IA-2', 'IA-5'], 'nist-csf-2.0': ['PR.AA-01', 'PR.AA-05'] },
  /** Recovery from deletion or overwrite. */
  recovery: { 'soc2-2017': ['A1.2', 'CC9.1'], 'nist-800-53-r5': ['CP-9', 'CP-10', 'SI-12'], 'nist-csf-2.0': ['PR.DS-11', 'RC.RP-03'] },
  /** Key and secret lifecycle (expiry, rotation, validity). */
  keyLifecycle: { 'soc2-2017': ['CC6.1'], 'nist-800-53-r5': ['SC-12', 'IA-5'], 'nist-csf-2.0': ['PR.DS-01'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

/** A concept's framework ids as a rule's `frameworks` entries (copies, so rules cannot share arrays). */
export function byConcept(...concepts: (keyof typeof CONCEPT)[]): Record<'soc2-2017' | 'nist-800-53-r5' | 'nist-csf-2.0', string[]> {
  const out = { 'soc2-2017': [] as string[], 'nist-800-53-r5': [] as string[], 'nist-csf-2.0': [] as string[] };
  for (const c of concepts) for (const [k, ids] of Object.entries(CONCEPT[c]) as [keyof typeof out, readonly string[]][]) for (const id of ids) if (!out[k].includes(id)) out[k].push(id);
  return out;
}

/** Whether a storage account holds blobs: `FileStorage` accounts hold file shares only. Unknown kinds are assumed to. */
export function holdsBlobs(account: CatalogResource): boolean {
  return account.attrs.accountKind?.value !== 'FileStorage';
}
