// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { gcpMeta } from '../../lib/gcp';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'gcp.storage.bucket',
  meta: gcpMeta({
    id: 'GCP-STORAGE-002',
    name: 'storage-uniform-access',
    cis: ['5.2'],
    level: 2,
    concept: 'least-privilege',
    remark: 'Uniform access leaves IAM as the one place bucket permissions are granted.',
    title: 'Cloud Storage buckets use uniform bucket-level access',
    severity: 'medium',
    description:
      '`google_storage_bucket` resources set `uniform_bucket_level_access = true` (default false). google provider 2.x named it `bucket_policy_only`, which is read when the current name is not written. The names are the same in the google and google-beta providers.',
    rationale:
      'With fine-grained access every object can carry its own ACL, so who can read what is scattered over millions of objects and one `allUsers` ACL makes an object public without any bucket-level setting showing it. Uniform access turns ACLs off and leaves IAM as the only way in.',
    remediation:
      'Set `uniform_bucket_level_access = true`, after moving any access granted by object ACLs to IAM bindings on the bucket. The quick fix writes it; it is unsafe because object ACLs stop applying (and after 90 days the change cannot be undone).',
    links: ['https://cloud.google.com/storage/docs/uniform-bucket-level-access', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access'],
    terraform: ['google_storage_bucket'],
    aliases: { checkov: ['CKV_GCP_29'] },
    fix: 'unsafe',
  }),
  check(bucket, ctx) {
    const uniform = bucket.attrs.uniformAccess;
    requireValue(ctx, uniform, true, 'whether the bucket uses uniform bucket-level access', uniform.present ? 'Uniform bucket-level access is off: objects can carry their own ACLs.' : 'The bucket does not turn uniform bucket-level access on (default off): objects can carry their own ACLs.', { id: 'uniform', title: 'Use uniform bucket-level access', safety: 'unsafe' });
  },
});
