// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const LAMBDA = [
  {
    kind: 'aws.lambda.function',
    terraform: ['aws_lambda_function'],
    cloudformation: ['AWS::Lambda::Function'],
    attrs: {
      /** A map of names to values. */
      environment: { type: 'any', terraform: ['environment', 'variables'], cloudformation: ['Environment', 'Variables'] },
      tracingMode: { type: 'string', terraform: ['tracing_config', 'mode'], cloudformation: ['TracingConfig', 'Mode'], default: 'PassThrough' },
      /** The customer managed key for environment variables; absent means the AWS managed key. */
      kmsKeyArn: { type: 'string', terraform: ['kms_key_arn'], cloudformation: ['KmsKeyArn'] },
    },
  },
  {
    kind: 'aws.lambda.function-url',
    terraform: ['aws_lambda_function_url'],
    cloudformation: ['AWS::Lambda::Url'],
    attrs: {
      authType: { type: 'string', terraform: ['authorization_type'], cloudformation: ['AuthType'] },
    },
  },
  {
    kind: 'aws.lambda.permission',
    terraform: ['aws_lambda_permission'],
    cloudformation: ['AWS::Lambda::Permission'],
    attrs: {
      principal: { type: 'string', terraform: ['principal'], cloudformation: ['Principal'] },
      action: { type: 'string', terraform: ['action'], cloudformation: ['Action'] },
      sourceArn: { type: 'string', terraform: ['source_arn'], cloudformation: ['SourceArn'] },
      sourceAccount: { type: 'string', terraform: ['source_account'], cloudformation: ['SourceAccount'] },
      principalOrgId: { type: 'string', terraform: ['principal_org_id'], cloudformation: ['PrincipalOrgID'] },
    },
  },
] as const satisfies readonly CatalogKind[];
