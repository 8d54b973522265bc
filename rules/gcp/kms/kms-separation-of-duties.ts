// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, gcpIamTypes } from '../../api';
import { checkSeparation, scopeWord } from '../../lib/gcp-iam';
import type { SeparationCheck } from '../../lib/gcp-iam';

const USER_ROLES = new Set(['roles/cloudkms.cryptoKeyEncrypterDecrypter', 'roles/cloudkms.cryptoKeyEncrypter', 'roles/cloudkms.cryptoKeyDecrypter']);

const check: SeparationCheck = {
  scopes: ['project', 'folder', 'organization', 'kms-key-ring', 'kms-crypto-key'],
  admin: (r) => r === 'roles/cloudkms.admin',
  user: (r) => USER_ROLES.has(r),
  what: 'whether one member both administers and uses KMS keys',
  message: (m, role, admin, at) => `\`${m}\` holds \`${role}\` and also \`${admin}\` on the same ${scopeWord(at)} (\`${at.address}\`): one identity can change the keys' policies and decrypt the data they protect.`,
};

export default defineRule({
  target: 'gcpIamPolicies',
  meta: {
    id: 'GCP-KMS-003',
    name: 'kms-separation-of-duties',
    title: 'No member both administers Cloud KMS and encrypts or decrypts with its keys',
    severity: 'medium',
    description:
      'No member holds `roles/cloudkms.admin` and also `roles/cloudkms.cryptoKeyEncrypterDecrypter`, `cryptoKeyEncrypter` or `cryptoKeyDecrypter` on the same project, folder, organization, key ring or key, across every IAM resource of the module (grants joined by the scope they reference or name). The finding is on the encrypt/decrypt grant.',
    rationale:
      'Key administrators decide who may use a key and when it is destroyed; key users read the data. One identity holding both can grant itself any access and cover its tracks by changing the key\'s policy, so a single mistake or compromise exposes everything the key protects.',
    remediation:
      'Give key administration and key use to different identities (typically people administer, service accounts use). No quick fix: which grant to drop is a decision about the team.',
    links: ['https://cloud.google.com/kms/docs/separation-of-duties', 'https://cloud.google.com/kms/docs/reference/permissions-and-roles'],
    ...byConcept('least-privilege', { cis: { 'cis-gcp-5.0.0': ['1.12'] } }),
    levels: { 'cis-gcp-5.0.0': 2 },
    resourceTypes: { terraform: gcpIamTypes('project', 'folder', 'organization', 'kms-key-ring', 'kms-crypto-key') },
    fix: 'none',
  },
  applies: (p) => check.scopes.includes(p.scope.kind) && p.authority !== 'audit',
  check(policy, ctx) {
    checkSeparation(policy, ctx.model.aws.gcpIamPolicies, ctx, check);
  },
});
