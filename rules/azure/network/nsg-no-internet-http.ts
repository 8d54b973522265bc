// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { checkExposure, nsgMeta } from '../../lib/azure-nsg';

export default defineCatalogRule({
  kind: 'azure.network.security-rules',
  meta: nsgMeta({
    id: 'AZURE-NETWORK-004',
    name: 'nsg-no-internet-http',
    cis: '7.4',
    title: 'Network security groups do not allow HTTP(S) from the internet to virtual machines',
    severity: 'medium',
    description:
      'Inbound `Allow` rules of network security groups do not open TCP port 80 or 443 to any internet address. Sources that count as the internet: `*`, `Internet`, `Any`, `0.0.0.0/0` (and any other /0 block) and `::/0`, in `source_address_prefix` or `source_address_prefixes`. Rules inline in `azurerm_network_security_group` (blocks or the attribute-list form) and `azurerm_network_security_rule` resources are both read; the names are the same in azurerm 3.x and 4.x.',
    rationale:
      'Web servers exposed straight from a virtual machine miss the TLS termination, web application firewall and DDoS protection of a front door, and every vulnerability of the web stack is reachable from anywhere. Publishing them through Application Gateway or Front Door puts those controls in front.',
    remediation:
      'Put Application Gateway (with WAF), Front Door or a load balancer in front of the web servers and restrict the rule\'s source to it (the `GatewayManager` / `AzureFrontDoor.Backend` service tags or the gateway subnet). There is no quick fix: the right source depends on your design.',
  }),
  check(res, ctx) {
    checkExposure(res, ctx, { protocol: 'tcp', ports: [80, 443], what: 'HTTP or HTTPS (TCP 80/443)' });
  },
});
