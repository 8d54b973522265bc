// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, createCompanion, defineCatalogRule, lit, placeholder, Unknown } from '../../api';
import type { PlannedFix } from '../../api';
import { attributeOf, companionTarget, linkTo } from '../../lib/azure';

const WHAT = 'whether the Databricks workspace delivers its diagnostic logs';

export default defineCatalogRule({
  kind: 'azure.databricks.workspace',
  meta: {
    id: 'AZURE-DATABRICKS-004',
    name: 'databricks-diagnostic-logs',
    title: 'Databricks workspaces deliver diagnostic logs',
    severity: 'medium',
    description:
      'Each `azurerm_databricks_workspace` is the `target_resource_id` of an `azurerm_monitor_diagnostic_setting` of the same module that collects at least one log category: an `enabled_log` block (azurerm 3.39 and later, 4.x), or a 3.x `log` block not set to `enabled = false`. A setting whose target comes from outside the module makes the result "cannot verify"; so does a `dynamic` block of categories.',
    rationale:
      'Workspace audit logs record who signed in, ran notebooks and jobs, changed clusters and permissions, and read secrets. Without a diagnostic setting they are not kept anywhere you can search or alert on, so misuse of a workspace that can read your data leaves no trail.',
    remediation:
      'Add an `azurerm_monitor_diagnostic_setting` with `target_resource_id = azurerm_databricks_workspace.<name>.id`, a destination (`log_analytics_workspace_id`, `storage_account_id` or an event hub) and `enabled_log { category_group = "allLogs" }` (or the categories you need). Verbose audit logs need the premium SKU. The quick fix adds the setting with a variable for the Log Analytics workspace; it is unsafe because ingestion is billed.',
    links: ['https://learn.microsoft.com/azure/databricks/admin/account-settings/audit-log-delivery', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting'],
    ...byConcept('audit-logging', { cis: { 'cis-azure-6.0.0': ['2.1.7'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_databricks_workspace'] },
    fix: 'unsafe',
  },
  check(workspace, ctx) {
    let open: Unknown | null = null;
    for (const setting of catalogOf(ctx.model, 'azure.resource.diagnostic-setting')) {
      const link = linkTo(setting.attrs.targetResourceId.value, workspace);
      if (link === 'other') continue;
      const { enabledLogs, logs } = setting.lists;
      const collects = enabledLogs.items.length > 0 || logs.items.some((l) => l.attrs.enabled.value === true);
      const unknown = enabledLogs.unknown ?? logs.unknown ?? logs.items.map((l) => l.attrs.enabled.value).find((v): v is Unknown => v instanceof Unknown) ?? null;
      if (collects && link === 'this') return;
      if (collects || unknown) open ??= link instanceof Unknown ? link : unknown;
    }
    if (open) {
      ctx.cannotVerify(workspace, open, WHAT);
      return;
    }
    const target = companionTarget(workspace, 'azurerm_monitor_diagnostic_setting', 'diagnostics', [
      ['name', lit('databricks-audit-logs')],
      ['target_resource_id', attributeOf(workspace, 'id')],
    ]);
    const fixes: PlannedFix[] = target
      ? [
          {
            id: 'add-diagnostic-setting',
            title: 'Send the workspace logs to Log Analytics (adds a variable for the workspace)',
            safety: 'unsafe',
            ops: [
              createCompanion(target, {
                terraform: [
                  [['log_analytics_workspace_id'], placeholder(workspace, 'log_analytics_workspace_id', 'ID of the Log Analytics workspace that receives the diagnostic logs')],
                  [['enabled_log', 'category_group'], lit('allLogs')],
                ],
                cloudformation: [],
              }),
            ],
          },
        ]
      : [];
    ctx.report(workspace, 'No diagnostic setting of this module delivers the Databricks workspace logs.', { fixes });
  },
});
