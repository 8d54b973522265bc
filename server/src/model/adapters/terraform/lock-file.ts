// SPDX-License-Identifier: Apache-2.0
// The dependency lock file of a root module (`.terraform.lock.hcl`, written by `terraform init`): the exact
// provider versions the configuration runs. A constraint such as `>= 3.0` allows several major versions,
// but Terraform installs the locked one, so rules whose provider default changed between majors can decide
// with it instead of saying "cannot verify".

import type { HclFile } from '../../../parsers/hcl/ast';
import { parseHcl } from '../../../parsers/hcl/parser';
import { evaluate } from '../../../parsers/hcl/evaluate';
import type { SourceRef } from '../../../core/span';

/** The file name Terraform reads and writes in the root module's folder. */
export const LOCK_FILE_NAME = '.terraform.lock.hcl';

/** One locked provider. */
export interface ProviderLock {
  /** The exact version installed (`3.116.0`). */
  version: string;
  /** The `version` argument in the lock file. */
  ref: SourceRef;
}

/**
 * Locked versions by provider source address, normalized to `namespace/type` on the public registry
 * (`hashicorp/azurerm`) and the full address otherwise (`example.com/acme/thing`).
 */
export type ProviderLocks = ReadonlyMap<string, ProviderLock>;

/** The locks of a lock file's text. Anything unreadable is skipped: a lock we cannot read decides nothing. */
export function readLockFile(path: string, text: string): ProviderLocks {
  const file: HclFile = parseHcl(text);
  const out = new Map<string, ProviderLock>();
  for (const block of file.body.blocks) {
    if (block.blockType !== 'provider' || block.labels.length !== 1) continue;
    const address = normalizeSource(block.labels[0]!.value);
    if (!address) continue;
    const attr = block.body.attributes.find((a) => a.name === 'version');
    const version = attr ? evaluate(attr.expr, file.source) : undefined;
    if (typeof version !== 'string' || !/^\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]*)?$/.test(version)) continue;
    out.set(address, { version, ref: { file: path, span: { start: attr!.expr.start, end: attr!.expr.end } } });
  }
  return out;
}

/**
 * A provider source address as the lock file and `required_providers` write it, in one form:
 * `registry.terraform.io/hashicorp/azurerm`, `hashicorp/azurerm` → `hashicorp/azurerm`. Undefined for
 * something that is not an address.
 */
export function normalizeSource(source: string): string | undefined {
  const parts = source.trim().toLowerCase().split('/');
  if (parts.some((p) => p === '')) return undefined;
  if (parts.length === 3 && parts[0] === 'registry.terraform.io') return `${parts[1]}/${parts[2]}`;
  if (parts.length === 2 || parts.length === 3) return parts.join('/');
  return undefined;
}

/** The source address of a provider named only by its local name (no `source`): Terraform assumes `hashicorp/<name>`. */
export function implicitSource(localName: string): string {
  return `hashicorp/${localName.toLowerCase()}`;
}
