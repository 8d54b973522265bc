// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.network.waf-policy',
  meta: {
    id: 'AZURE-NETWORK-025',
    name: 'waf-request-body-check',
    title: 'WAF policies inspect request bodies',
    severity: 'medium',
    description:
      'Every `azurerm_web_application_firewall_policy` keeps `policy_settings { request_body_check = true }` (the default when not written). Same name in azurerm 3.x and 4.x.',
    rationale:
      'Most injection payloads travel in POST bodies: form fields and JSON documents. A WAF that does not inspect bodies sees only the URL and headers, so the managed rules never see the attacks they exist to stop.',
    remediation:
      'Set `request_body_check = true` in `policy_settings` (and a `max_request_body_size_in_kb` that fits your largest legitimate request). Requests the rules now match in their bodies are blocked in Prevention mode, so the quick fix is unsafe.',
    links: ['https://learn.microsoft.com/azure/web-application-firewall/ag/application-gateway-waf-request-size-limits', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/web_application_firewall_policy#request_body_check'],
    ...byConcept('edge-input-validation', { cis: { 'cis-azure-6.0.0': ['7.14'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_web_application_firewall_policy'] },
    fix: 'unsafe',
  },
  check(policy, ctx) {
    requireValue(ctx, policy.attrs.requestBodyCheck, true, 'whether the WAF policy inspects request bodies', 'The WAF policy does not inspect request bodies (`request_body_check = false`).', {
      id: 'inspect-bodies',
      title: 'Inspect request bodies',
      safety: 'unsafe',
    });
  },
});
