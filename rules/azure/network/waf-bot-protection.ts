// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'azure.network.waf-policy',
  meta: {
    id: 'AZURE-NETWORK-026',
    name: 'waf-bot-protection',
    title: 'WAF policies include the bot protection rule set',
    severity: 'low',
    description:
      'Every `azurerm_web_application_firewall_policy` has a `managed_rules { managed_rule_set { type = "Microsoft_BotManagerRuleSet" } }` block next to its core rule set. Same names in azurerm 3.x and 4.x.',
    rationale:
      'Scrapers, credential-stuffing tools and vulnerability scanners account for much of the traffic an internet-facing application receives. The bot manager rule set blocks sources Microsoft\'s threat intelligence knows to be malicious bots, which the OWASP rules do not look at.',
    remediation:
      'Add `managed_rule_set { type = "Microsoft_BotManagerRuleSet", version = "1.1" }` inside `managed_rules`. No quick fix: the block is a second instance of a repeated block, and the version is a choice to make.',
    links: ['https://learn.microsoft.com/azure/web-application-firewall/ag/bot-protection-overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/web_application_firewall_policy#managed_rule_set'],
    ...byConcept('edge-input-validation', { cis: { 'cis-azure-6.0.0': ['7.15'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_web_application_firewall_policy'] },
    fix: 'none',
  },
  check(policy, ctx) {
    const sets = policy.lists.managedRuleSets;
    const what = 'whether the WAF policy includes the bot protection rule set';
    if (sets.items.some((s) => s.attrs.type.value === 'Microsoft_BotManagerRuleSet')) return;
    const open = sets.unknown ?? sets.items.map((s) => s.attrs.type.value).find((v): v is Unknown => v instanceof Unknown);
    if (open) {
      ctx.cannotVerify(policy, open, what);
      return;
    }
    ctx.report(policy, 'The WAF policy has no bot protection (no `managed_rule_set` of type "Microsoft_BotManagerRuleSet").');
  },
});
