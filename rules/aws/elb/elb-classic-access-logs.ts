// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, placeholder, Unknown } from '../../api';
import type { FixValue } from '../../api';
import { multiFix, opsFor } from '../../lib/catalog-fix';

export default defineCatalogRule({
  kind: 'aws.elb.load-balancer',
  meta: {
    id: 'AWS-ELB-006',
    name: 'elb-classic-access-logs',
    title: 'Classic Load Balancers write access logs',
    severity: 'medium',
    description: 'Classic Load Balancers deliver access logs to an S3 bucket.',
    rationale:
      'Access logs are the request-level record of who reached the application, from where and with what result. Without them an incident on the front end can be neither scoped nor reconstructed.',
    remediation:
      'Terraform: add `access_logs { bucket = <bucket name> }` to the `aws_elb` (`enabled` defaults to true in the block). CloudFormation: add `AccessLoggingPolicy` with `Enabled: true` and `S3BucketName`. The quick fix adds a variable/parameter for the bucket.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html'],
    ...byConcept('audit-logging'),
    levels: {},
    resourceTypes: { terraform: ['aws_elb'], cloudformation: ['AWS::ElasticLoadBalancing::LoadBalancer'] },
    aliases: { checkov: ['CKV_AWS_92'], cfn_nag: ['W26'], guard: ['ELB_LOGGING_ENABLED'] },
    fix: 'unsafe',
  },
  check(lb, ctx) {
    const enabled = lb.attrs.accessLogsEnabled;
    const bucket = lb.attrs.accessLogsBucket;
    const tf = lb.platform === 'terraform';
    const bucketValue: FixValue = placeholder(lb, 'access_logs_bucket', 'Name of the S3 bucket that receives the load balancer access logs');
    if (!bucket.present) {
      const writes = [opsFor(lb, 'accessLogsBucket', bucketValue)];
      if (enabled.present || !tf) writes.push(opsFor(lb, 'accessLogsEnabled', lit(true)));
      ctx.report(bucket, 'The load balancer has no access log bucket, so it writes no access logs.', {
        fixes: multiFix('enable-access-logs', 'Enable access logs (adds a variable for the bucket)', 'unsafe', writes),
      });
      return;
    }
    if (enabled.value instanceof Unknown) {
      ctx.cannotVerify(enabled, enabled.value, 'whether access logging is enabled');
      return;
    }
    if (enabled.value === true) return;
    ctx.report(enabled, 'Access logging is turned off for this load balancer.', { fixes: multiFix('enable-access-logs', 'Enable access logs', 'unsafe', [opsFor(lb, 'accessLogsEnabled', lit(true))]) });
  },
});
