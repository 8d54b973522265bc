// SPDX-License-Identifier: Apache-2.0
// Catalog kinds from Terraform: each resource of a listed type, each setting read at its Terraform path.

import { CATALOG } from '../../catalog';
import type { CatalogAttr, CatalogKind } from '../../catalog';
import type { CatalogResource } from '../../aws/catalog-resource';
import type { Attr } from '../../attr';
import type { TfModule, TfResource } from './module';
import type { Convert } from './values';
import { asBool, asNumber, asString, blockTarget, headerRef, readAttr } from './values';

export function converterFor(type: CatalogAttr['type']): Convert<unknown> {
  switch (type) {
    case 'bool':
      return asBool;
    case 'string':
      return asString;
    case 'number':
      return asNumber;
    default:
      return (v) => v;
  }
}

function read(r: TfResource, spec: CatalogAttr): Attr<unknown> {
  const ref = headerRef(r.file, r.block);
  const target = blockTarget(r.file, r.block);
  if (!spec.terraform) return { value: undefined, present: false, ref, raw: undefined, location: null };
  const fallback = spec.terraformDefault ?? spec.default;
  return readAttr(r.file, r.block, spec.terraform, converterFor(spec.type), fallback === undefined ? { target, absentRef: ref } : { target, absentRef: ref, fallback });
}

function resourceOf(kind: CatalogKind, r: TfResource): CatalogResource {
  const attrs: Record<string, Attr<unknown>> = {};
  for (const [name, spec] of Object.entries(kind.attrs)) attrs[name] = read(r, spec);
  return { platform: 'terraform', address: r.address, sourceType: r.type, ref: headerRef(r.file, r.block), target: blockTarget(r.file, r.block), kind: kind.kind, attrs };
}

export function catalogResources(mod: TfModule, catalog: readonly CatalogKind[] = CATALOG): Record<string, CatalogResource[]> {
  const out: Record<string, CatalogResource[]> = {};
  for (const kind of catalog) out[kind.kind] = kind.terraform.flatMap((t) => mod.ofType(t).map((r) => resourceOf(kind, r)));
  return out;
}
