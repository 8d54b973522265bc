// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const KINESIS = [
  {
    kind: 'aws.kinesis.stream',
    terraform: ['aws_kinesis_stream'],
    cloudformation: ['AWS::Kinesis::Stream'],
    attrs: {
      encryptionType: { type: 'string', terraform: ['encryption_type'], cloudformation: ['StreamEncryption', 'EncryptionType'], default: 'NONE' },
      kmsKeyId: { type: 'string', terraform: ['kms_key_id'], cloudformation: ['StreamEncryption', 'KeyId'] },
    },
  },
] as const satisfies readonly CatalogKind[];
