// SPDX-License-Identifier: Apache-2.0
// Google Cloud data services (google / google-beta): Cloud Storage buckets, Cloud SQL instances, BigQuery
// datasets and tables, Dataproc clusters. Terraform-only kinds.
import type { CatalogKind } from './types';

export const GCP_DATA = [
  {
    kind: 'gcp.storage.bucket',
    terraform: ['google_storage_bucket'],
    attrs: {
      name: { type: 'string', terraform: ['name'], readOnly: true },
      /** Provider 3.x+; `bucket_policy_only` was its 2.x name. Default false. */
      uniformAccess: { type: 'bool', terraform: ['uniform_bucket_level_access'], terraformFormerly: [['bucket_policy_only']], default: false },
      /** `enforced` or `inherited` (default: the organization policy decides). */
      publicAccessPrevention: { type: 'string', terraform: ['public_access_prevention'], default: 'inherited' },
      retentionLocked: { type: 'bool', terraform: ['retention_policy', 'is_locked'], default: false },
      retentionPeriod: { type: 'number', terraform: ['retention_policy', 'retention_period'] },
    },
  },
  {
    kind: 'gcp.sql.instance',
    terraform: ['google_sql_database_instance'],
    attrs: {
      /** `MYSQL_8_0`, `POSTGRES_15`, `SQLSERVER_2019_STANDARD`: which engine's flags apply. */
      databaseVersion: { type: 'string', terraform: ['database_version'], readOnly: true },
      /** Replicas: backups are taken on the primary. */
      masterInstanceName: { type: 'string', terraform: ['master_instance_name'], readOnly: true },
      /** Terraform's own guard against `terraform destroy` (default true); not a Cloud SQL setting. */
      deletionProtection: { type: 'bool', terraform: ['deletion_protection'], default: true },
      /** Cloud SQL's deletion protection (provider 4.48+), which also guards the console and gcloud. Default false. */
      deletionProtectionEnabled: { type: 'bool', terraform: ['settings', 'deletion_protection_enabled'], default: false },
      ipv4Enabled: { type: 'bool', terraform: ['settings', 'ip_configuration', 'ipv4_enabled'], default: true },
      /** Provider 4.x+: `ALLOW_UNENCRYPTED_AND_ENCRYPTED` (default), `ENCRYPTED_ONLY`, `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`. */
      sslMode: { type: 'string', terraform: ['settings', 'ip_configuration', 'ssl_mode'] },
      /** Deprecated in 5.x, removed in 6.0; true meant client certificates were required. */
      requireSsl: { type: 'bool', terraform: ['settings', 'ip_configuration', 'require_ssl'], readOnly: true },
      backupEnabled: { type: 'bool', terraform: ['settings', 'backup_configuration', 'enabled'], default: false },
    },
    lists: {
      authorizedNetworks: { terraform: ['settings', 'ip_configuration', 'authorized_networks'], attrs: { value: { type: 'string', terraform: ['value'] }, name: { type: 'string', terraform: ['name'], readOnly: true } } },
      databaseFlags: { terraform: ['settings', 'database_flags'], attrs: { name: { type: 'string', terraform: ['name'] }, value: { type: 'string', terraform: ['value'] } } },
    },
  },
  {
    kind: 'gcp.bigquery.dataset',
    terraform: ['google_bigquery_dataset'],
    attrs: {
      defaultKmsKey: { type: 'string', terraform: ['default_encryption_configuration', 'kms_key_name'] },
    },
    lists: {
      access: {
        terraform: ['access'],
        attrs: {
          role: { type: 'string', terraform: ['role'], readOnly: true },
          specialGroup: { type: 'string', terraform: ['special_group'] },
          iamMember: { type: 'string', terraform: ['iam_member'] },
          domain: { type: 'string', terraform: ['domain'], readOnly: true },
        },
      },
    },
  },
  {
    kind: 'gcp.bigquery.table',
    terraform: ['google_bigquery_table'],
    attrs: {
      kmsKey: { type: 'string', terraform: ['encryption_configuration', 'kms_key_name'] },
      /** The dataset, to see whether it gives its tables a default key. */
      datasetId: { type: 'string', terraform: ['dataset_id'], readOnly: true },
    },
  },
  {
    kind: 'gcp.dataproc.cluster',
    terraform: ['google_dataproc_cluster'],
    attrs: {
      kmsKey: { type: 'string', terraform: ['cluster_config', 'encryption_config', 'kms_key_name'] },
    },
  },
] as const satisfies readonly CatalogKind[];
