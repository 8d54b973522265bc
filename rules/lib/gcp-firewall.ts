// SPDX-License-Identifier: Apache-2.0
// VPC firewall rules (google_compute_firewall) that admit traffic from the internet to a port. Each
// condition is yes, no or unknown: a definite "no" clears the rule, all "yes" is a finding, otherwise the
// first unknown is reported as "cannot verify".

import { lit, list, setFix, Unknown } from '../api';
import type { Attr, CatalogResourceOf, CheckContext, PlannedFix } from '../api';
import { isAnyAddress } from './cidr';

type Firewall = CatalogResourceOf<'gcp.compute.firewall'>;
type Tri = true | false | Unknown;

/** Whether a GCP port spec (`22`, `20-30`) contains `port`; null when malformed. */
export function portSpecHas(spec: string, port: number): boolean | null {
  const m = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(spec);
  if (!m) return null;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return port >= lo && port <= hi;
}

function listValues(a: Attr<unknown>): unknown[] | Unknown {
  if (a.value instanceof Unknown) return a.value;
  return Array.isArray(a.value) ? (a.value as unknown[]) : [];
}

/** Whether a `source_tags` / `source_service_accounts` list names at least one source. */
function namesSource(a: Attr<unknown>): boolean | Unknown {
  if (!a.present) return false;
  const values = listValues(a);
  return values instanceof Unknown ? values : values.length > 0;
}

/** Any internet source: a /0 range, or no source at all (GCP then applies the rule to 0.0.0.0/0). */
function fromInternet(fw: Firewall): Tri {
  const ranges = fw.attrs.sourceRanges;
  if (!ranges.present) {
    // Tags or service accounts make a source only when the list has an item: an empty (or null) list
    // leaves the rule with no source, and a list from a variable may be empty.
    const tags = namesSource(fw.attrs.sourceTags);
    const accounts = namesSource(fw.attrs.sourceServiceAccounts);
    if (tags === true || accounts === true) return false;
    if (tags instanceof Unknown) return tags;
    if (accounts instanceof Unknown) return accounts;
    return true;
  }
  const values = listValues(ranges);
  if (values instanceof Unknown) return values;
  let unknown: Unknown | null = null;
  for (const v of values) {
    if (v instanceof Unknown) unknown ??= v;
    else if (typeof v === 'string' && (isAnyAddress(v.trim(), 'ipv4') || isAnyAddress(v.trim(), 'ipv6'))) return true;
  }
  return unknown ?? false;
}

/** Whether one `allow` block admits TCP `port`. */
function allowsPort(protocol: Attr<unknown>, ports: Attr<unknown>, port: number): Tri {
  if (protocol.value instanceof Unknown) return protocol.value;
  const p = typeof protocol.value === 'string' ? protocol.value.toLowerCase() : String(protocol.value);
  if (!['tcp', 'all', '6'].includes(p)) return false;
  if (p === 'all' || !ports.present) return true;
  const values = listValues(ports);
  if (values instanceof Unknown) return values;
  let unknown: Unknown | null = null;
  for (const v of values) {
    if (v instanceof Unknown) unknown ??= v;
    else if ((typeof v === 'string' || typeof v === 'number') && portSpecHas(String(v), port) === true) return true;
  }
  return unknown ?? false;
}

export function checkInternetPort(fw: Firewall, ctx: CheckContext, port: number, what: string): void {
  const name = typeof fw.attrs.name.value === 'string' ? ` "${fw.attrs.name.value}"` : '';
  const question = `whether the firewall rule${name} admits ${what} from the internet`;
  const direction = fw.attrs.direction;
  const disabled = fw.attrs.disabled;
  const source = fromInternet(fw);
  const allow = fw.lists.allow;
  let ports: Tri = false;
  let portAt: Attr<unknown> | null = null;
  for (const item of allow.items) {
    const t = allowsPort(item.attrs.protocol, item.attrs.ports, port);
    if (t === true) {
      ports = true;
      break;
    }
    if (t instanceof Unknown && !(ports instanceof Unknown)) {
      ports = t;
      portAt = item.attrs.protocol.value instanceof Unknown ? item.attrs.protocol : item.attrs.ports;
    }
  }
  if (ports === false && allow.unknown) ports = allow.unknown;
  const conditions: [Tri, Attr<unknown> | null][] = [
    [direction.value instanceof Unknown ? direction.value : typeof direction.value === 'string' && direction.value.toUpperCase() === 'INGRESS', direction],
    [disabled.value instanceof Unknown ? disabled.value : disabled.value !== true, disabled],
    [source, fw.attrs.sourceRanges],
    [ports, portAt],
  ];
  if (conditions.some(([t]) => t === false)) return;
  const unknown = conditions.find(([t]) => t instanceof Unknown);
  if (unknown) {
    ctx.cannotVerify(unknown[1] ?? fw, unknown[0] as Unknown, question);
    return;
  }
  const ranges = fw.attrs.sourceRanges;
  const message = ranges.present
    ? `The firewall rule${name} allows ${what} from any internet address.`
    : `The firewall rule${name} allows ${what} and names no source, so Google Cloud applies it to every address (0.0.0.0/0).`;
  ctx.report(ranges, message, { fixes: iapFix(fw) });
}

