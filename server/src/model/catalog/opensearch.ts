// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const OPENSEARCH = [
  {
    kind: 'aws.opensearch.domain',
    terraform: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
    cloudformation: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    attrs: {
      encryptAtRest: { type: 'bool', terraform: ['encrypt_at_rest', 'enabled'], cloudformation: ['EncryptionAtRestOptions', 'Enabled'], default: false },
      nodeToNodeEncryption: { type: 'bool', terraform: ['node_to_node_encryption', 'enabled'], cloudformation: ['NodeToNodeEncryptionOptions', 'Enabled'], default: false },
      /** No default: it changed between provider versions, so the rules want it written. */
      enforceHttps: { type: 'bool', terraform: ['domain_endpoint_options', 'enforce_https'], cloudformation: ['DomainEndpointOptions', 'EnforceHTTPS'] },
      tlsSecurityPolicy: { type: 'string', terraform: ['domain_endpoint_options', 'tls_security_policy'], cloudformation: ['DomainEndpointOptions', 'TLSSecurityPolicy'] },
      vpcSubnetIds: { type: 'any', terraform: ['vpc_options', 'subnet_ids'], cloudformation: ['VPCOptions', 'SubnetIds'] },
      zoneAwareness: { type: 'bool', terraform: ['cluster_config', 'zone_awareness_enabled'], cloudformation: ['ClusterConfig', 'ZoneAwarenessEnabled'], default: false },
      /** AWS::Elasticsearch::Domain names the cluster configuration differently. */
      zoneAwarenessLegacyCfn: { type: 'bool', terraform: null, cloudformation: ['ElasticsearchClusterConfig', 'ZoneAwarenessEnabled'], default: false },
      fineGrainedAccessControl: { type: 'bool', terraform: ['advanced_security_options', 'enabled'], cloudformation: ['AdvancedSecurityOptions', 'Enabled'], default: false },
      masterUserArn: {
        type: 'string',
        terraform: ['advanced_security_options', 'master_user_options', 'master_user_arn'],
        cloudformation: ['AdvancedSecurityOptions', 'MasterUserOptions', 'MasterUserARN'],
      },
      /** CloudFormation: `LogPublishingOptions` is a map keyed by log type (Terraform: the `logPublishing` list). */
      auditLogGroupArn: { type: 'string', terraform: null, cloudformation: ['LogPublishingOptions', 'AUDIT_LOGS', 'CloudWatchLogsLogGroupArn'] },
      auditLogEnabled: { type: 'bool', terraform: null, cloudformation: ['LogPublishingOptions', 'AUDIT_LOGS', 'Enabled'] },
    },
    lists: {
      /** Terraform: one `log_publishing_options` block per log type. */
      logPublishing: {
        terraform: ['log_publishing_options'],
        cloudformation: null,
        attrs: {
          logType: { type: 'string', terraform: ['log_type'], cloudformation: null },
          enabled: { type: 'bool', terraform: ['enabled'], cloudformation: null, default: true },
          logGroupArn: { type: 'string', terraform: ['cloudwatch_log_group_arn'], cloudformation: null },
        },
      },
    },
  },
] as const satisfies readonly CatalogKind[];
