// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, placeholder, setFix } from '../../api';
import { gcpMeta } from '../../lib/gcp';

export default defineCatalogRule({
  kind: 'gcp.bigquery.dataset',
  meta: gcpMeta({
    id: 'GCP-BIGQUERY-003',
    name: 'bigquery-dataset-cmek',
    cis: ['7.3'],
    level: 2,
    concept: 'encryption-at-rest-customer-key',
    title: 'BigQuery datasets have a default customer-managed encryption key',
    severity: 'low',
    description:
      '`google_bigquery_dataset` resources set `default_encryption_configuration { kms_key_name = ... }`, so tables created in them are encrypted with a Cloud KMS key by default. A key from a variable or another resource counts (its value is not needed to see that one is set). The names are the same in the google and google-beta providers.',
    rationale:
      'With a customer-managed key the project decides who may use the key, sees every use in the audit log, and can revoke access to all the dataset\'s data at once by disabling it; Google-managed keys offer none of that.',
    remediation:
      'Add `default_encryption_configuration { kms_key_name = google_kms_crypto_key.bq.id }` and grant the BigQuery service account `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key. The quick fix adds the block with a variable for the key (unsafe: the key must exist and be usable by BigQuery). Existing tables keep their key: see GCP-BIGQUERY-002.',
    links: ['https://cloud.google.com/bigquery/docs/customer-managed-encryption', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#default_encryption_configuration'],
    terraform: ['google_bigquery_dataset'],
    aliases: { checkov: ['CKV_GCP_81'] },
    fix: 'unsafe',
  }),
  check(dataset, ctx) {
    const key = dataset.attrs.defaultKmsKey;
    if (key.present) return;
    ctx.report(key, 'The dataset has no default customer-managed key, so its tables are encrypted with Google-managed keys.', {
      fixes: setFix('cmek', 'Encrypt with a customer-managed key', 'unsafe', [key, placeholder(dataset, 'bigquery_kms_key_name', 'Cloud KMS key (projects/.../cryptoKeys/...) for the dataset\'s tables')]),
    });
  },
});
