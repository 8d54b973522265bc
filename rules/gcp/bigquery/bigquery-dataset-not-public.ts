// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, Unknown } from '../../api';
import { gcpMeta } from '../../lib/gcp';

/** Members that mean "anyone" or "any Google account". */
const PUBLIC_MEMBERS = new Set(['allusers', 'allauthenticatedusers']);

export default defineCatalogRule({
  kind: 'gcp.bigquery.dataset',
  meta: gcpMeta({
    id: 'GCP-BIGQUERY-001',
    name: 'bigquery-dataset-not-public',
    cis: ['7.1'],
    level: 1,
    concept: 'public-resource-policy',
    title: 'BigQuery datasets are not shared with everyone',
    severity: 'critical',
    description:
      'No `access` block of a `google_bigquery_dataset` grants a role to `special_group = "allAuthenticatedUsers"` or `iam_member = "allUsers"` / `"allAuthenticatedUsers"`. Access blocks, `dynamic` blocks (reported as "cannot verify") and the attribute-list form are read. The names are the same in the google and google-beta providers.',
    rationale:
      '`allUsers` is anyone on the internet and `allAuthenticatedUsers` anyone with any Google account: either makes the dataset\'s tables readable (or writable) by the world, and BigQuery bills the queries to the project.',
    remediation:
      'Remove the access entry and grant the role to the groups or service accounts that need it. There is no quick fix: which identities should keep access is yours to decide.',
    links: ['https://cloud.google.com/bigquery/docs/control-access-to-resources-iam', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access'],
    terraform: ['google_bigquery_dataset'],
    aliases: { checkov: ['CKV_GCP_15'] },
    fix: 'none',
  }),
  check(dataset, ctx) {
    const access = dataset.lists.access;
    if (access.unknown) ctx.cannotVerify(dataset, access.unknown, 'who the dataset is shared with');
    for (const entry of access.items) {
      for (const member of [entry.attrs.specialGroup, entry.attrs.iamMember]) {
        if (member.value instanceof Unknown) {
          ctx.cannotVerify(member, member.value, 'who the dataset access entry grants');
          continue;
        }
        if (typeof member.value === 'string' && PUBLIC_MEMBERS.has(member.value.trim().toLowerCase())) {
          ctx.report(member, `The dataset grants access to \`${member.value.trim()}\`, which is ${member.value.trim().toLowerCase() === 'allusers' ? 'anyone on the internet' : 'anyone with a Google account'}.`, {});
        }
      }
    }
  },
});
