// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, gcpIamTypes } from '../../api';
import { checkSeparation, scopeWord } from '../../lib/gcp-iam';
import type { SeparationCheck } from '../../lib/gcp-iam';

const USER_ROLES = new Set(['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator']);

const check: SeparationCheck = {
  scopes: ['project', 'folder', 'organization'],
  admin: (r) => r === 'roles/iam.serviceAccountAdmin',
  user: (r) => USER_ROLES.has(r),
  what: 'whether one member both administers and uses service accounts',
  message: (m, role, admin, at) => `\`${m}\` holds \`${role}\` and also \`${admin}\` on the same ${scopeWord(at)} (\`${at.address}\`): one identity can create service accounts, give them roles and act as them.`,
};

export default defineRule({
  target: 'gcpIamPolicies',
  meta: {
    id: 'GCP-IAM-005',
    name: 'iam-sa-roles-separation-of-duties',
    title: 'No member both administers and uses service accounts',
    severity: 'medium',
    description:
      'No member holds `roles/iam.serviceAccountAdmin` and also `roles/iam.serviceAccountUser` or `roles/iam.serviceAccountTokenCreator` on the same project, folder or organization, across every IAM resource of the module (grants are joined by the scope they reference or name). The finding is on the using grant. Grants in other modules, and scopes named by unknown values that are not references, are not joined.',
    rationale:
      'Separating who manages service accounts from who runs as them keeps a single compromised or careless identity from minting an account, granting it access and using it, with no second person involved.',
    remediation:
      'Give the administering and the using roles to different people or groups. No quick fix: which of the two grants should go is a decision about the team.',
    links: ['https://cloud.google.com/iam/docs/service-account-permissions', 'https://cloud.google.com/iam/docs/understanding-roles#service-accounts-roles'],
    ...byConcept('least-privilege', { cis: { 'cis-gcp-5.0.0': ['1.9'] } }),
    levels: { 'cis-gcp-5.0.0': 2 },
    resourceTypes: { terraform: gcpIamTypes('project', 'folder', 'organization') },
    fix: 'none',
  },
  applies: (p) => check.scopes.includes(p.scope.kind) && p.authority !== 'audit',
  check(policy, ctx) {
    checkSeparation(policy, ctx.model.aws.gcpIamPolicies, ctx, check);
  },
});
