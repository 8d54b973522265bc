// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const SECRETSMANAGER = [
  {
    kind: 'aws.secretsmanager.secret',
    terraform: ['aws_secretsmanager_secret'],
    cloudformation: ['AWS::SecretsManager::Secret'],
    attrs: {
      kmsKeyId: { type: 'string', terraform: ['kms_key_id'], cloudformation: ['KmsKeyId'] },
    },
  },
  {
    /** A rotation schedule for a secret (a separate resource in both languages). */
    kind: 'aws.secretsmanager.rotation',
    terraform: ['aws_secretsmanager_secret_rotation'],
    cloudformation: ['AWS::SecretsManager::RotationSchedule'],
    attrs: {
      secretId: { type: 'any', terraform: ['secret_id'], cloudformation: ['SecretId'] },
    },
  },
] as const satisfies readonly CatalogKind[];
