// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.opensearch.domain',
  meta: {
    id: 'AWS-OPENSEARCH-007',
    name: 'opensearch-zone-awareness',
    title: 'OpenSearch domains spread nodes across Availability Zones',
    severity: 'low',
    description:
      'OpenSearch Service (and legacy Elasticsearch) domains enable zone awareness, so data nodes and shard replicas are placed in two or three Availability Zones.',
    rationale:
      'In a single Availability Zone, an outage of that zone takes the whole domain down and can lose shards that had no replica elsewhere. Zone awareness keeps a replica of each shard in another zone, so search and indexing continue.',
    remediation:
      'Terraform: set `cluster_config { zone_awareness_enabled = true }` (with `zone_awareness_config { availability_zone_count = 2 or 3 }`). CloudFormation: set `ClusterConfig.ZoneAwarenessEnabled: true` (with `ZoneAwarenessConfig`). The data node count must be a multiple of the zone count, indices need replicas, and a VPC domain needs a subnet per zone.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html'],
    ...byConcept('backup'),
    levels: {},
    resourceTypes: { terraform: ['aws_opensearch_domain', 'aws_elasticsearch_domain'], cloudformation: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const a = (r.sourceType === 'AWS::Elasticsearch::Domain' ? r.attrs.zoneAwarenessLegacyCfn : r.attrs.zoneAwareness);
    requireValue(ctx, a, true, 'whether zone awareness is enabled', a.present ? 'Zone awareness is turned off: all nodes are in one Availability Zone.' : 'The domain does not enable zone awareness, so all nodes are in one Availability Zone (the default).', {
      id: 'enable',
      title: 'Enable zone awareness (needs an even number of data nodes and a subnet per zone)',
      safety: 'unsafe',
    });
  },
});
