// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import type { Attr } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.docdb.cluster',
  meta: {
    id: 'AWS-DOCDB-001',
    name: 'docdb-storage-encrypted',
    title: 'DocumentDB clusters encrypt their storage',
    severity: 'high',
    description: 'Amazon DocumentDB clusters are created with storage encryption turned on.',
    rationale:
      'A DocumentDB cluster holds application documents, and its automated backups, snapshots and replicas inherit its storage encryption. Encrypted storage keeps that data unreadable outside the service and puts it behind a KMS key whose use is logged. Encryption is off unless asked for, and it can only be chosen when the cluster is created.',
    remediation:
      'Terraform: set `storage_encrypted = true` on the `aws_docdb_cluster` (optionally with `kms_key_id` for a customer managed key). CloudFormation: set `StorageEncrypted: true` (optionally with `KmsKeyId`). Changing it replaces the cluster: restore a snapshot into a new encrypted cluster and move clients to it.',
    links: ['https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html'],
    frameworks: {
      'soc2-2017': ['CC6.1', 'C1.1'],
      'nist-800-53-r5': ['SC-13', 'SC-28'],
      'nist-csf-2.0': ['PR.DS-01'],
    },
    levels: {},
    mappingNote: 'No CIS AWS Foundations recommendation covers DocumentDB; SOC 2, NIST and CSF ids by control concept (encryption at rest: CC6.1/C1.1, SC-28/SC-13, PR.DS-01), as for the other storage encryption rules.',
    resourceTypes: { terraform: ['aws_docdb_cluster'], cloudformation: ['AWS::DocDB::DBCluster'] },
    aliases: { checkov: ['CKV_AWS_74'], trivy: ['AVD-AWS-0021'], tfsec: ['aws-documentdb-enable-storage-encryption'] },
    fix: 'unsafe',
  },
  check(cluster, ctx) {
    const encrypted = cluster.attrs.storageEncrypted as Attr<boolean>;
    requireValue(ctx, encrypted, true, 'whether the cluster encrypts its storage',
      encrypted.present ? 'Storage encryption is turned off for this DocumentDB cluster.' : 'This DocumentDB cluster does not encrypt its storage (encryption is off by default).',
      { id: 'encrypt', title: 'Encrypt the cluster storage (replaces the cluster: restore from a snapshot)', safety: 'unsafe' });
  },
});