/** Ports a rule may open for the IAP fix to apply: the administration ports only. */
const ADMIN_PORTS = new Set(['22', '3389']);

/**
 * The quick fix for an internet-wide admin rule: its /0 sources become Identity-Aware Proxy's range, the
 * other sources stay. Offered only for rules that open nothing but TCP 22/3389 (narrowing a rule that also
 * serves web traffic would cut that off) and whose sources are all literal.
 */
function iapFix(fw: Firewall): PlannedFix[] {
  const adminOnly = fw.lists.allow.unknown === null && fw.lists.allow.items.length > 0 && fw.lists.allow.items.every((item) => {
    const protocol = item.attrs.protocol.value;
    const ports = item.attrs.ports.value;
    return typeof protocol === 'string' && protocol.toLowerCase() === 'tcp' && Array.isArray(ports) && ports.length > 0 && ports.every((p) => (typeof p === 'string' || typeof p === 'number') && ADMIN_PORTS.has(String(p).trim()));
  });
  if (!adminOnly) return [];
  const ranges = fw.attrs.sourceRanges;
  const current = ranges.present ? ranges.value : [];
  if (!Array.isArray(current) || current.some((v) => typeof v !== 'string')) return [];
  const kept = (current as string[]).map((v) => v.trim()).filter((v) => !isAnyAddress(v, 'ipv4') && !isAnyAddress(v, 'ipv6'));
  if (!kept.includes(IAP_RANGE)) kept.push(IAP_RANGE);
  return setFix('iap-only', 'Admit only from Identity-Aware Proxy instead of the internet', 'unsafe', [ranges, list(...kept.map((v) => lit(v)))]);
}

/** Identity-Aware Proxy's TCP forwarding range: the only source admin ports need when access goes through IAP. */
export const IAP_RANGE = '35.235.240.0/20';

function ipv4(addr: string): number | null {
  const parts = addr.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

/** Whether IPv4 CIDR `inner` lies within `outer`; null when either is not an IPv4 CIDR (IPv6 counts as outside). */
export function cidrWithin(inner: string, outer: string): boolean | null {
  const [ia, ib = '32'] = inner.trim().split('/');
  const [oa, ob = '32'] = outer.trim().split('/');
  const i = ipv4(ia!);
  const o = ipv4(oa!);
  const il = Number(ib);
  const ol = Number(ob);
  if (i === null || o === null || !Number.isInteger(il) || !Number.isInteger(ol) || il > 32 || ol > 32) return null;
  if (il < ol) return false;
  const block = 2 ** (32 - ol);
  return Math.floor(i / block) === Math.floor(o / block);
}

/** The firewall's enabled ingress allow rules to any of `ports` (TCP): yes, no, or the unknown that decides. */
export function admitsTcp(fw: Firewall, ports: readonly number[]): Tri {
  const direction = fw.attrs.direction;
  if (direction.value instanceof Unknown) return direction.value;
  if (typeof direction.value !== 'string' || direction.value.toUpperCase() !== 'INGRESS') return false;
  const disabled = fw.attrs.disabled;
  if (disabled.value instanceof Unknown) return disabled.value;
  if (disabled.value === true) return false;
  let unknown: Unknown | null = fw.lists.allow.unknown;
  for (const item of fw.lists.allow.items) {
    for (const port of ports) {
      const t = allowsPort(item.attrs.protocol, item.attrs.ports, port);
      if (t === true) return true;
      if (t instanceof Unknown) unknown ??= t;
    }
  }
  return unknown ?? false;
}
