// SPDX-License-Identifier: Apache-2.0
// VPC firewall rules (google_compute_firewall) that admit traffic from the internet to a port. Each
// condition is yes, no or unknown: a definite "no" clears the rule, all "yes" is a finding, otherwise the
// first unknown is reported as "cannot verify".

import { Unknown } from '../api';
import type { Attr, CatalogResourceOf, CheckContext } from '../api';
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

/** Any internet source: a /0 range, or no source at all (GCP then applies the rule to 0.0.0.0/0). */
function fromInternet(fw: Firewall): Tri {
  const ranges = fw.attrs.sourceRanges;
  if (!ranges.present) {
    const tags = fw.attrs.sourceTags;
    const accounts = fw.attrs.sourceServiceAccounts;
    if (tags.present || accounts.present) return false;
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
  ctx.report(ranges, message, {});
}
