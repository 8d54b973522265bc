// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const EKS = [
  {
    kind: 'aws.eks.cluster',
    terraform: ['aws_eks_cluster'],
    cloudformation: ['AWS::EKS::Cluster'],
    attrs: {
      endpointPublicAccess: { type: 'bool', terraform: ['vpc_config', 'endpoint_public_access'], cloudformation: ['ResourcesVpcConfig', 'EndpointPublicAccess'], default: true },
      endpointPrivateAccess: { type: 'bool', terraform: ['vpc_config', 'endpoint_private_access'], cloudformation: ['ResourcesVpcConfig', 'EndpointPrivateAccess'], default: false },
      /** Absent means 0.0.0.0/0. */
      publicAccessCidrs: { type: 'list', terraform: ['vpc_config', 'public_access_cidrs'], cloudformation: ['ResourcesVpcConfig', 'PublicAccessCidrs'] },
      /** Terraform: a list of strings; CloudFormation: a list of `{Type: ...}` maps. */
      logTypes: { type: 'any', terraform: ['enabled_cluster_log_types'], cloudformation: ['Logging', 'ClusterLogging', 'EnabledTypes'] },
      encryptionResources: { type: 'list', terraform: ['encryption_config', 'resources'], cloudformation: ['EncryptionConfig', '0', 'Resources'] },
      encryptionKeyArn: { type: 'string', terraform: ['encryption_config', 'provider', 'key_arn'], cloudformation: ['EncryptionConfig', '0', 'Provider', 'KeyArn'] },
    },
  },
  {
    kind: 'aws.eks.node-group',
    terraform: ['aws_eks_node_group'],
    cloudformation: ['AWS::EKS::Nodegroup'],
    attrs: {
      sshKey: { type: 'string', terraform: ['remote_access', 'ec2_ssh_key'], cloudformation: ['RemoteAccess', 'Ec2SshKey'] },
      /** Absent with an SSH key: port 22 is open to 0.0.0.0/0. */
      sourceSecurityGroups: { type: 'list', terraform: ['remote_access', 'source_security_group_ids'], cloudformation: ['RemoteAccess', 'SourceSecurityGroups'] },
    },
  },
] as const satisfies readonly CatalogKind[];
