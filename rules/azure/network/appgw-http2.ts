// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.network.application-gateway',
  meta: {
    id: 'AZURE-NETWORK-005',
    name: 'appgw-http2',
    title: 'Application gateways accept HTTP/2',
    severity: 'low',
    description:
      'Azure application gateways set `enable_http2 = true`, so clients can use HTTP/2 on the gateway\'s listeners. The setting (same name in azurerm 3.x and 4.x) defaults to false.',
    rationale:
      'HTTP/2 is only offered over TLS by browsers and carries many requests on one connection, which encourages clients onto encrypted, modern connections and cuts the handshakes a gateway must serve. Leaving it off keeps clients on HTTP/1.1 for no security benefit.',
    remediation:
      'Set `enable_http2 = true` on the `azurerm_application_gateway`. Back-end connections stay on HTTP/1.1, so the back ends need no change. The quick fix writes the setting.',
    links: ['https://learn.microsoft.com/azure/application-gateway/configuration-listeners#http2-support', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/application_gateway#enable_http2'],
    ...byConcept('encryption-in-transit', { cis: { 'cis-azure-6.0.0': ['7.13'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_application_gateway'] },
    fix: 'safe',
  },
  check(gateway, ctx) {
    const attr = gateway.attrs.http2!;
    requireValue(ctx, attr, true, 'whether the application gateway accepts HTTP/2', attr.present ? 'The application gateway does not accept HTTP/2.' : 'The application gateway does not accept HTTP/2 (`enable_http2` defaults to false).', {
      id: 'enable-http2',
      title: 'Accept HTTP/2',
      safety: 'safe',
    });
  },
});
