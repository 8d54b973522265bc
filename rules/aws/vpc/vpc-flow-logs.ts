// SPDX-License-Identifier: Apache-2.0
import { byConcept, createCompanion, defineRule, lit, placeholder, setFix, Unknown } from '../../api';

export default defineRule({
  target: 'vpcs',
  meta: {
    id: 'AWS-VPC-001',
    name: 'vpc-flow-logs',
    title: 'VPC flow logging is enabled',
    severity: 'medium',
    description: 'Every VPC has a flow log capturing its traffic (rejected traffic at least).',
    rationale:
      'Flow logs are the record of who talked to what inside the network: the evidence for investigating an intrusion, spotting exfiltration, and showing that segmentation works. They cannot be produced after the fact.',
    remediation:
      'Terraform: add an `aws_flow_log` with `vpc_id` referencing the VPC, a `traffic_type` (`ALL` or `REJECT`) and a destination (CloudWatch Logs with an IAM role, or S3). CloudFormation: add an `AWS::EC2::FlowLog` with `ResourceId: !Ref <Vpc>` and `ResourceType: VPC`. The quick fix adds a flow log to S3 with a variable for the bucket ARN.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html'],
    ...byConcept('network-flow-logging', { cis: { 'cis-aws-5.0.0': ['3.7'], 'cis-aws-3.0.0': ['3.7'], 'cis-aws-1.4.0': ['3.9'] } }),
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    resourceTypes: { terraform: ['aws_vpc', 'aws_flow_log'], cloudformation: ['AWS::EC2::VPC', 'AWS::EC2::FlowLog'] },
    aliases: { checkov: ['CKV2_AWS_11'], trivy: ['AVD-AWS-0178'], tfsec: ['aws-ec2-require-vpc-flow-logs-for-all-vpcs'] },
    fix: 'unsafe',
  },
  check(vpc, ctx) {
    // CIS asks for rejected traffic at least: a flow log of accepted traffic only does not count.
    const acceptOnly = (t: unknown): boolean => typeof t === 'string' && t.toUpperCase() === 'ACCEPT';
    if (vpc.flowLogs.some((f) => !acceptOnly(f.trafficType.value) && !(f.trafficType.value instanceof Unknown))) return;
    if (vpc.flowLogs.length === 0 && vpc.unresolvedFlowLogs.length > 0) {
      ctx.cannotVerify(vpc, vpc.unresolvedFlowLogs[0]!, 'whether the VPC has a flow log');
      return;
    }
    const unknown = vpc.flowLogs.find((f) => f.trafficType.value instanceof Unknown);
    if (unknown) {
      ctx.cannotVerify(unknown.trafficType, unknown.trafficType.value as Unknown, 'whether the VPC\'s flow log captures rejected traffic');
      return;
    }
    const accepted = vpc.flowLogs[0];
    if (accepted) {
      ctx.report(accepted.trafficType, 'The VPC\'s flow log captures only accepted traffic, not rejected traffic.', {
        fixes: setFix('log-all-traffic', 'Capture all traffic (replaces the flow log)', 'unsafe', [accepted.trafficType, lit('ALL')]),
      });
      return;
    }
    const bucket = placeholder(vpc, 'flow_log_bucket_arn', 'ARN of the S3 bucket that receives VPC flow logs');
    const flowLog = createCompanion(vpc.newFlowLogTarget, {
      terraform: [
        [['traffic_type'], lit('ALL')],
        [['log_destination_type'], lit('s3')],
        [['log_destination'], bucket],
      ],
      // ResourceId, ResourceType and TrafficType come with the new resource (the adapter's preamble).
      cloudformation: [
        [['LogDestinationType'], lit('s3')],
        [['LogDestination'], bucket],
      ],
    });
    ctx.report(vpc, 'The VPC has no flow log.', {
      fixes: [{ id: 'add-flow-log', title: 'Add a flow log to S3 (adds a variable for the bucket ARN)', safety: 'unsafe', ops: [flowLog] }],
    });
  },
});
