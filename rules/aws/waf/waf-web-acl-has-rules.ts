// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';

export default defineCatalogRule({
  kind: 'aws.wafv2.web-acl',
  meta: {
    id: 'AWS-WAF-002',
    name: 'waf-web-acl-has-rules',
    title: 'WAF web ACLs that allow by default contain rules',
    severity: 'medium',
    description: 'An AWS WAF (v2) web ACL whose default action is `allow` has at least one rule (or rule group); otherwise it inspects nothing and allows everything.',
    rationale:
      'An empty web ACL looks like protection in an inventory or an audit, but lets every request through unexamined. Attaching managed rule groups (common exploits, known bad inputs, IP reputation) is what makes the firewall do its job.',
    remediation:
      'Terraform: add `rule` blocks to the `aws_wafv2_web_acl`, for example one with `managed_rule_group_statement { name = "AWSManagedRulesCommonRuleSet", vendor_name = "AWS" }` and `override_action { none {} }`. CloudFormation: add `Rules` with a `ManagedRuleGroupStatement`. Which rules fit depends on the application, so there is no quick fix.',
    links: ['https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-list.html'],
    ...byConcept('edge-input-validation'),
    levels: {},
    resourceTypes: { terraform: ['aws_wafv2_web_acl'], cloudformation: ['AWS::WAFv2::WebACL'] },
    aliases: { checkov: ['CKV_AWS_175'] },
    fix: 'none',
  },
  check(acl, ctx) {
    const blocks = acl.platform === 'terraform' ? (acl.lists.defaultBlock.items.length ?? 0) > 0 : acl.attrs.defaultBlock.present;
    if (blocks) return;
    const rules = acl.lists.rules;
    if (rules.unknown) {
      ctx.cannotVerify(acl, rules.unknown, 'whether the web ACL has rules');
      return;
    }
    if (rules.items.length > 0) return;
    ctx.report(acl, 'The web ACL allows by default and has no rules, so it lets every request through.');
  },
});
