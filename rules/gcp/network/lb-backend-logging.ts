// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { requireValue } from '../../lib/checks';

/** Backend service protocols served by HTTP(S) load balancers (the default is HTTP). */
const HTTP = new Set(['HTTP', 'HTTPS', 'HTTP2', 'H2C']);

export default defineCatalogRule({
  kind: 'gcp.compute.backend-service',
  meta: {
    id: 'GCP-NETWORK-103',
    name: 'lb-backend-logging',
    title: 'HTTP(S) load balancer backend services log requests',
    severity: 'low',
    description:
      'Every `google_compute_backend_service` and `google_compute_region_backend_service` serving HTTP, HTTPS or HTTP/2 (the default protocol is HTTP) sets `log_config { enable = true }`. Backends of TCP, SSL and UDP load balancers are not judged.',
    rationale:
      'Load balancer request logs are the record of who called the application, from where and with what result. Without them an attack against the application or a data scrape leaves no trace outside the application\'s own logs, which attackers target first.',
    remediation:
      'Add `log_config { enable = true }` (and a `sample_rate` if volume is a concern) to the backend service. The quick fix turns logging on; it is safe, only Cloud Logging volume grows.',
    links: ['https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_backend_service#log_config'],
    ...byConcept('audit-logging', { cis: { 'cis-gcp-5.0.0': ['2.17'] } }),
    levels: { 'cis-gcp-5.0.0': 2 },
    resourceTypes: { terraform: ['google_compute_backend_service', 'google_compute_region_backend_service'] },
    fix: 'safe',
  },
  check(backend, ctx) {
    const protocol = backend.attrs.protocol;
    if (protocol.value instanceof Unknown) {
      ctx.cannotVerify(protocol, protocol.value, 'whether the backend service serves HTTP(S)');
      return;
    }
    if (!HTTP.has(protocol.value ?? 'HTTP')) return;
    const log = backend.attrs.logEnable;
    if (!log.present && log.location) {
      ctx.report(log, 'The backend service has no `log_config { enable = true }`: requests through the load balancer are not logged.', { fixes: setFix('enable-logging', 'Log requests', 'safe', [log, lit(true)]) });
      return;
    }
    requireValue(ctx, log, true, 'whether load balancer requests are logged', 'Request logging is turned off (`log_config.enable = false`).', { id: 'enable-logging', title: 'Log requests', safety: 'safe' });
  },
});
