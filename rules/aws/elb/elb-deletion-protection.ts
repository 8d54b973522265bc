// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, spelled, Unknown } from '../../api';
import { multiFix, opsFor } from '../../lib/catalog-fix';

export default defineCatalogRule({
  kind: 'aws.elbv2.load-balancer',
  meta: {
    id: 'AWS-ELB-007',
    name: 'elb-deletion-protection',
    title: 'Load balancers have deletion protection',
    severity: 'low',
    description: 'Application, Network and Gateway Load Balancers have deletion protection turned on. It is off by default.',
    rationale:
      'A load balancer is the stable entry point that DNS records, certificates and firewall rules point at. Deleting it by mistake (a bad plan, a stray console click) takes the service down, and its DNS name cannot be recovered.',
    remediation:
      'Terraform: set `enable_deletion_protection = true` on the `aws_lb`. CloudFormation: add the `LoadBalancerAttributes` entry `deletion_protection.enabled` = `"true"`. Deletion protection does not affect traffic, so the quick fix is safe; turn it off again before an intended deletion.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection'],
    ...byConcept('deletion-protection'),
    levels: {},
    resourceTypes: { terraform: ['aws_lb', 'aws_alb'], cloudformation: ['AWS::ElasticLoadBalancingV2::LoadBalancer'] },
    aliases: { checkov: ['CKV_AWS_150'], kics: ['afecd1f1-6378-4f7e-bb3b-60c35801fdd4'] },
    fix: 'safe',
  },
  check(lb, ctx) {
    const protection = lb.attrs.deletionProtection;
    if (protection.value instanceof Unknown) {
      ctx.cannotVerify(protection, protection.value, 'whether deletion protection is on');
      return;
    }
    if (protection.value === true) return;
    const fixes = multiFix('enable-deletion-protection', 'Enable deletion protection', 'safe', [opsFor(lb, 'deletionProtection', spelled(lb, lit(true), lit('true')))]);
    ctx.report(protection, protection.present ? 'Deletion protection is turned off for this load balancer.' : 'Deletion protection is not enabled for this load balancer (it is off by default).', { fixes });
  },
});
