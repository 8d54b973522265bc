// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.redshift.cluster',
  meta: {
    id: 'AWS-REDSHIFT-004',
    name: 'redshift-enhanced-vpc-routing',
    title: 'Redshift clusters use enhanced VPC routing',
    severity: 'low',
    description:
      'Redshift clusters enable enhanced VPC routing, so COPY and UNLOAD traffic to S3 and other services goes through the VPC instead of the internet.',
    rationale:
      'With enhanced VPC routing, data loaded into and unloaded from the warehouse follows the VPC\'s routes, security groups, endpoint policies and flow logs, so exfiltration paths can be restricted and observed like any other traffic.',
    remediation:
      'Terraform: set `enhanced_vpc_routing = true` on the `aws_redshift_cluster`. CloudFormation: set `EnhancedVpcRouting: true`. The VPC then needs an S3 gateway endpoint or a NAT gateway for COPY/UNLOAD to keep working.',
    links: ['https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html'],
    ...byConcept('public-network-exposure'),
    levels: {},
    resourceTypes: { terraform: ['aws_redshift_cluster'], cloudformation: ['AWS::Redshift::Cluster'] },
    aliases: { checkov: ['CKV_AWS_321'], guard: ['REDSHIFT_ENHANCED_VPC_ROUTING_ENABLED'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = r.attrs.enhancedVpcRouting;
    requireValue(ctx, a, true, 'whether enhanced VPC routing is enabled', a.present ? 'Enhanced VPC routing is turned off for this cluster.' : 'The cluster does not enable enhanced VPC routing (it is off by default).', {
      id: 'enable',
      title: 'Enable enhanced VPC routing (S3 traffic then needs a VPC endpoint or NAT)',
      safety: 'unsafe',
    });
  },
});
