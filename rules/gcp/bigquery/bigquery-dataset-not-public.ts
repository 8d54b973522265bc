// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, gcpIamTypes, PUBLIC_MEMBERS } from '../../api';
import { appliesTo, checkBindings } from '../../lib/gcp-iam';
import type { BindingCheck } from '../../lib/gcp-iam';

const check: BindingCheck = {
  scopes: ['dataset'],
  member: (m) => PUBLIC_MEMBERS.includes(m),
  what: 'whether the dataset is public',
  message: (m, role) => `\`${m}\` holds \`${role}\` on this dataset: anyone${m === 'allAuthenticatedUsers' ? ' with a Google account' : ' on the internet'} can query its tables.`,
  fix: 'remove-member',
};

export default defineRule({
  target: 'gcpIamPolicies',
  meta: {
    id: 'GCP-BIGQUERY-001',
    name: 'bigquery-dataset-not-public',
    title: 'BigQuery datasets grant nothing to allUsers or allAuthenticatedUsers',
    severity: 'high',
    description:
      'No access entry of a BigQuery dataset (inline `access` blocks with `special_group` or `iam_member`, `google_bigquery_dataset_access`) and no dataset IAM grant (`google_bigquery_dataset_iam_*`) names `allUsers` or `allAuthenticatedUsers`.',
    rationale:
      'A dataset readable by `allAuthenticatedUsers` is readable by anyone with a Google account, which is anyone. Analytics datasets tend to hold the most complete copies of customer data, so a public entry exposes a lot at once.',
    remediation:
      'Remove the public access entries and grant dataset roles to groups or service accounts. The quick fix removes public members from a `members` list; access entries and single-member grants have to be removed by hand.',
    links: ['https://cloud.google.com/bigquery/docs/control-access-to-resources-iam', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/bigquery_dataset#access'],
    ...byConcept('public-resource-policy', { cis: { 'cis-gcp-5.0.0': ['7.1'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: gcpIamTypes('dataset') },
    fix: 'unsafe',
  },
  applies: appliesTo(check),
  check(policy, ctx) {
    checkBindings(policy, ctx, check);
  },
});
