// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, list, setFix, Unknown } from '../../api';
import { gcpMeta } from '../../lib/gcp';

const PUBLIC = new Set(['allusers', 'allauthenticatedusers']);

function isPublic(member: unknown): boolean {
  return typeof member === 'string' && PUBLIC.has(member.trim().toLowerCase());
}

function who(member: string): string {
  return member.trim().toLowerCase() === 'allusers' ? 'anyone on the internet' : 'anyone with a Google account';
}

export default defineCatalogRule({
  kind: 'gcp.storage.bucket-iam',
  meta: gcpMeta({
    id: 'GCP-STORAGE-001',
    name: 'storage-bucket-not-public',
    cis: ['5.1'],
    level: 1,
    concept: 'public-resource-policy',
    title: 'Cloud Storage buckets are not granted to allUsers or allAuthenticatedUsers',
    severity: 'critical',
    description:
      'No `google_storage_bucket_iam_member` has `member = "allUsers"` or `"allAuthenticatedUsers"`, and no `google_storage_bucket_iam_binding` lists them in `members`. (`google_storage_bucket_iam_policy` documents built from `google_iam_policy` data are not read yet.) Setting `public_access_prevention = "enforced"` on the bucket makes Cloud Storage refuse such grants; that alone does not clear the grant written here. The names are the same in the google and google-beta providers.',
    rationale:
      '`allUsers` is anyone on the internet and `allAuthenticatedUsers` anyone with any Google account: with either, the bucket\'s objects (or the bucket itself, depending on the role) are open to the world, the most common cause of cloud data leaks.',
    remediation:
      'Remove the public member and grant the role to the groups or service accounts that need it; serve public content through a load balancer with Cloud CDN or signed URLs instead, and set `public_access_prevention = "enforced"` on buckets that must never be public. The quick fix removes the public members from a binding (unsafe: public readers lose access); a `_member` resource has to be deleted by hand.',
    links: ['https://cloud.google.com/storage/docs/access-control/making-data-public', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam'],
    terraform: ['google_storage_bucket_iam_member', 'google_storage_bucket_iam_binding'],
    aliases: { checkov: ['CKV_GCP_28'] },
    fix: 'unsafe',
  }),
  check(grant, ctx) {
    if (grant.sourceType === 'google_storage_bucket_iam_member') {
      const member = grant.attrs.member;
      if (member.value instanceof Unknown) ctx.cannotVerify(member, member.value, 'who the bucket grant is for');
      else if (typeof member.value === 'string' && isPublic(member.value)) ctx.report(member, `The bucket is granted to \`${member.value.trim()}\`, which is ${who(member.value)}.`, {});
      return;
    }
    const members = grant.attrs.members;
    if (members.value instanceof Unknown) {
      ctx.cannotVerify(members, members.value, 'who the bucket binding grants');
      return;
    }
    const values = Array.isArray(members.value) ? (members.value as unknown[]) : [];
    const unknown = values.find((v): v is Unknown => v instanceof Unknown);
    const open = values.filter((v): v is string => isPublic(v));
    if (open.length === 0) {
      if (unknown) ctx.cannotVerify(members, unknown, 'who the bucket binding grants');
      return;
    }
    const rest = values.filter((v) => !isPublic(v));
    const fixable = !unknown && rest.length > 0 && rest.every((v) => typeof v === 'string');
    ctx.report(members, `The bucket binding grants to ${open.map((m) => `\`${m.trim()}\` (${who(m)})`).join(' and ')}.`, {
      fixes: fixable ? setFix('drop-public', 'Remove the public members', 'unsafe', [members, list(...(rest as string[]).map((m) => lit(m)))]) : [],
    });
  },
});
