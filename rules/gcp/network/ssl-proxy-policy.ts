// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, Unknown } from '../../api';
import { gcpMeta } from '../../lib/gcp';

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
      'Create a `google_compute_ssl_policy` with `profile = "MODERN"` and `min_tls_version = "TLS_1_2"` and set `ssl_policy = google_compute_ssl_policy.<name>.id` on the proxy. There is no quick fix: one policy is usually shared by several proxies, and which one is yours to choose.',
    links: ['https://cloud.google.com/load-balancing/docs/ssl-policies-concepts#defining_an_ssl_policy', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_target_https_proxy#ssl_policy'],
    terraform: ['google_compute_target_https_proxy', 'google_compute_region_target_https_proxy', 'google_compute_target_ssl_proxy'],
    fix: 'none',
  }),
  check(proxy, ctx) {
    const policy = proxy.attrs.sslPolicy;
    // A policy named by reference or variable is judged where it is declared (GCP-NETWORK-004).
    if (policy.present || policy.value instanceof Unknown) return;
    ctx.report(proxy, 'The proxy names no `ssl_policy`, so it uses Google\'s default policy (COMPATIBLE, TLS 1.0 and weak cipher suites).', {});
  },
});
