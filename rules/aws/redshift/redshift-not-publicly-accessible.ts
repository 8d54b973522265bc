// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.redshift.cluster',
  meta: {
    id: 'AWS-REDSHIFT-002',
    name: 'redshift-not-publicly-accessible',
    title: 'Redshift clusters are not publicly accessible',
    severity: 'high',
    description:
      'Redshift clusters state `publicly_accessible = false` (CloudFormation `PubliclyAccessible: false`), so the cluster gets no public IP address and its endpoint does not resolve to one.',
    rationale:
      'A publicly accessible cluster can be reached from the internet wherever a security group rule allows it; one overly broad rule then exposes the whole warehouse to password guessing and exploits. Keeping the cluster private makes network reachability depend on the VPC design, not on a single rule. Older provider versions made clusters public by default, so the setting is required to be written.',
    remediation:
      'Terraform: set `publicly_accessible = false` on the `aws_redshift_cluster`. CloudFormation: set `PubliclyAccessible: false`. Clients outside the VPC then need a VPN, Direct Connect, a bastion or a proxy.',
    links: ['https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html'],
    ...byConcept('public-network-exposure'),
    levels: {},
    resourceTypes: { terraform: ['aws_redshift_cluster'], cloudformation: ['AWS::Redshift::Cluster'] },
    aliases: { checkov: ['CKV_AWS_87'], guard: ['REDSHIFT_CLUSTER_PUBLIC_ACCESS_CHECK'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = r.attrs.publiclyAccessible;
    requireValue(ctx, a, false, 'whether the cluster is publicly accessible', a.present ? 'The cluster is publicly accessible.' : 'The cluster does not set public accessibility; older provider versions make clusters public by default.', {
      id: 'make-private',
      title: 'Make the cluster private (clients outside the VPC lose access)',
      safety: 'unsafe',
    });
  },
});
