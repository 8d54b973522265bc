// SPDX-License-Identifier: Apache-2.0
// The DNSSEC signing-key rules (CIS GCP 3.4, 3.5): a `default_key_specs` block of the given key type must
// not use RSASHA1. Without key specs Cloud DNS signs with RSASHA256, which passes.

import { lit, setFix, Unknown } from '../api';
import type { CatalogResourceOf, CheckContext, RuleMeta } from '../api';
import { gcpMeta } from './gcp';

type Zone = CatalogResourceOf<'gcp.dns.managed-zone'>;

export function keySpecMeta(m: { id: string; name: string; cis: string; keyWord: string; keyType: string; aliases: NonNullable<RuleMeta['aliases']> }): RuleMeta {
  return gcpMeta({
    id: m.id,
    name: m.name,
    cis: [m.cis],
    level: 1,
    concept: 'encryption-in-transit',
    remark: 'DNSSEC protects the integrity of DNS answers on their way to resolvers (SC-8 covers integrity in transmission).',
    title: `DNSSEC ${m.keyWord} keys do not use RSASHA1`,
    severity: 'medium',
    description: `The \`default_key_specs\` blocks of a \`google_dns_managed_zone\`'s \`dnssec_config\` with \`key_type = "${m.keyType}"\` do not choose \`algorithm = "rsasha1"\`. Zones that give no key specs get RSASHA256 from Cloud DNS and pass; zones without DNSSEC are the subject of GCP-DNS-001.`,
    rationale:
      'RSASHA1 signatures rest on SHA-1, for which practical collision attacks exist; a signature an attacker can forge gives no more assurance than none, and several validators already treat SHA-1 signatures as insecure.',
    remediation: `Set \`algorithm = "rsasha256"\` (or \`ecdsap256sha256\`) in the ${m.keyWord} key spec. Changing the algorithm of a signed zone rolls its keys: turn DNSSEC off and on again or follow Cloud DNS's algorithm-rollover steps. The quick fix writes \`rsasha256\` (unsafe: a rollover).`,
    links: ['https://cloud.google.com/dns/docs/dnssec-advanced', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_managed_zone#default_key_specs'],
    terraform: ['google_dns_managed_zone'],
    aliases: m.aliases,
    fix: 'unsafe',
  });
}

export function checkKeyAlgorithm(zone: Zone, ctx: CheckContext, keyType: string, keyWord: string): void {
  const specs = zone.lists.keySpecs;
  if (specs.unknown) ctx.cannotVerify(zone, specs.unknown, `the DNSSEC ${keyWord} key algorithm`);
  for (const spec of specs.items) {
    const type = spec.attrs.keyType;
    const algorithm = spec.attrs.algorithm;
    if (type.value instanceof Unknown) {
      if (typeof algorithm.value === 'string' && algorithm.value.toLowerCase() === 'rsasha1') ctx.cannotVerify(type, type.value, `whether this RSASHA1 key spec is for the ${keyWord} key`);
      continue;
    }
    if (type.value !== keyType) continue;
    if (algorithm.value instanceof Unknown) {
      ctx.cannotVerify(algorithm, algorithm.value, `the DNSSEC ${keyWord} key algorithm`);
      continue;
    }
    if (typeof algorithm.value === 'string' && algorithm.value.toLowerCase() === 'rsasha1') {
      ctx.report(algorithm, `The DNSSEC ${keyWord} key uses RSASHA1, whose SHA-1 signatures can be forged.`, { fixes: setFix('rsasha256', 'Use RSASHA256', 'unsafe', [algorithm, lit('rsasha256')]) });
    }
  }
}
