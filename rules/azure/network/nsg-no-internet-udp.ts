// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { checkExposure, nsgMeta } from '../../lib/azure-nsg';

export default defineCatalogRule({
  kind: 'azure.network.security-rules',
  meta: nsgMeta({
    id: 'AZURE-NETWORK-003',
    name: 'nsg-no-internet-udp',
    cis: '7.3',
    title: 'Network security groups do not allow UDP from the internet',
    severity: 'medium',
    description:
      'Inbound `Allow` rules of network security groups whose protocol is `Udp` or `*` do not admit any internet address, whatever the port. Sources that count as the internet: `*`, `Internet`, `Any`, `0.0.0.0/0` (and any other /0 block) and `::/0`, in `source_address_prefix` or `source_address_prefixes`. Rules inline in `azurerm_network_security_group` (blocks or the attribute-list form) and `azurerm_network_security_rule` resources are both read; the names are the same in azurerm 3.x and 4.x.',
    rationale:
      'Services that answer on UDP (DNS, NTP, SNMP, SSDP, LDAP) are used to amplify denial-of-service attacks against third parties and often leak information. UDP has no handshake, so a reachable service answers spoofed requests too.',
    remediation:
      'Limit the rule to the sources that need the service, or to TCP if only TCP is used (a rule with protocol `*` also admits UDP). Put public UDP services behind a load balancer or gateway built for it. There is no quick fix: only you know which sources should keep access.',
  }),
  check(res, ctx) {
    checkExposure(res, ctx, { protocol: 'udp', ports: [], what: 'UDP traffic' });
  },
});
