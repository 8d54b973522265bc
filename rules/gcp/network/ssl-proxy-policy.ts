// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, localName, Unknown } from '../../api';
import type { CatalogResourceOf, PlannedFix } from '../../api';
import { gcpMeta } from '../../lib/gcp';

/** A MODERN / TLS 1.2 policy written after a global proxy, and the proxy pointed at it. */
function addPolicy(proxy: CatalogResourceOf<'gcp.compute.ssl-proxy'>): PlannedFix[] {
  const t = proxy.target;
  const at = proxy.attrs.sslPolicy.location;
  // Regional proxies need a regional policy in their region: left to the user.
  if (t.platform !== 'terraform' || t.kind !== 'block' || !at || proxy.sourceType === 'google_compute_region_target_https_proxy') return [];
  const name = localName(proxy).replace(/\[.*$/, '');
  const policyName = `${name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '') || 'proxy'}-tls`.slice(0, 63);
  return [
    {
      id: 'add-policy',
      title: 'Use a MODERN SSL policy with TLS 1.2',
      safety: 'unsafe',
      ops: [
        { op: 'create', target: { platform: 'terraform', kind: 'new-resource', file: t.file, after: t.block, resourceType: 'google_compute_ssl_policy', name, preamble: [] }, values: [[['name'], lit(policyName)], [['profile'], lit('MODERN')], [['min_tls_version'], lit('TLS_1_2')]] },
        { op: 'set', location: at, value: { kind: 'reference', terraform: `google_compute_ssl_policy.${name}.id`, cloudformation: { ref: name } } },
      ],
    },
  ];
}

export default defineCatalogRule({
  kind: 'gcp.compute.ssl-proxy',
  meta: gcpMeta({
    id: 'GCP-NETWORK-005',
    name: 'ssl-proxy-policy',
    cis: ['3.11'],
    level: 1,
    concept: 'encryption-in-transit',
    title: 'HTTPS and SSL proxies name an SSL policy',
    severity: 'medium',
    description:
      '`google_compute_target_https_proxy`, `google_compute_region_target_https_proxy` and `google_compute_target_ssl_proxy` resources set `ssl_policy`. Without it the load balancer uses Google\'s default policy, which is `COMPATIBLE` with TLS 1.0 and accepts weak cipher suites. What the named policy allows is GCP-NETWORK-004. The names are the same in the google and google-beta providers.',
    rationale:
      'The default SSL policy is chosen for the widest client compatibility, not for security: it still negotiates TLS 1.0 and suites without forward secrecy, so traffic recorded today can be decrypted if the key ever leaks.',
    remediation:
      'Create a `google_compute_ssl_policy` with `profile = "MODERN"` and `min_tls_version = "TLS_1_2"` and set `ssl_policy = google_compute_ssl_policy.<name>.id` on the proxy. The quick fix adds a MODERN / TLS 1.2 policy next to a global proxy and points the proxy at it (unsafe: very old clients stop connecting; a policy shared by several proxies is tidier, and a regional proxy needs a regional policy, which the fix does not write).',
    links: ['https://cloud.google.com/load-balancing/docs/ssl-policies-concepts#defining_an_ssl_policy', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_target_https_proxy#ssl_policy'],
    terraform: ['google_compute_target_https_proxy', 'google_compute_region_target_https_proxy', 'google_compute_target_ssl_proxy'],
    fix: 'unsafe',
  }),
  check(proxy, ctx) {
    const policy = proxy.attrs.sslPolicy;
    // A policy named by reference or variable is judged where it is declared (GCP-NETWORK-004).
    if (policy.present || policy.value instanceof Unknown) return;
    ctx.report(proxy, 'The proxy names no `ssl_policy`, so it uses Google\'s default policy (COMPATIBLE, TLS 1.0 and weak cipher suites).', { fixes: addPolicy(proxy) });
  },
});
