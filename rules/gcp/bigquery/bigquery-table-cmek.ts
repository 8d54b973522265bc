// SPDX-License-Identifier: Apache-2.0
// A table without its own key takes its dataset's default key when it is created, so a table in a dataset
// of this configuration that has a default key passes.
import { catalogOf, defineCatalogRule, placeholder, setFix, Unknown } from '../../api';
import type { CatalogResourceOf } from '../../api';
import { gcpMeta } from '../../lib/gcp';

type Dataset = CatalogResourceOf<'gcp.bigquery.dataset'>;

/**
 * The datasets of this configuration a table's `dataset_id` may name (by reference). A reference names the
 * block (`google_bigquery_dataset.d[0].dataset_id` reads `google_bigquery_dataset.d`), so a count/for_each
 * dataset gives each of its instances (`google_bigquery_dataset.d[0]`, ...).
 */
function datasetsOf(datasetId: unknown, datasets: readonly Dataset[]): Dataset[] {
  if (!(datasetId instanceof Unknown)) return [];
  const ref = datasetId.ref;
  if (ref.kind !== 'resource') return [];
  return datasets.filter((d) => d.address === ref.address || d.address.replace(/\[[^\]]*\]$/, '') === ref.address);
}

export default defineCatalogRule({
  kind: 'gcp.bigquery.table',
  meta: gcpMeta({
    id: 'GCP-BIGQUERY-002',
    name: 'bigquery-table-cmek',
    cis: ['7.2'],
    level: 2,
    concept: 'encryption-at-rest-customer-key',
    title: 'BigQuery tables are encrypted with a customer-managed key',
    severity: 'low',
    description:
      '`google_bigquery_table` resources set `encryption_configuration { kms_key_name = ... }`, or belong (through `dataset_id = google_bigquery_dataset.<name>.dataset_id`) to a dataset of the same configuration whose `default_encryption_configuration` names a key, which new tables inherit. A table in a dataset declared elsewhere with no key of its own is reported as "cannot verify". The names are the same in the google and google-beta providers.',
    rationale:
      'With a customer-managed key the project controls and audits every use of the key and can make the table unreadable by disabling it; Google-managed keys offer none of that.',
    remediation:
      'Add `encryption_configuration { kms_key_name = google_kms_crypto_key.bq.id }` to the table, or a default key to its dataset (GCP-BIGQUERY-003). The quick fix adds the block with a variable for the key (unsafe: changing a table\'s key recreates it).',
    links: ['https://cloud.google.com/bigquery/docs/customer-managed-encryption', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_table#encryption_configuration'],
    terraform: ['google_bigquery_table'],
    aliases: { checkov: ['CKV_GCP_80'] },
    fix: 'unsafe',
  }),
  check(table, ctx) {
    const key = table.attrs.kmsKey;
    if (key.present) return;
    const datasetId = table.attrs.datasetId;
    const candidates = datasetsOf(datasetId.value, catalogOf(ctx.model, 'gcp.bigquery.dataset'));
    const keyed = candidates.filter((d) => d.attrs.defaultKmsKey.present);
    if (candidates.length > 0 && keyed.length === candidates.length) return;
    if (keyed.length > 0) {
      // Instances differ: which one the table is in decides.
      ctx.cannotVerify(datasetId, datasetId.value as Unknown, 'whether the table\'s dataset (one instance of several, not all with a default key) gives it a customer-managed key');
      return;
    }
    const dataset = candidates[0];
    if (!dataset && datasetId.value instanceof Unknown && datasetId.value.ref.kind !== 'resource') {
      ctx.cannotVerify(datasetId, datasetId.value, 'whether the table\'s dataset gives it a default customer-managed key');
      return;
    }
    ctx.report(key, dataset ? 'The table has no customer-managed key, and neither has its dataset: it is encrypted with a Google-managed key.' : 'The table has no customer-managed key: it is encrypted with a Google-managed key unless its dataset, declared elsewhere, has a default key.', {
      fixes: setFix('cmek', 'Encrypt with a customer-managed key', 'unsafe', [key, placeholder(table, 'bigquery_kms_key_name', 'Cloud KMS key (projects/.../cryptoKeys/...) for the table')]),
    });
  },
});
