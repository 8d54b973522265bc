// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const ECR = [
  {
    kind: 'aws.ecr.repository',
    terraform: ['aws_ecr_repository'],
    cloudformation: ['AWS::ECR::Repository'],
    attrs: {
      encryptionType: { type: 'string', terraform: ['encryption_configuration', 'encryption_type'], cloudformation: ['EncryptionConfiguration', 'EncryptionType'], default: 'AES256' },
      kmsKey: { type: 'string', terraform: ['encryption_configuration', 'kms_key'], cloudformation: ['EncryptionConfiguration', 'KmsKey'] },
      scanOnPush: { type: 'bool', terraform: ['image_scanning_configuration', 'scan_on_push'], cloudformation: ['ImageScanningConfiguration', 'ScanOnPush'], default: false },
      tagMutability: { type: 'string', terraform: ['image_tag_mutability'], cloudformation: ['ImageTagMutability'], default: 'MUTABLE' },
    },
  },
] as const satisfies readonly CatalogKind[];
