// SPDX-License-Identifier: Apache-2.0
// Microsoft Entra diagnostic settings (CIS Azure 6.1.1.7, 6.1.1.8): `azurerm_monitor_aad_diagnostic_setting`
// with a destination and the log categories of the recommendation. Tenant-wide, so one setting anywhere in
// the workspace is enough; a module that declares none gets one project-level finding.

import { byConcept, catalogOf, defineModuleRule, lit } from '../api';
import type { FixOp, FixValue, Rule } from '../api';
import { addAzureResource, categoriesOf, hasDestination, workspacePlaceholder } from './azure-account';

/** Every category the two rules ask for: the fix adds them all, so it satisfies both. */
const ALL = ['AuditLogs', 'SignInLogs', 'NonInteractiveUserSignInLogs', 'ServicePrincipalSignInLogs', 'ManagedIdentitySignInLogs', 'MicrosoftGraphActivityLogs'];

export interface EntraSpec {
  id: string;
  name: string;
  title: string;
  cis: string;
  categories: readonly string[];
  /** What the categories record, for messages. */
  what: string;
  rationale: string;
}

export function entraLogRule(spec: EntraSpec): Rule {
  const list = spec.categories.map((c) => `\`${c}\``).join(', ');
  return defineModuleRule({
    meta: {
      id: spec.id,
      name: spec.name,
      title: spec.title,
      severity: 'medium',
      description: `The tenant exports ${spec.what} with an \`azurerm_monitor_aad_diagnostic_setting\` that has a destination and enables ${list} (\`enabled_log\` blocks, or 3.x \`log\` blocks not turned off, or \`category_group = "allLogs"\`). A setting missing a category is reported on it; no such setting in any module gives one project-level finding. Same names in azurerm 3.x and 4.x. Creating it needs rights on the Entra tenant (Security Administrator), which a subscription pipeline may not have.`,
      rationale: spec.rationale,
      remediation: `Add \`resource "azurerm_monitor_aad_diagnostic_setting"\` with a Log Analytics workspace (or storage account, event hub) and an \`enabled_log { category = "..." }\` block for each of ${list}. The quick fix adds one exporting all the Entra categories the CIS recommendations name, with a variable for the workspace id, or adds the missing blocks to an existing setting.`,
      links: ['https://learn.microsoft.com/entra/identity/monitoring-health/howto-configure-diagnostic-settings', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_aad_diagnostic_setting'],
      ...byConcept('activity-log-export', { cis: { 'cis-azure-6.0.0': [spec.cis] } }),
      levels: { 'cis-azure-6.0.0': 2 },
      resourceTypes: { terraform: ['azurerm_monitor_aad_diagnostic_setting'] },
      fix: 'unsafe',
    },
    check(model, ctx) {
      if (ctx.platform !== 'terraform') return;
      const settings = catalogOf(model, 'azure.monitor.aad-diagnostic-setting');
      for (const s of settings) {
        const { enabled, groups, unknown, legacy } = categoriesOf(s);
        const missing = groups.has('alllogs') ? [] : spec.categories.filter((c) => !enabled.has(c.toLowerCase()));
        if (missing.length === 0) {
          if (hasDestination(s)) ctx.present(s);
          else ctx.report(s, s, 'This Entra diagnostic setting names no destination, so the logs are not kept anywhere.');
        } else if (unknown) ctx.cannotVerify(s, s, unknown, `whether the Entra diagnostic setting exports ${spec.what}`);
        else {
          const ops: FixOp[] = missing.map((c) => ({ op: 'set', location: { target: s.target, path: [`enabled_log#${c}`, 'category'] }, value: lit(c) }));
          ctx.report(s, s, `This Entra diagnostic setting leaves out ${missing.join(', ')}, so ${spec.what} are kept for 30 days at most.`, {
            fixes: legacy ? [] : [{ id: 'add-categories', title: `Export ${missing.join(', ')} too`, safety: 'unsafe', ops }],
          });
        }
      }
      if (settings.length > 0) return;
      const values: [string[], FixValue][] = [
        [['name'], lit('entra-logs')],
        [['log_analytics_workspace_id'], workspacePlaceholder(ctx)],
      ];
      for (const c of ALL) values.push([[`enabled_log#${c}`, 'category'], lit(c)]);
      ctx.reportMissing(`${spec.what[0]!.toUpperCase()}${spec.what.slice(1)} are not exported in this module (no \`azurerm_monitor_aad_diagnostic_setting\`), so they are kept for 30 days at most.`, {
        fixes: addAzureResource(model, ctx, 'add-entra-setting', 'Export the Entra logs to Log Analytics (fill in the workspace)', 'azurerm_monitor_aad_diagnostic_setting', 'entra', values),
      });
    },
  });
}
