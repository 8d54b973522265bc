// SPDX-License-Identifier: Apache-2.0
// Azure network security group rules that admit traffic from the internet to given ports. An NSG rule is
// written inline (`security_rule` blocks or the attribute-list form of azurerm_network_security_group) or
// as its own azurerm_network_security_rule; the catalog kind `azure.network.security-rules` gives both.
// Each condition of a rule is yes, no or unknown: a definite "no" clears it, all "yes" is a finding, and
// otherwise the first unknown is reported as "cannot verify".

import { byConcept, Unknown } from '../api';
import type { Attr, CatalogItem, CatalogResourceOf, CheckContext, RuleMeta } from '../api';

type NsgRules = CatalogResourceOf<'azure.network.security-rules'>;
import { isAnyAddress } from './cidr';

type Tri = true | false | Unknown;

/** Azure's names for "any source" (service tags and wildcards), compared case-insensitively. */
const ANY_SOURCE = new Set(['*', 'internet', 'any', '0.0.0.0', '0.0.0.0/0', '::/0']);

export function isInternetSource(prefix: string): boolean {
  const p = prefix.trim();
  return ANY_SOURCE.has(p.toLowerCase()) || isAnyAddress(p, 'ipv4') || isAnyAddress(p, 'ipv6');
}

/** Whether a port range as Azure writes it (`*`, `22`, `3380-3390`) contains `port`; null when malformed. */
export function rangeHas(range: string, port: number): boolean | null {
  const r = range.trim();
  if (r === '*') return true;
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(r);
  if (!m) return null;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return port >= lo && port <= hi;
}

function eqIgnoreCase(a: Attr<unknown>, expected: string): Tri {
  if (a.value instanceof Unknown) return a.value;
  return typeof a.value === 'string' && a.value.toLowerCase() === expected;
}

/** A single value or a list of them (`source_address_prefix` / `source_address_prefixes`): any match counts. */
function anyOf(single: Attr<unknown>, plural: Attr<unknown>, match: (v: string) => boolean | null): Tri {
  const values: unknown[] = [];
  if (single.present) values.push(single.value);
  if (plural.present) {
    if (plural.value instanceof Unknown) values.push(plural.value);
    else if (Array.isArray(plural.value)) values.push(...(plural.value as unknown[]));
  }
  let unknown: Unknown | null = null;
  for (const v of values) {
    if (v instanceof Unknown) unknown ??= v;
    else if (typeof v === 'string' && match(v)) return true;
  }
  return unknown ?? false;
}

export interface Exposure {
  /** `tcp` or `udp`: the protocol of the ports. */
  protocol: 'tcp' | 'udp';
  /** Ports of which any one counts; empty means every port. */
  ports: readonly number[];
  /** What is exposed, for messages: "RDP (3389)". */
  what: string;
}

/** The rules to check: the inline ones of a group, or the standalone rule itself. */
function rulesOf(res: NsgRules): CatalogItem[] {
  if (res.sourceType === 'azurerm_network_security_rule') return [{ ref: res.ref, attrs: res.attrs }];
  return res.lists?.rules?.items ?? [];
}

export function checkExposure(res: NsgRules, ctx: CheckContext, exp: Exposure): void {
  const inline = res.lists?.rules;
  if (res.sourceType !== 'azurerm_network_security_rule' && inline?.unknown) {
    ctx.cannotVerify(res, inline.unknown, `whether the security group admits ${exp.what} from the internet`);
  }
  for (const rule of rulesOf(res)) {
    const a = rule.attrs;
    const protocol = a.protocol!;
    const conditions: [Tri, Attr<unknown>][] = [
      [eqIgnoreCase(a.direction!, 'inbound'), a.direction!],
      [eqIgnoreCase(a.access!, 'allow'), a.access!],
      [protocol.value instanceof Unknown ? protocol.value : typeof protocol.value === 'string' && ['*', exp.protocol].includes(protocol.value.toLowerCase()), protocol],
      [anyOf(a.sourcePrefix!, a.sourcePrefixes!, isInternetSource), a.sourcePrefix!.present ? a.sourcePrefix! : a.sourcePrefixes!],
      [
        anyOf(a.destinationPortRange!, a.destinationPortRanges!, (r) => (exp.ports.length === 0 ? rangeHas(r, 0) !== null : exp.ports.some((p) => rangeHas(r, p) === true))),
        a.destinationPortRange!.present ? a.destinationPortRange! : a.destinationPortRanges!,
      ],
    ];
    if (conditions.some(([t]) => t === false)) continue;
    const unknown = conditions.find(([t]) => t instanceof Unknown);
    const name = typeof a.name!.value === 'string' ? ` "${a.name!.value}"` : '';
    if (unknown) {
      ctx.cannotVerify(unknown[1], unknown[0] as Unknown, `whether the security rule${name} admits ${exp.what} from the internet`);
      continue;
    }
    const source = conditions[3]![1];
    ctx.report(source, `The security rule${name} allows ${exp.what} from any internet address.`, {});
  }
}

/** The metadata every NSG exposure rule shares. */
export function nsgMeta(m: Pick<RuleMeta, 'id' | 'name' | 'title' | 'description' | 'rationale' | 'remediation' | 'severity' | 'aliases'> & { cis: string }): RuleMeta {
  const { cis, ...rest } = m;
  return {
    ...rest,
    links: ['https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule'],
    // SSH and RDP are remote administration (the AWS security group rules' concept); other ports expose a service.
    ...byConcept(cis === '7.1' || cis === '7.2' ? 'control-plane-exposure' : 'public-network-exposure', { cis: { 'cis-azure-6.0.0': [cis] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_network_security_group', 'azurerm_network_security_rule'] },
    fix: 'none',
  };
}
