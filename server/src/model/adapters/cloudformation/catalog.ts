// SPDX-License-Identifier: Apache-2.0
// Catalog kinds from CloudFormation: each resource of a listed type, each setting read at its property path.

import { CATALOG } from '../../catalog';
import type { CatalogAttr, CatalogKind } from '../../catalog';
import type { CatalogResource } from '../../aws/catalog-resource';
import type { Attr } from '../../attr';
import type { CfnContext, Convert } from './read';
import { asBool, asNumber, asString, ResourceReader } from './read';

function converterFor(type: CatalogAttr['type']): Convert<unknown> {
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

function read(r: ResourceReader, spec: CatalogAttr): Attr<unknown> {
  if (!spec.cloudformation) return { value: undefined, present: false, ref: r.ref, raw: undefined, location: null };
  const fallback = spec.cloudformationDefault ?? spec.default;
  return r.attr(spec.cloudformation, converterFor(spec.type), fallback === undefined ? {} : { fallback });
}

export function catalogResources(ctx: CfnContext, catalog: readonly CatalogKind[] = CATALOG): Record<string, CatalogResource[]> {
  const out: Record<string, CatalogResource[]> = {};
  for (const kind of catalog) {
    out[kind.kind] = kind.cloudformation.flatMap((t) =>
      ctx.ofType(t).map((res) => {
        const r = new ResourceReader(ctx, res);
        const attrs: Record<string, Attr<unknown>> = {};
        for (const [name, spec] of Object.entries(kind.attrs)) attrs[name] = read(r, spec);
        return { ...r.base(), kind: kind.kind, attrs };
      }),
    );
  }
  return out;
}
