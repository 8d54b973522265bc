// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, placeholder, spelled, Unknown } from '../../api';
import type { FixValue } from '../../api';
import { multiFix, opsFor } from '../../lib/catalog-fix';

export default defineCatalogRule({
  kind: 'aws.elbv2.load-balancer',
  meta: {
    id: 'AWS-ELB-003',
    name: 'elb-alb-access-logs',
    title: 'Application and Network Load Balancers write access logs',
    severity: 'medium',
    description: 'Application and Network Load Balancers deliver access logs to S3 (Gateway Load Balancers have none). Access logging is off unless it is turned on.',
    rationale:
      'Access logs record every request the load balancer handled: client address, path, status, TLS details and latency. They are the primary evidence when investigating an attack on a web front end, and cannot be recreated after the fact.',
    remediation:
      'Terraform: add `access_logs { bucket = <bucket name>, enabled = true }` to the `aws_lb`. CloudFormation: add `LoadBalancerAttributes` entries `access_logs.s3.enabled` = `"true"` and `access_logs.s3.bucket` = the bucket name. The bucket policy must let Elastic Load Balancing write. The quick fix adds a variable/parameter for the bucket.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html'],
    ...byConcept('audit-logging'),
    levels: {},
    resourceTypes: { terraform: ['aws_lb', 'aws_alb'], cloudformation: ['AWS::ElasticLoadBalancingV2::LoadBalancer'] },
    aliases: { checkov: ['CKV_AWS_91'], cfn_nag: ['W52'] },
    fix: 'unsafe',
  },
  check(lb, ctx) {
    const type = lb.attrs.type;
    if (type.value instanceof Unknown) {
      ctx.cannotVerify(type, type.value, 'the load balancer type');
      return;
    }
    if (typeof type.value === 'string' && type.value.toLowerCase() === 'gateway') return;
    const enabled = lb.attrs.accessLogsEnabled;
    if (enabled.value instanceof Unknown) {
      ctx.cannotVerify(enabled, enabled.value, 'whether access logging is enabled');
      return;
    }
    if (enabled.value === true) return;
    const bucket = lb.attrs.accessLogsBucket;
    const bucketValue: FixValue = placeholder(lb, 'access_logs_bucket', 'Name of the S3 bucket that receives the load balancer access logs');
    const writes = [opsFor(lb, 'accessLogsEnabled', spelled(lb, lit(true), lit('true')))];
    if (!bucket.present) writes.push(opsFor(lb, 'accessLogsBucket', bucketValue));
    const fixes = multiFix('enable-access-logs', 'Enable access logs (adds a variable for the bucket)', 'unsafe', writes);
    ctx.report(enabled, enabled.present ? 'Access logging is turned off for this load balancer.' : 'Access logging is not enabled for this load balancer (it is off by default).', { fixes });
  },
});
