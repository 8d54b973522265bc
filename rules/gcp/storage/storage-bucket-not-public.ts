// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, gcpIamTypes, PUBLIC_MEMBERS } from '../../api';
import { appliesTo, checkBindings } from '../../lib/gcp-iam';
import type { BindingCheck } from '../../lib/gcp-iam';

const check: BindingCheck = {
  scopes: ['bucket'],
  member: (m) => PUBLIC_MEMBERS.includes(m),
  what: 'whether the bucket is public',
  message: (m, role) => `\`${m}\` holds \`${role}\` on this bucket: anyone${m === 'allAuthenticatedUsers' ? ' with a Google account' : ' on the internet'} gets what the role allows (reading every object, for a viewer role).`,
  fix: 'remove-member',
};

export default defineRule({
  target: 'gcpIamPolicies',
  meta: {
    id: 'GCP-STORAGE-101',
    name: 'storage-bucket-not-public',
    title: 'Cloud Storage buckets grant nothing to allUsers or allAuthenticatedUsers',
    severity: 'high',
    description:
      'No bucket IAM grant (`google_storage_bucket_iam_member`, `_binding`, `_policy` with `data "google_iam_policy"` or JSON) has the member `allUsers` or `allAuthenticatedUsers`. A bucket whose `public_access_prevention` is `enforced` rejects such grants at apply time; the grant is still reported, since it states an intent that the code should not hold.',
    rationale:
      'Public bucket grants are the most common way data leaks from Google Cloud: one viewer grant to `allUsers` publishes every object, including ones added later by people who never saw the grant.',
    remediation:
      'Remove the public members and grant the role to the identities that need the data; serve public content through a load balancer or signed URLs instead. Set `public_access_prevention = "enforced"` on buckets that must never be public. The quick fix removes the public members from a `members` list; a single-member grant has to be deleted by hand.',
    links: ['https://cloud.google.com/storage/docs/access-control/making-data-public', 'https://cloud.google.com/storage/docs/public-access-prevention', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam'],
    ...byConcept('public-resource-policy', { cis: { 'cis-gcp-5.0.0': ['5.1'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: gcpIamTypes('bucket') },
    fix: 'unsafe',
  },
  applies: appliesTo(check),
  check(policy, ctx) {
    checkBindings(policy, ctx, check);
  },
});
