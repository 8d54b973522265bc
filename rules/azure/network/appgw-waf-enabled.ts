// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import type { EditTarget, PlannedFix } from '../../api';
import { show } from '../../lib/checks';

const WHAT = 'whether the application gateway runs a web application firewall';

export default defineCatalogRule({
  kind: 'azure.network.application-gateway',
  meta: {
    id: 'AZURE-NETWORK-022',
    name: 'appgw-waf-enabled',
    title: 'Application gateways run a web application firewall',
    severity: 'medium',
    description:
      'Every `azurerm_application_gateway` uses a WAF tier (`sku { tier = "WAF_v2" }`, or the retired `"WAF"`) with a firewall: a `firewall_policy_id`, or `waf_configuration { enabled = true }`. Same names in azurerm 3.x and 4.x.',
    rationale:
      'An application gateway without a WAF forwards SQL injection, cross-site scripting and other common attacks straight to the application. The managed rule sets of the WAF block the well-known ones before they reach code that may have the flaw.',
    remediation:
      'Use `sku { name = "WAF_v2", tier = "WAF_v2" }` and attach an `azurerm_web_application_firewall_policy` with `firewall_policy_id` (or `waf_configuration { enabled = true, firewall_mode = "Prevention", rule_set_version = "3.2" }`). Start in Detection mode if false positives are a concern. The quick fix turns on `waf_configuration` where the gateway is already on a WAF tier, or moves a `Standard_v2` gateway to `WAF_v2` with it; it is unsafe: the WAF tier costs more and blocks requests it judges malicious.',
    links: ['https://learn.microsoft.com/azure/web-application-firewall/ag/ag-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/application_gateway#waf_configuration'],
    ...byConcept('edge-input-validation', { cis: { 'cis-azure-6.0.0': ['7.10'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_application_gateway'] },
    aliases: { checkov: ['CKV_AZURE_120'] },
    fix: 'unsafe',
  },
  check(gateway, ctx) {
    const { skuTier: tier, skuName: name, firewallPolicyId: policy, wafEnabled: enabled } = gateway.attrs;
    if (tier.value instanceof Unknown) {
      ctx.cannotVerify(tier, tier.value, WHAT);
      return;
    }
    const wafTier = tier.value === 'WAF_v2' || tier.value === 'WAF';
    if (wafTier) {
      if (policy.present) return;
      if (enabled.value instanceof Unknown) {
        ctx.cannotVerify(enabled, enabled.value, WHAT);
        return;
      }
      if (enabled.value === true) return;
      ctx.report(enabled.present ? enabled : gateway, 'The application gateway is on a WAF tier but has no firewall policy and its `waf_configuration` is not enabled.', {
        fixes: enabled.present ? setFix('enable-waf', 'Enable the web application firewall', 'unsafe', [enabled, lit(true)]) : wafConfig(gateway.target),
      });
      return;
    }
    const fixes: PlannedFix[] = tier.value === 'Standard_v2' && tier.location && name.location && !policy.present ? [{ ...wafConfig(gateway.target)[0]!, id: 'waf-tier', title: 'Move to the WAF_v2 tier with the firewall on', ops: [{ op: 'set', location: name.location, value: lit('WAF_v2') }, { op: 'set', location: tier.location, value: lit('WAF_v2') }, ...wafConfig(gateway.target)[0]!.ops] }] : [];
    ctx.report(tier, `The application gateway has no web application firewall (sku tier ${show(tier.value)}).`, { fixes });
  },
});

/** `waf_configuration` turned on in Prevention mode with the current OWASP core rule set. */
function wafConfig(target: EditTarget): PlannedFix[] {
  const at = (name: string): { target: EditTarget; path: string[] } => ({ target, path: ['waf_configuration', name] });
  return [
    {
      id: 'enable-waf',
      title: 'Enable the web application firewall',
      safety: 'unsafe',
      ops: [
        { op: 'set', location: at('enabled'), value: lit(true) },
        { op: 'set', location: at('firewall_mode'), value: lit('Prevention') },
        { op: 'set', location: at('rule_set_version'), value: lit('3.2') },
      ],
    },
  ];
}
