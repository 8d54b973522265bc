// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, list, lit, setFix, Unknown } from '../../api';
import { valueText } from '../../lib/checks';

const WHAT = 'how point-to-site VPN clients authenticate';

export default defineCatalogRule({
  kind: 'azure.network.vpn-gateway',
  meta: {
    id: 'AZURE-NETWORK-021',
    name: 'vpn-gateway-aad-auth',
    title: 'Point-to-site VPN clients authenticate with Microsoft Entra ID only',
    severity: 'medium',
    description:
      'An `azurerm_virtual_network_gateway` with a `vpn_client_configuration` (point-to-site VPN) sets `vpn_auth_types = ["AAD"]`. When `vpn_auth_types` is not written, the gateway accepts every method configured: certificates (`root_certificate`), RADIUS (`radius_server_address`, `radius_server`) and Entra ID (`aad_tenant`); it passes only when Entra ID is the one configured. Gateways without point-to-site configuration are skipped. Same names in azurerm 3.x and 4.x.',
    rationale:
      'Certificate and RADIUS authentication live outside the identity provider: a copied client certificate keeps working wherever it goes, and neither enforces MFA or Conditional Access. Entra ID authentication puts every VPN sign-in under the same policies, logging and revocation as other sign-ins.',
    remediation:
      'Configure `aad_tenant`, `aad_audience` and `aad_issuer`, set `vpn_auth_types = ["AAD"]` and remove the root certificates and RADIUS settings. Users need the Azure VPN Client. The quick fix (where `vpn_auth_types` is written and `aad_tenant` is set) makes the list `["AAD"]`; it is unsafe because certificate and RADIUS users lose access.',
    links: ['https://learn.microsoft.com/azure/vpn-gateway/openvpn-azure-ad-tenant', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/virtual_network_gateway#vpn_auth_types'],
    ...byConcept('authenticated-interfaces', { cis: { 'cis-azure-6.0.0': ['7.9'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_virtual_network_gateway'] },
    fix: 'unsafe',
  },
  check(gateway, ctx) {
    const config = gateway.lists.clientConfiguration;
    if (config.unknown) {
      ctx.cannotVerify(gateway, config.unknown, WHAT);
      return;
    }
    if (config.items.length === 0) return;
    const { vpnAuthTypes: types, aadTenant } = gateway.attrs;
    const fixes = aadTenant.present ? setFix('aad-only', 'Accept Microsoft Entra ID only', 'unsafe', [types, list(lit('AAD'))]) : [];
    if (types.present) {
      const v = types.value;
      if (v instanceof Unknown) {
        ctx.cannotVerify(types, v, WHAT);
        return;
      }
      const items = Array.isArray(v) ? v : [v];
      const open = items.find((i): i is Unknown => i instanceof Unknown);
      if (open) {
        ctx.cannotVerify(types, open, WHAT);
        return;
      }
      const others = items.filter((i) => i !== 'AAD').map(valueText);
      if (others.length > 0 || items.length === 0) ctx.report(types, `Point-to-site VPN clients can authenticate without Microsoft Entra ID (${others.length > 0 ? others.join(', ') : 'no method listed'}).`, { fixes });
      return;
    }
    // Not written: the provider derives the methods from what is configured.
    const methods: string[] = [];
    if (gateway.lists.rootCertificates.items.length > 0 || gateway.lists.rootCertificates.unknown) methods.push('certificates');
    if (gateway.attrs.radiusServerAddress.present || gateway.lists.radiusServers.items.length > 0 || gateway.lists.radiusServers.unknown) methods.push('RADIUS');
    if (methods.length === 0 && aadTenant.present) return;
    ctx.report(gateway, methods.length > 0 ? `Point-to-site VPN clients can authenticate with ${methods.join(' and ')}, not only Microsoft Entra ID.` : 'The point-to-site VPN configuration does not use Microsoft Entra ID authentication (no `aad_tenant`).');
  },
});
