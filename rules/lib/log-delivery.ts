// SPDX-License-Identifier: Apache-2.0
// CloudWatch Logs vended log delivery (`aws_cloudwatch_log_delivery_source` / `_delivery`,
// `AWS::Logs::DeliverySource` / `Delivery`): whether a resource's logs of one type are delivered somewhere.
// A delivery source names the resource by ARN; a delivery names the source by name. Both joins go through
// indexes built once per model (rules/lib/joins.ts), so a check is a few lookups.

import { catalogOf, Unknown } from '../api';
import type { CatalogResource, CloudModel, ModelResource } from '../api';
import { perModel } from './joins';

const SOURCE_KIND = 'aws.logs.delivery-source';
const DELIVERY_KIND = 'aws.logs.delivery';

export type DeliveryState =
  /** A source for the resource and log type, and a delivery from it. */
  | { state: 'delivered'; source: CatalogResource }
  /** A source for the resource, but no delivery uses it: nothing is sent. */
  | { state: 'source-only'; source: CatalogResource }
  /** Some source or delivery names something unknown that may be this resource or its source. */
  | { state: 'undecided'; at: CatalogResource; unknown: Unknown }
  | { state: 'none' };

interface Index {
  /** Sources by the address of the resource their ARN refers to (instance keys removed). */
  byResource: Map<string, CatalogResource[]>;
  /** The first source whose ARN is unknown without naming a resource of the configuration, or a literal. */
  undecidedSource: { at: CatalogResource; unknown: Unknown } | null;
  /** Source addresses and literal source names a delivery names. */
  deliveredAddresses: Set<string>;
  deliveredNames: Set<string>;
  /** The first delivery whose source name is unknown without naming a source. */
  undecidedDelivery: { at: CatalogResource; unknown: Unknown } | null;
}

const base = (address: string): string => address.replace(/\[[^\]]*\]/g, '');

/**
 * The resources of this configuration an unknown ARN is built from: a reference (`aws_x.d.arn`,
 * `!GetAtt D.Arn`, `!Ref D`), or the `${...}` parts of a string built around them (`!Sub ...${Dist}`).
 */
function referencedResources(u: Unknown): string[] {
  const out: string[] = [];
  if (u.ref.kind === 'resource') out.push(base(u.ref.address));
  for (const m of (u.text ?? '').matchAll(/\$\{([^}]*)\}/g)) {
    const inner = m[1]!.replace(/^the (resource|attribute) /, '');
    // `Dist`, `Dist.Arn`, `aws_cloudfront_distribution.d.id`: the resource is all but a trailing attribute.
    out.push(base(inner), base(inner.replace(/\.[A-Za-z_]+$/, '')));
  }
  return out;
}

function buildIndex(model: CloudModel, platform: string): Index {
  const index: Index = { byResource: new Map(), undecidedSource: null, deliveredAddresses: new Set(), deliveredNames: new Set(), undecidedDelivery: null };
  for (const s of catalogOf(model, SOURCE_KIND)) {
    if (s.platform !== platform) continue;
    const arn = s.attrs.resourceArn.value;
    if (arn instanceof Unknown) {
      const refs = referencedResources(arn);
      for (const r of refs) index.byResource.set(r, [...(index.byResource.get(r) ?? []), s]);
      if (refs.length === 0) index.undecidedSource ??= { at: s, unknown: arn };
    } else if (typeof arn === 'string' && arn !== '') {
      // A literal ARN names a resource made elsewhere, or one of these after it was created: cannot tell.
      index.undecidedSource ??= { at: s, unknown: new Unknown('reference', s.attrs.resourceArn.ref.span, `the literal ARN ${arn}`, { kind: 'external', what: arn }) };
    }
  }
  for (const d of catalogOf(model, DELIVERY_KIND)) {
    if (d.platform !== platform) continue;
    const name = d.attrs.sourceName.value;
    if (typeof name === 'string') index.deliveredNames.add(name);
    else if (name instanceof Unknown) {
      if (name.ref.kind === 'resource') index.deliveredAddresses.add(base(name.ref.address));
      else index.undecidedDelivery ??= { at: d, unknown: name };
    }
  }
  return index;
}

/** Whether `resource`'s logs of `logType` are delivered through CloudWatch Logs vended log delivery. */
export function vendedDelivery(model: CloudModel, resource: ModelResource, logType: string): DeliveryState {
  const index = perModel(model, `log-delivery:${resource.platform}`, () => buildIndex(model, resource.platform));
  const sources = (index.byResource.get(base(resource.address)) ?? []).filter((s) => {
    const t = s.attrs.logType.value;
    return t === logType || t instanceof Unknown;
  });
  let unknownType: { at: CatalogResource; unknown: Unknown } | null = null;
  for (const s of sources) {
    const name = s.attrs.name.value;
    if (!index.deliveredAddresses.has(base(s.address)) && !(typeof name === 'string' && index.deliveredNames.has(name))) continue;
    const t = s.attrs.logType.value;
    if (!(t instanceof Unknown)) return { state: 'delivered', source: s };
    unknownType ??= { at: s, unknown: t };
  }
  if (unknownType) return { state: 'undecided', ...unknownType };
  if (sources.length > 0) return index.undecidedDelivery ? { state: 'undecided', ...index.undecidedDelivery } : { state: 'source-only', source: sources[0]! };
  return index.undecidedSource ? { state: 'undecided', ...index.undecidedSource } : { state: 'none' };
}
