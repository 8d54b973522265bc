// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.opensearch.domain',
  meta: {
    id: 'AWS-OPENSEARCH-004',
    name: 'opensearch-in-vpc',
    title: 'OpenSearch domains are deployed in a VPC',
    severity: 'high',
    description:
      'OpenSearch Service (and legacy Elasticsearch) domains have VPC options with subnets, so their endpoint is only reachable from inside the VPC rather than from the internet.',
    rationale:
      'A domain without VPC options gets a public endpoint, and only its access policy stands between the internet and the data; a too-broad policy has exposed many search clusters in the past. Inside a VPC, security groups and routing add network-level controls.',
    remediation:
      'Terraform: add `vpc_options { subnet_ids = [...], security_group_ids = [...] }` to the domain. CloudFormation: set `VPCOptions` with `SubnetIds` and `SecurityGroupIds`. Moving an existing public domain into a VPC requires a new domain and a data migration, so there is no quick fix.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html'],
    ...byConcept('public-network-exposure'),
    levels: {},
    resourceTypes: {
      terraform: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
      cloudformation: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    },
    aliases: { checkov: ['CKV_AWS_137'], cfn_nag: ['W90'] },
    fix: 'none',
  },
  check(domain, ctx) {
    const subnets = domain.attrs.vpcSubnetIds;
    if (subnets.value instanceof Unknown) {
      // Subnets from a variable or parameter may be an empty list, which means a public endpoint.
      if (!isResourceAttribute(subnets.value)) ctx.cannotVerify(subnets, subnets.value, 'whether the domain is in a VPC');
      return;
    }
    if (Array.isArray(subnets.value) && subnets.value.length > 0) return;
    ctx.report(domain, subnets.present ? 'The domain\'s VPC options list no subnets, so its endpoint is public.' : 'The domain has no VPC options, so its endpoint is public.');
  },
});
