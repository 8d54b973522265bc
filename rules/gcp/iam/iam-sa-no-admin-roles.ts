// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineRule, gcpIamTypes } from '../../api';
import { appliesTo, checkBindings, isAdminRole, scopeWord } from '../../lib/gcp-iam';
import type { BindingCheck } from '../../lib/gcp-iam';

const check: BindingCheck = {
  scopes: ['project', 'folder', 'organization'],
  role: isAdminRole,
  member: (m) => m.startsWith('serviceAccount:'),
  what: 'whether a service account holds an administrative role',
  message: (m, role, p) => `Service account \`${m.slice('serviceAccount:'.length)}\` holds \`${role}\` on the ${scopeWord(p)}: an administrative role lets anything running as it take over the ${scopeWord(p)}.`,
  fix: 'remove-member',
};

export default defineRule({
  target: 'gcpIamPolicies',
  meta: {
    id: 'GCP-IAM-002',
    name: 'iam-sa-no-admin-roles',
    title: 'Service accounts hold no administrative roles on projects, folders or the organization',
    severity: 'high',
    description:
      'No IAM grant on a project, folder or organization gives a `serviceAccount:` member `roles/owner`, `roles/editor` or a role whose name ends in `admin`/`Admin`. Every Terraform shape is read: `_member`, `_binding`, `_policy` (with `data "google_iam_policy"` or JSON). Unknown roles or members are reported as "cannot verify".',
    rationale:
      'Service account credentials live in workloads, CI systems and key files, where they are copied and leaked far more often than a person\'s login. An administrative role on the project turns any compromise of such a workload into control of every resource in it.',
    remediation:
      'Grant the service account a predefined role scoped to the service it uses (for example `roles/storage.objectViewer`) or a custom role with the permissions it needs. The quick fix removes the service account from a `members` list (grant it its narrower role separately); a single-member grant has to be rewritten by hand.',
    links: ['https://cloud.google.com/iam/docs/service-account-overview', 'https://cloud.google.com/iam/docs/understanding-roles', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam'],
    ...byConcept('least-privilege', { cis: { 'cis-gcp-5.0.0': ['1.6'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: gcpIamTypes('project', 'folder', 'organization') },
    fix: 'unsafe',
  },
  applies: appliesTo(check),
  check(policy, ctx) {
    checkBindings(policy, ctx, check);
  },
});
