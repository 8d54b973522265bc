// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.dynamodb.daxCluster',
  meta: {
    id: 'AWS-DYNAMODB-005',
    name: 'dynamodb-dax-tls',
    title: 'DynamoDB Accelerator (DAX) clusters require TLS',
    severity: 'medium',
    description:
      'DAX clusters set their endpoint encryption type to `TLS`, so clients connect over an encrypted channel.',
    rationale:
      'Without TLS, DAX requests and cached items travel in clear text inside the VPC, where a compromised host or a traffic mirror can read or alter them. TLS keeps the cache as protected in transit as the DynamoDB API itself. It can only be chosen when the cluster is created.',
    remediation:
      'Terraform: set `cluster_endpoint_encryption_type = "TLS"` on the `aws_dax_cluster`. CloudFormation: set `ClusterEndpointEncryptionType: TLS`. Changing it replaces the cluster, and clients must use the `daxs://` endpoint.',
    links: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html'],
    ...byConcept('encryption-in-transit'),
    levels: {},
    resourceTypes: { terraform: ['aws_dax_cluster'], cloudformation: ['AWS::DAX::Cluster'] },
    aliases: { checkov: ['CKV_AWS_239'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = r.attrs.endpointEncryption;
    requireValue(ctx, a, 'TLS', 'whether the DAX cluster requires TLS', a.present ? 'The DAX cluster endpoint does not use TLS.' : 'The DAX cluster endpoint does not use TLS (the default is no encryption).', {
      id: 'tls',
      title: 'Require TLS on the DAX endpoint (replaces the cluster; clients must use daxs://)',
      safety: 'unsafe',
    });
  },
});
