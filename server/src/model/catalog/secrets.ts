// SPDX-License-Identifier: Apache-2.0
// Settings where credentials get pasted (rules/aws/secrets): environments, user data, parameters and
// container definitions, and the password settings of database and cache clusters. Each setting is read at
// the path its resource types use; a path a type does not have reads as absent.
import type { CatalogKind } from './types';

export const SECRETS: CatalogKind[] = [
  {
    kind: 'aws.secrets.carrier',
    terraform: ['aws_lambda_function', 'aws_instance', 'aws_launch_template', 'aws_launch_configuration', 'aws_ssm_parameter', 'aws_ecs_task_definition', 'aws_batch_job_definition'],
    cloudformation: ['AWS::Lambda::Function', 'AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::SSM::Parameter', 'AWS::ECS::TaskDefinition', 'AWS::Batch::JobDefinition'],
    attrs: {
      environment: { type: 'any', terraform: ['environment', 'variables'], cloudformation: ['Environment', 'Variables'] },
      userData: { type: 'any', terraform: ['user_data'], cloudformation: ['UserData'] },
      /** `user_data_base64` (instances, launch configurations): scanned after decoding. */
      userDataBase64: { type: 'any', terraform: ['user_data_base64'], cloudformation: null },
      templateUserData: { type: 'any', terraform: null, cloudformation: ['LaunchTemplateData', 'UserData'] },
      parameterValue: { type: 'any', terraform: ['value'], cloudformation: ['Value'] },
      parameterInsecureValue: { type: 'any', terraform: ['insecure_value'], cloudformation: null },
      parameterType: { type: 'string', terraform: ['type'], cloudformation: ['Type'] },
      containerDefinitions: { type: 'any', terraform: ['container_definitions'], cloudformation: ['ContainerDefinitions'] },
      containerProperties: { type: 'any', terraform: ['container_properties'], cloudformation: ['ContainerProperties'] },
    },
  },
  {
    kind: 'aws.secrets.db-password',
    terraform: ['aws_rds_cluster', 'aws_docdb_cluster', 'aws_redshift_cluster', 'aws_neptune_cluster', 'aws_elasticache_replication_group'],
    cloudformation: ['AWS::RDS::DBCluster', 'AWS::DocDB::DBCluster', 'AWS::Redshift::Cluster', 'AWS::ElastiCache::ReplicationGroup'],
    attrs: {
      masterPassword: { type: 'any', terraform: ['master_password'], cloudformation: ['MasterUserPassword'] },
      authToken: { type: 'any', terraform: ['auth_token'], cloudformation: ['AuthToken'] },
    },
  },
];
