// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'gcp.compute.network',
  meta: {
    id: 'GCP-NETWORK-102',
    name: 'network-no-legacy',
    title: 'No legacy (non-VPC) networks',
    severity: 'medium',
    description:
      'No `google_compute_network` sets `ipv4_range`, the argument google provider 2.x and earlier used to create a legacy network (one IPv4 range for all regions, no subnets). Current providers cannot create legacy networks, so this finds old code only; legacy networks made outside Terraform are not visible (CIS GCP 3.2 is partly checkable).',
    rationale:
      'A legacy network has one address range across every region and none of the VPC features that later controls rely on: no subnet flow logs, no Private Google Access, no per-subnet routing. It cannot be brought up to the other networking recommendations.',
    remediation:
      'Create a VPC network (`auto_create_subnetworks = false` with `google_compute_subnetwork` resources), move the workloads, and delete the legacy network. No quick fix: moving workloads between networks is a migration.',
    links: ['https://cloud.google.com/vpc/docs/legacy', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_network'],
    ...byConcept('public-network-exposure', { cis: { 'cis-gcp-5.0.0': ['3.2'] }, remark: 'A legacy network cannot carry the network controls the concept stands for.' }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: ['google_compute_network'] },
    fix: 'none',
  },
  check(network, ctx) {
    const range = network.attrs.ipv4Range;
    if (!range.present) return;
    if (range.value instanceof Unknown) ctx.cannotVerify(range, range.value, 'whether the network is a legacy network');
    else ctx.report(range, '`ipv4_range` makes this a legacy network: one address range for all regions, without subnets or the VPC controls built on them.');
  },
});
