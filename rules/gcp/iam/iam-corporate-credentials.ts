// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, gcpIamTypes } from '../../api';
import { appliesTo, checkBindings } from '../../lib/gcp-iam';
import type { BindingCheck } from '../../lib/gcp-iam';

/** Consumer Google account domains: an address there is a personal account, not one the organization manages. */
const CONSUMER = /@(gmail|googlemail)\.com$/i;

const check: BindingCheck = {
  scopes: ['project', 'folder', 'organization', 'bucket', 'dataset', 'kms-crypto-key', 'kms-key-ring', 'service-account'],
  member: (m) => /^user:/i.test(m) && CONSUMER.test(m),
  what: 'whether a personal Google account is granted a role',
  message: (m, role) => `\`${m}\` is a personal Google account and holds \`${role}\`: the organization cannot enforce its login policies on it or remove it when the person leaves.`,
  fix: 'remove-member',
};

export default defineRule({
  target: 'gcpIamPolicies',
  meta: {
    id: 'GCP-IAM-007',
    name: 'iam-corporate-credentials',
    title: 'IAM grants name corporate accounts, not personal Gmail accounts',
    severity: 'medium',
    description:
      'No IAM grant on any scope names a `user:` member at `gmail.com` or `googlemail.com`. Only the domains of consumer Google accounts are recognized: other personal domains cannot be told apart from corporate ones statically (CIS GCP 1.2 is partly checkable).',
    rationale:
      'Accounts in the organization\'s Cloud Identity or Workspace domain follow its password, 2-step verification and offboarding policies. A personal account does not: it keeps its access after the person leaves unless someone remembers to remove each grant.',
    remediation:
      'Grant the role to the person\'s corporate account, or better to a group. The quick fix removes the personal account from a `members` list; a single-member grant has to be rewritten by hand.',
    links: ['https://cloud.google.com/iam/docs/principals-overview', 'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains'],
    ...byConcept('least-privilege', { cis: { 'cis-gcp-5.0.0': ['1.2'] }, remark: 'Identity management rather than privilege: the concept closest among ours.' }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: gcpIamTypes('project', 'folder', 'organization', 'bucket', 'dataset', 'kms-crypto-key', 'kms-key-ring', 'service-account') },
    fix: 'unsafe',
  },
  applies: appliesTo(check),
  check(policy, ctx) {
    checkBindings(policy, ctx, check);
  },
});
