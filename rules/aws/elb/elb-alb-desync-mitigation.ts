// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, Unknown } from '../../api';
import { multiFix, opsFor } from '../../lib/catalog-fix';

export default defineCatalogRule({
  kind: 'aws.elbv2.load-balancer',
  meta: {
    id: 'AWS-ELB-008',
    name: 'elb-alb-desync-mitigation',
    title: 'Application Load Balancers mitigate HTTP desync',
    severity: 'medium',
    description: 'Application Load Balancers keep HTTP desync mitigation at `defensive` (the default) or `strictest`, not `monitor`, which forwards ambiguous requests unchanged.',
    rationale:
      'HTTP desync (request smuggling) abuses disagreements between the load balancer and the backend about where a request ends, to poison caches or slip requests past security controls. In `monitor` mode the load balancer only records such requests and lets them through.',
    remediation:
      'Terraform: set `desync_mitigation_mode = "defensive"` (or `"strictest"`) on the `aws_lb`, or remove `"monitor"`. CloudFormation: set the `LoadBalancerAttributes` entry `routing.http.desync_mitigation_mode` to `defensive`. `defensive` is the service default and only blocks requests that are known to be dangerous, so the quick fix is safe.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#desync-mitigation-mode'],
    ...byConcept('edge-input-validation'),
    levels: {},
    resourceTypes: { terraform: ['aws_lb', 'aws_alb'], cloudformation: ['AWS::ElasticLoadBalancingV2::LoadBalancer'] },
    aliases: { checkov: ['CKV_AWS_328'] },
    fix: 'safe',
  },
  check(lb, ctx) {
    const type = lb.attrs.type;
    if (type.value instanceof Unknown) {
      ctx.cannotVerify(type, type.value, 'the load balancer type');
      return;
    }
    if (typeof type.value !== 'string' || type.value.toLowerCase() !== 'application') return;
    const mode = lb.attrs.desyncMitigationMode;
    if (mode.value instanceof Unknown) {
      ctx.cannotVerify(mode, mode.value, 'the desync mitigation mode');
      return;
    }
    if (typeof mode.value !== 'string' || mode.value.toLowerCase() !== 'monitor') return;
    ctx.report(mode, 'Desync mitigation is in monitor mode: ambiguous HTTP requests are forwarded to the targets.', {
      fixes: multiFix('defensive', 'Use defensive desync mitigation', 'safe', [opsFor(lb, 'desyncMitigationMode', lit('defensive'))]),
    });
  },
});
