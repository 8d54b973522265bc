// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, lit, placeholder } from '../../api';
import { addGcpResource } from '../../lib/gcp-account';

export default defineModuleRule({
  meta: {
    id: 'GCP-LOGGING-016',
    name: 'access-approval-enabled',
    title: 'Access Approval is enrolled',
    severity: 'low',
    description:
      'Partial check: the module configures Access Approval (`google_project_access_approval_settings`, `_folder_` or `_organization_access_approval_settings`) with at least one `enrolled_services` block. When no module does, one project-level finding is reported. Whether the organization has the support plan Access Approval requires, and who approves requests, cannot be seen in code.',
    rationale:
      'Access Approval makes Google support and engineering staff ask before they access the customer\'s content, and records each request. Without it such access happens under Google\'s own controls only, with no decision on the customer\'s side.',
    remediation:
      'Add `google_project_access_approval_settings` (or the organization one) with `notification_emails` and `enrolled_services { cloud_product = "all" }`. The fix adds the project settings with variables for the project and the approvers\' address; Access Approval needs a qualifying support plan, so the fix is unsafe.',
    links: ['https://cloud.google.com/assured-workloads/access-approval/docs/overview', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/project_access_approval_settings'],
    ...byConcept('least-privilege', { cis: { 'cis-gcp-5.0.0': ['2.16'] }, remark: "Access Approval authorizes the provider's own access to content: access enforcement, the concept closest among ours." }),
    levels: { 'cis-gcp-5.0.0': 2 },
    resourceTypes: { terraform: ['google_project_access_approval_settings', 'google_folder_access_approval_settings', 'google_organization_access_approval_settings'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    const settings = catalogOf(model, 'gcp.accessapproval.settings');
    for (const s of settings) {
      const e = s.lists.enrolledServices;
      if (e.items.length > 0) {
        ctx.present(s);
        return;
      }
    }
    for (const s of settings) {
      const e = s.lists.enrolledServices;
      if (e.unknown) ctx.cannotVerify(s, s, e.unknown, 'which services Access Approval covers');
      else ctx.report(s, s, 'The Access Approval settings enroll no service (`enrolled_services`), so no access request needs approval.');
    }
    if (settings.length > 0) return;
    ctx.reportMissing('Access Approval is not configured in this module: Google staff access to content needs no approval from your side.', {
      fixes: addGcpResource(model, 'add-access-approval', 'Enroll all services in Access Approval', 'unsafe', 'google_project_access_approval_settings', 'all', [
        [['project_id'], placeholder(ctx, 'access_approval_project', 'The project whose content Access Approval protects')],
        [['notification_emails'], { kind: 'list', items: [placeholder(ctx, 'access_approval_email', 'Who approves Google staff access requests')] }],
        [['enrolled_services', 'cloud_product'], lit('all')],
      ]),
    });
  },
});
