// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, gcpIamTypes, PUBLIC_MEMBERS } from '../../api';
import { appliesTo, checkBindings } from '../../lib/gcp-iam';
import type { BindingCheck } from '../../lib/gcp-iam';

const check: BindingCheck = {
  scopes: ['kms-crypto-key', 'kms-key-ring'],
  member: (m) => PUBLIC_MEMBERS.includes(m),
  what: 'whether the KMS key is public',
  message: (m, role, p) => `\`${m}\` holds \`${role}\` on this ${p.scope.kind === 'kms-key-ring' ? 'key ring (every key in it)' : 'crypto key'}: anyone${m === 'allAuthenticatedUsers' ? ' with a Google account' : ''} can use or read it.`,
  fix: 'remove-member',
};

export default defineRule({
  target: 'gcpIamPolicies',
  meta: {
    id: 'GCP-KMS-001',
    name: 'kms-key-not-public',
    title: 'Cloud KMS keys and key rings are not public',
    severity: 'high',
    description:
      'No IAM grant on a Cloud KMS crypto key or key ring (`google_kms_crypto_key_iam_*`, `google_kms_key_ring_iam_*`, with `data "google_iam_policy"` or JSON policies) has the member `allUsers` or `allAuthenticatedUsers`, whatever the role.',
    rationale:
      'A key protects whatever it encrypts only while its use is limited to the services and people that need it. A public grant lets anyone on the internet (or anyone with a Google account) encrypt, decrypt or sign with it, depending on the role.',
    remediation:
      'Remove `allUsers` and `allAuthenticatedUsers` from the key\'s and key ring\'s IAM grants and grant the role to the service accounts that use the key. The quick fix removes the public members from a `members` list; a single-member grant (`member = "allUsers"`) has to be deleted by hand.',
    links: ['https://cloud.google.com/kms/docs/iam', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_kms_crypto_key_iam'],
    ...byConcept('public-resource-policy', { cis: { 'cis-gcp-5.0.0': ['1.10'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: gcpIamTypes('kms-crypto-key', 'kms-key-ring') },
    fix: 'unsafe',
  },
  applies: appliesTo(check),
  check(policy, ctx) {
    checkBindings(policy, ctx, check);
  },
});
