// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'gcp.project',
  meta: {
    id: 'GCP-NETWORK-101',
    name: 'network-no-default-network',
    title: 'Projects are created without the default network',
    severity: 'medium',
    description:
      'Every `google_project` sets `auto_create_network = false`. By default (true) Google Cloud creates the `default` auto mode network in the new project, with a subnet in every region and firewall rules that allow SSH, RDP and ICMP from anywhere. Projects created outside Terraform are not visible here (CIS GCP 3.1 is partly checkable).',
    rationale:
      'The default network is made for trying things out: its subnets span every region and its pre-made firewall rules open remote administration ports to the internet. Workloads dropped into it inherit that exposure without anyone having decided on it.',
    remediation:
      'Set `auto_create_network = false` and create a custom mode network with only the subnets and firewall rules the project needs. The quick fix sets it; it is unsafe for an existing project, where the provider deletes the default network, which may be in use.',
    links: ['https://cloud.google.com/vpc/docs/vpc#default-network', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project#auto_create_network'],
    ...byConcept('public-network-exposure', { cis: { 'cis-gcp-5.0.0': ['3.1'] } }),
    levels: { 'cis-gcp-5.0.0': 2 },
    resourceTypes: { terraform: ['google_project'] },
    fix: 'unsafe',
  },
  check(project, ctx) {
    const a = project.attrs.autoCreateNetwork;
    requireValue(ctx, a, false, 'whether the project gets a default network', a.present ? '`auto_create_network = true` creates the `default` network, open to SSH and RDP from anywhere.' : 'The project gets the `default` network (`auto_create_network` is true by default), open to SSH and RDP from anywhere.', {
      id: 'no-default-network',
      title: 'Create the project without the default network',
      safety: 'unsafe',
    });
  },
});
