// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { checkExposure, nsgMeta } from '../../lib/azure-nsg';

export default defineCatalogRule({
  kind: 'azure.network.security-rules',
  meta: nsgMeta({
    id: 'AZURE-NETWORK-001',
    name: 'nsg-no-internet-rdp',
    cis: '7.1',
    title: 'Network security groups do not allow RDP from the internet',
    severity: 'high',
    description:
      'Inbound `Allow` rules of network security groups do not open TCP port 3389 (RDP) to any internet address. Sources that count as the internet: `*`, `Internet`, `Any`, `0.0.0.0/0` (and any other /0 block) and `::/0`, in `source_address_prefix` or `source_address_prefixes`. Rules inline in `azurerm_network_security_group` (blocks or the attribute-list form) and `azurerm_network_security_rule` resources are both read; the names are the same in azurerm 3.x and 4.x.',
    rationale:
      'Internet-facing RDP is scanned and brute-forced within minutes of exposure, and RDP has a history of pre-authentication vulnerabilities. One weak or reused password, or one unpatched host, then gives an attacker an interactive session inside the network.',
    remediation:
      'Narrow the rule\'s source to the addresses that administer the machines, or remove the rule and reach the machines through Azure Bastion, a VPN or just-in-time VM access. There is no quick fix: only you know which addresses should keep access.',
    aliases: { checkov: ['CKV_AZURE_9'], trivy: ['AVD-AZU-0048'] },
  }),
  check(res, ctx) {
    checkExposure(res, ctx, { protocol: 'tcp', ports: [3389], what: 'RDP (TCP 3389)' });
  },
});
