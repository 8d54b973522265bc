// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { gcpMeta, INSTANCE_TYPES } from '../../lib/gcp';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'gcp.compute.instance',
  meta: gcpMeta({
    id: 'GCP-COMPUTE-006',
    name: 'compute-no-ip-forwarding',
    cis: ['4.6'],
    level: 1,
    concept: 'secure-configuration',
    title: 'VM instances do not forward IP packets',
    severity: 'medium',
    description:
      '`google_compute_instance`, `google_compute_instance_template` and `google_compute_region_instance_template` resources leave `can_ip_forward` at its default `false`. Only an explicit `true` is flagged. The name is the same in the google and google-beta providers.',
    rationale:
      'A VM allowed to forward packets can send and receive traffic for addresses that are not its own, which lets a compromised VM act as a router around firewall rules or spoof other hosts. Only NAT gateways and network appliances need it.',
    remediation:
      'Remove `can_ip_forward` or set it to `false`; keep it only on VMs that are routers or network appliances (and suppress the finding there with a justification). The quick fix writes `false`; it is unsafe because the VM is recreated and routing through it stops.',
    links: ['https://cloud.google.com/vpc/docs/using-routes#canipforward', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#can_ip_forward'],
    terraform: INSTANCE_TYPES,
    aliases: { checkov: ['CKV_GCP_36'] },
    fix: 'unsafe',
  }),
  check(vm, ctx) {
    const forward = vm.attrs.canIpForward;
    requireValue(ctx, forward, false, 'whether the VM forwards IP packets', 'The VM may forward IP packets (`can_ip_forward = true`), so it can route traffic that is not its own.', { id: 'no-forwarding', title: 'Turn IP forwarding off', safety: 'unsafe' });
  },
});
