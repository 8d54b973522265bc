// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, gcpIamTypes } from '../../api';
import { appliesTo, checkBindings, scopeWord } from '../../lib/gcp-iam';
import type { BindingCheck } from '../../lib/gcp-iam';

const ROLES = new Set(['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator']);

const check: BindingCheck = {
  scopes: ['project', 'folder', 'organization'],
  role: (r) => ROLES.has(r),
  member: () => true,
  what: 'whether a service account user or token creator role is granted on the whole project',
  message: (m, role, p) => `\`${m}\` holds \`${role}\` on the ${scopeWord(p)}, so it can act as every service account in it (present and future), not just the one it needs.`,
  fix: 'remove-member',
};

export default defineRule({
  target: 'gcpIamPolicies',
  meta: {
    id: 'GCP-IAM-003',
    name: 'iam-no-sa-user-at-project-level',
    title: 'Service Account User and Token Creator are not granted on projects, folders or the organization',
    severity: 'medium',
    description:
      'No IAM grant on a project, folder or organization gives any member `roles/iam.serviceAccountUser` or `roles/iam.serviceAccountTokenCreator`. These roles belong on one service account (`google_service_account_iam_*`), which this rule does not flag. Every Terraform shape of the grant is read; unknown roles or members are reported as "cannot verify".',
    rationale:
      'Granted on a project, these roles let the member impersonate every service account of the project, including ones created later with broad permissions. That is an indirect path to whatever any of those accounts can do, which is hard to see when reviewing the member\'s own roles.',
    remediation:
      'Remove the project-level grant and grant the role on the specific service account instead (`google_service_account_iam_member` with `service_account_id`). The quick fix removes the member from a `members` list; a single-member grant has to be moved by hand.',
    links: ['https://cloud.google.com/iam/docs/service-account-permissions', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_iam'],
    ...byConcept('least-privilege', { cis: { 'cis-gcp-5.0.0': ['1.7'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: gcpIamTypes('project', 'folder', 'organization') },
    fix: 'unsafe',
  },
  applies: appliesTo(check),
  check(policy, ctx) {
    checkBindings(policy, ctx, check);
  },
});
