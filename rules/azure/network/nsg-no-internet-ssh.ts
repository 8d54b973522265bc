// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { checkExposure, nsgMeta } from '../../lib/azure-nsg';

export default defineCatalogRule({
  kind: 'azure.network.security-rules',
  meta: nsgMeta({
    id: 'AZURE-NETWORK-002',
    name: 'nsg-no-internet-ssh',
    cis: '7.2',
    title: 'Network security groups do not allow SSH from the internet',
    severity: 'high',
    description:
      'Inbound `Allow` rules of network security groups do not open TCP port 22 (SSH) to any internet address. Sources that count as the internet: `*`, `Internet`, `Any`, `0.0.0.0/0` (and any other /0 block) and `::/0`, in `source_address_prefix` or `source_address_prefixes`. Rules inline in `azurerm_network_security_group` (blocks or the attribute-list form) and `azurerm_network_security_rule` resources are both read; the names are the same in azurerm 3.x and 4.x.',
    rationale:
      'An SSH port open to the world draws constant password guessing and exploitation of any SSH daemon flaw; a leaked private key works from anywhere. Limiting the source leaves attackers nothing to connect to.',
    remediation:
      'Narrow the rule\'s source to the administration network, or remove it and use Azure Bastion, a VPN or just-in-time VM access. There is no quick fix: only you know which addresses should keep access.',
    aliases: { checkov: ['CKV_AZURE_10'], trivy: ['AVD-AZU-0050'] },
  }),
  check(res, ctx) {
    checkExposure(res, ctx, { protocol: 'tcp', ports: [22], what: 'SSH (TCP 22)' });
  },
});
