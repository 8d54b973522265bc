// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { gcpMeta, INSTANCE_TYPES } from '../../lib/gcp';

export default defineCatalogRule({
  kind: 'gcp.compute.instance',
  meta: gcpMeta({
    id: 'GCP-COMPUTE-007',
    name: 'compute-no-public-ip',
    cis: ['4.9'],
    level: 2,
    concept: 'public-network-exposure',
    title: 'VM instances have no external IP address',
    severity: 'medium',
    description:
      'No `network_interface` of an instance or instance template has an `access_config` (an external IPv4 address, ephemeral or reserved) or an `ipv6_access_config` (an external IPv6 address). Every interface is read, not only the first; a `dynamic` block is reported as "cannot verify". The names are the same in the google and google-beta providers.',
    rationale:
      'A VM with an external address can be reached from the internet whenever a firewall rule lets traffic in, and each such rule is one mistake away from exposing it. VMs without one are reachable only through load balancers, IAP or a bastion, which are the places to put controls.',
    remediation:
      'Remove the `access_config` blocks, reach the VM through Identity-Aware Proxy or a bastion, and give it outbound access through Cloud NAT. There is no quick fix: removing the address changes how clients reach the VM.',
    links: ['https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address#disableexternalip', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#access_config'],
    terraform: INSTANCE_TYPES,
    aliases: { checkov: ['CKV_GCP_40'] },
    fix: 'none',
  }),
  check(vm, ctx) {
    for (const [list, what] of [
      [vm.lists.accessConfigs, 'an external IPv4 address (`access_config`)'],
      [vm.lists.ipv6AccessConfigs, 'an external IPv6 address (`ipv6_access_config`)'],
    ] as const) {
      if (list.unknown) ctx.cannotVerify(vm, list.unknown, 'whether the VM has an external IP address');
      for (const item of list.items) ctx.report(item.ref, `The VM's network interface has ${what}, so it is reachable from the internet wherever a firewall rule allows.`, {});
    }
  },
});
