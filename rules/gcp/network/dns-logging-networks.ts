// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import type { CatalogResourceOf, CloudModel, PlannedFix } from '../../api';

type Network = CatalogResourceOf<'gcp.compute.network'>;
type DnsPolicy = CatalogResourceOf<'gcp.dns.policy'>;

/** Whether a policy's `network_url` is this network: a reference to it, or a URL ending in `/networks/<name>`. */
function bindsTo(p: DnsPolicy, n: Network): boolean | Unknown {
  const base = n.address.replace(/\[.*\]$/, '');
  const name = n.attrs.name.value;
  let unknown: Unknown | null = null;
  for (const item of p.lists.networks.items) {
    const v = item.attrs.networkUrl.value;
    if (v instanceof Unknown) {
      if (v.ref.kind === 'resource') {
        if (v.ref.address === base) return true;
        continue;
      }
      unknown ??= v;
    } else if (typeof v === 'string' && typeof name === 'string' && (v === name || v.endsWith(`/networks/${name}`))) return true;
  }
  return p.lists.networks.unknown ?? unknown ?? false;
}

function label(n: Network): string {
  return n.address.replace(/\[.*\]$/, '').split('.').pop()!;
}

function addPolicyFix(n: Network, model: CloudModel): PlannedFix[] {
  const t = n.target;
  if (t.platform !== 'terraform' || t.kind !== 'block') return [];
  const taken = new Set(catalogOf(model, 'gcp.dns.policy').map((p) => p.address));
  let name = `${label(n)}_dns_logging`;
  for (let i = 2; taken.has(`google_dns_policy.${name}`); i++) name = `${label(n)}_dns_logging_${i}`;
  return [
    {
      id: 'add-dns-policy',
      title: 'Log DNS queries of this network',
      safety: 'unsafe',
      ops: [
        {
          op: 'create',
          target: { platform: 'terraform', kind: 'new-resource', file: t.file, after: t.block, resourceType: 'google_dns_policy', name, preamble: [] },
          values: [
            [['name'], lit(name.replace(/_/g, '-'))],
            [['enable_logging'], lit(true)],
            [['networks', 'network_url'], { kind: 'reference', terraform: `${n.address}.id`, cloudformation: { ref: name } }],
          ],
        },
      ],
    },
  ];
}

export default defineCatalogRule({
  kind: 'gcp.compute.network',
  meta: {
    id: 'GCP-NETWORK-104',
    name: 'dns-logging-networks',
    title: 'Cloud DNS logs the queries of every VPC network',
    severity: 'low',
    description:
      'Every `google_compute_network` is bound (`networks { network_url = ... }`, by reference or by a URL ending in its name) to a `google_dns_policy` with `enable_logging = true`. A policy bound to the network with logging off is reported on the policy; a network no policy binds is reported on the network. Policies whose network URLs are unknown make the rule "cannot verify" for networks no other policy covers.',
    rationale:
      'DNS queries show which hosts a VM talked to: command-and-control domains, data exfiltration over DNS, and the first sign of a compromised workload. Cloud DNS records them only for networks bound to a policy with logging on.',
    remediation:
      'Add `google_dns_policy` with `enable_logging = true` and a `networks { network_url = google_compute_network.<name>.id }` block, or set `enable_logging = true` on the policy already bound to the network. A network can be bound to one policy only, so the fix that adds a policy is unsafe where one exists outside this code; turning logging on is safe.',
    links: ['https://cloud.google.com/dns/docs/monitoring', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_policy'],
    ...byConcept('audit-logging', { cis: { 'cis-gcp-5.0.0': ['2.13'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: ['google_compute_network'] },
    fix: 'unsafe',
  },
  check(network, ctx) {
    const policies = catalogOf(ctx.model, 'gcp.dns.policy');
    let unknown: Unknown | null = null;
    const bound: DnsPolicy[] = [];
    for (const p of policies) {
      const b = bindsTo(p, network);
      if (b === true) bound.push(p);
      else if (b instanceof Unknown) unknown ??= b;
    }
    if (bound.some((p) => p.attrs.enableLogging.value === true)) return;
    const policy = bound[0];
    if (policy) {
      const a = policy.attrs.enableLogging;
      if (a.value instanceof Unknown) ctx.cannotVerify(a, a.value, 'whether DNS queries of the network are logged');
      // Turning logging on changes nothing but the logs: this fix alone would be safe, but one rule declares one fix safety.
      else ctx.report(a.present ? a : policy, `DNS policy \`${policy.address}\` is bound to this network with logging off, so its DNS queries are not recorded.`, { fixes: setFix('enable-dns-logging', 'Log DNS queries', 'unsafe', [a, lit(true)]) });
      return;
    }
    if (unknown) {
      ctx.cannotVerify(network, unknown, 'whether a DNS policy with logging covers the network');
      return;
    }
    ctx.report(network, 'No DNS policy with `enable_logging = true` is bound to this network, so its DNS queries are not recorded.', { fixes: addPolicyFix(network, ctx.model) });
  },
});
