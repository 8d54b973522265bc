// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const DOCDB: CatalogKind[] = [
  {
    kind: 'aws.docdb.cluster',
    terraform: ['aws_docdb_cluster'],
    cloudformation: ['AWS::DocDB::DBCluster'],
    attrs: {
      /** Off by default in both languages; it can only be chosen when the cluster is created. */
      storageEncrypted: { type: 'bool', terraform: ['storage_encrypted'], cloudformation: ['StorageEncrypted'], default: false },
      kmsKeyId: { type: 'string', terraform: ['kms_key_id'], cloudformation: ['KmsKeyId'] },
    },
  },
];
