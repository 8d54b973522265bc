// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineModuleRule } from '../../api';
import { activityLogSettingFix, activityLogSettings, hasDestination } from '../../lib/azure-account';

export default defineModuleRule({
  meta: {
    id: 'AZURE-MONITOR-001',
    name: 'monitor-activity-log-diagnostic-setting',
    title: 'The subscription activity log is exported by a diagnostic setting',
    severity: 'medium',
    description:
      'The subscription has an `azurerm_monitor_diagnostic_setting` for its activity log that sends it somewhere (`log_analytics_workspace_id`, `storage_account_id` or `eventhub_authorization_rule_id`). A setting counts as the subscription\'s when its `target_resource_id` is a subscription (`data.azurerm_subscription.<name>.id`, `"/subscriptions/<id>"`) or it enables a category only the activity log has (`Administrative`, `Policy`, `ServiceHealth`...). A setting with no destination is reported on it; none in any module gives one project-level finding; a setting whose target comes from a variable is "cannot verify" when nothing else decides. Same names in azurerm 3.x and 4.x.',
    rationale:
      'The activity log records every management operation on the subscription, but Azure keeps it for 90 days only and it cannot be queried together with other logs. Exporting it keeps the record for investigations and lets alerts and analytics run on it.',
    remediation:
      'Add `resource "azurerm_monitor_diagnostic_setting"` with `target_resource_id = data.azurerm_subscription.current.id` (or `"/subscriptions/<id>"`), a destination (a Log Analytics workspace, a storage account or an event hub) and `enabled_log` blocks for the categories to keep (at least Administrative, Alert, Policy and Security). The quick fix adds one to a Log Analytics workspace, with variables for the subscription and workspace ids.',
    links: ['https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting'],
    ...byConcept('activity-log-export', { cis: { 'cis-azure-6.0.0': ['6.1.1.1'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_monitor_diagnostic_setting'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const { settings, undecided } = activityLogSettings(model);
    for (const s of settings) {
      if (hasDestination(s)) ctx.present(s);
      else ctx.report(s, s, 'This activity log diagnostic setting names no destination (no workspace, storage account or event hub), so the activity log is not kept anywhere.');
    }
    if (settings.length > 0) return;
    if (undecided.length > 0) {
      for (const [s, u] of undecided) ctx.cannotVerify(s, s.attrs.targetResourceId, u, 'whether this diagnostic setting exports the subscription activity log');
      return;
    }
    ctx.reportMissing('The subscription activity log is not exported in this module (no `azurerm_monitor_diagnostic_setting` targets the subscription), so it is kept for 90 days only.', {
      fixes: activityLogSettingFix(model, ctx),
    });
  },
});
