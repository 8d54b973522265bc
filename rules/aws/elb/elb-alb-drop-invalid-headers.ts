// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, spelled, Unknown } from '../../api';
import { multiFix, opsFor } from '../../lib/catalog-fix';

export default defineCatalogRule({
  kind: 'aws.elbv2.load-balancer',
  meta: {
    id: 'AWS-ELB-004',
    name: 'elb-alb-drop-invalid-headers',
    title: 'Application Load Balancers drop invalid HTTP headers',
    severity: 'medium',
    description: 'Application Load Balancers remove HTTP headers whose names are not valid before forwarding requests to targets. The setting is off by default.',
    rationale:
      'Malformed header names are a building block of request smuggling and header-injection attacks, where the load balancer and the application disagree about what a request contains. Dropping them at the edge removes that ambiguity before it reaches the application.',
    remediation:
      'Terraform: set `drop_invalid_header_fields = true` on the `aws_lb`. CloudFormation: add the `LoadBalancerAttributes` entry `routing.http.drop_invalid_header_fields.enabled` = `"true"`. Clients that send header names with underscores or other invalid characters lose those headers, so the quick fix is unsafe.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes'],
    ...byConcept('edge-input-validation'),
    levels: {},
    resourceTypes: { terraform: ['aws_lb', 'aws_alb'], cloudformation: ['AWS::ElasticLoadBalancingV2::LoadBalancer'] },
    aliases: { checkov: ['CKV_AWS_131'], trivy: ['AVD-AWS-0052'], tfsec: ['aws-elb-drop-invalid-headers'], kics: ['6e3fd2ed-5c83-4c68-9679-7700d224d379'] },
    fix: 'unsafe',
  },
  check(lb, ctx) {
    const type = lb.attrs.type;
    if (type.value instanceof Unknown) {
      ctx.cannotVerify(type, type.value, 'the load balancer type');
      return;
    }
    if (typeof type.value !== 'string' || type.value.toLowerCase() !== 'application') return;
    const drop = lb.attrs.dropInvalidHeaders;
    if (drop.value instanceof Unknown) {
      ctx.cannotVerify(drop, drop.value, 'whether invalid headers are dropped');
      return;
    }
    if (drop.value === true) return;
    const fixes = multiFix('drop-invalid-headers', 'Drop invalid header fields', 'unsafe', [opsFor(lb, 'dropInvalidHeaders', spelled(lb, lit(true), lit('true')))]);
    ctx.report(drop, drop.present ? 'The load balancer forwards invalid HTTP header fields to its targets.' : 'The load balancer does not drop invalid HTTP header fields (off by default).', { fixes });
  },
});
