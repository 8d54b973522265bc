// SPDX-License-Identifier: Apache-2.0
// Shared pieces of the Azure (azurerm) rules: the framework mappings by control concept that many Azure
// rules share. (Settings azurerm renamed between major versions are read by the catalog: `terraformFormerly`.)

import type { CatalogResource } from '../api';

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
