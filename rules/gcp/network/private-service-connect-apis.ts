// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule, Unknown } from '../../api';
import { gcpMeta } from '../../lib/gcp';

/** The targets of a Private Service Connect endpoint for Google APIs. */
const API_BUNDLES = new Set(['all-apis', 'vpc-sc']);

export default defineModuleRule({
  meta: gcpMeta({
    id: 'GCP-NETWORK-008',
    name: 'private-service-connect-apis',
    cis: ['3.9'],
    level: 2,
    concept: 'public-network-exposure',
    remark: 'A Private Service Connect endpoint is a network-level control: one is looked for in every module that uses Google Cloud.',
    title: 'Google APIs are reached through a Private Service Connect endpoint',
    severity: 'low',
    description:
      'The module has a `google_compute_global_forwarding_rule` whose `target` is `all-apis` or `vpc-sc`: a Private Service Connect endpoint through which VMs reach Google APIs on an internal address. None is one project-level "missing" finding, as for the other account-level controls (a shared VPC\'s host project usually declares it: record an exception in the service projects). Whether every VPC routes its API traffic there (DNS, routes) is not visible in code: a partial check.',
    rationale:
      'Without a private endpoint, API calls from VMs go to Google\'s public addresses, which requires internet egress or external IPs and lets any workload reach any project\'s APIs; an internal endpoint keeps API traffic on the VPC and can be limited to the VPC Service Controls bundle.',
    remediation:
      'Reserve an internal `google_compute_global_address` with `purpose = "PRIVATE_SERVICE_CONNECT"` and create a `google_compute_global_forwarding_rule` with `target = "all-apis"` (or `"vpc-sc"`) on it, with a private DNS zone for `googleapis.com` pointing there. There is no quick fix: the address range and network are yours to choose.',
    links: ['https://cloud.google.com/vpc/docs/configure-private-service-connect-apis', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_global_forwarding_rule'],
    terraform: ['google_compute_global_forwarding_rule'],
    fix: 'none',
  }),
  check(model, ctx) {
    let unknown = false;
    for (const rule of catalogOf(model, 'gcp.compute.global-forwarding-rule')) {
      const target = rule.attrs.target;
      if (target.value instanceof Unknown) {
        // A target that is a load balancer proxy is a reference to it: that is not an API endpoint.
        if (target.value.ref.kind === 'resource') continue;
        ctx.cannotVerify(rule, target, target.value, 'whether the forwarding rule is a Private Service Connect endpoint for Google APIs');
        unknown = true;
        continue;
      }
      if (typeof target.value === 'string' && API_BUNDLES.has(target.value)) {
        ctx.present(rule);
        return;
      }
    }
    if (!unknown) ctx.reportMissing('No Private Service Connect endpoint for Google APIs (a global forwarding rule with target `all-apis` or `vpc-sc`) is declared in this module.');
  },
});
