// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, placeholder, setFix } from '../../api';
import { gcpMeta } from '../../lib/gcp';

export default defineCatalogRule({
  kind: 'gcp.dataproc.cluster',
  meta: gcpMeta({
    id: 'GCP-DATAPROC-001',
    name: 'dataproc-cmek',
    cis: ['8.1'],
    level: 2,
    concept: 'encryption-at-rest-customer-key',
    title: 'Dataproc clusters encrypt their disks with a customer-managed key',
    severity: 'low',
    description:
      '`google_dataproc_cluster` resources set `cluster_config.encryption_config.kms_key_name`, so the cluster\'s persistent disks are encrypted with a Cloud KMS key. A key from a variable or another resource counts. The names are the same in the google and google-beta providers.',
    rationale:
      'Cluster disks hold the data jobs read and write and their intermediate results; with a customer-managed key the project controls and audits every use of the key and can revoke it, which Google-managed keys do not allow.',
    remediation:
      'Add `encryption_config { kms_key_name = google_kms_crypto_key.dataproc.id }` to `cluster_config` and grant the Compute Engine service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key. The quick fix adds it with a variable for the key (unsafe: the cluster is recreated).',
    links: ['https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/customer-managed-encryption', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dataproc_cluster#encryption_config'],
    terraform: ['google_dataproc_cluster'],
    aliases: { checkov: ['CKV_GCP_91'] },
    fix: 'unsafe',
  }),
  check(cluster, ctx) {
    const key = cluster.attrs.kmsKey;
    if (key.present) return;
    ctx.report(key, 'The cluster\'s disks are encrypted with Google-managed keys: `encryption_config.kms_key_name` is not set.', {
      fixes: setFix('cmek', 'Encrypt with a customer-managed key', 'unsafe', [key, placeholder(cluster, 'dataproc_kms_key_name', 'Cloud KMS key (projects/.../cryptoKeys/...) for the cluster\'s disks')]),
    });
  },
});
