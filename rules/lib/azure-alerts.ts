// SPDX-License-Identifier: Apache-2.0
// Activity log alerts (CIS Azure 6.1.2.x): one rule per watched operation (or the Service Health
// category), built from a table row. An `azurerm_monitor_activity_log_alert` whose `criteria` names the
// operation (or category) is the control; turned off, it is reported on `enabled`.

import { byConcept, catalogOf, defineModuleRule, lit, placeholder, setFix, Unknown } from '../api';
import type { CatalogResourceOf, CloudModel, FixValue, ModuleContext, Rule } from '../api';
import { addAzureResource, subscriptionPlaceholder } from './azure-account';

type Alert = CatalogResourceOf<'azure.monitor.activity-log-alert'>;

export interface AlertSpec {
  id: string;
  name: string;
  title: string;
  cis: string;
  /** The Resource Manager operation watched (`Microsoft.Network/networkSecurityGroups/write`)... */
  operation?: string;
  /** ...or the category (`ServiceHealth`). */
  category?: 'ServiceHealth';
  /** What the alert is about, for messages: "changes to network security groups". */
  event: string;
  /** Terraform label of the alert the fix adds. */
  label: string;
  rationale: string;
}

/** Whether an alert's criteria match the spec, or what hides it. */
function matches(a: Alert, spec: AlertSpec): boolean | Unknown {
  const list = a.lists.criteria;
  let hidden: Unknown | null = list.unknown;
  for (const c of list.items) {
    const field = spec.operation ? c.attrs.operationName.value : c.attrs.category.value;
    const want = spec.operation ?? spec.category!;
    if (typeof field === 'string' && field.toLowerCase() === want.toLowerCase()) return true;
    if (field instanceof Unknown) hidden ??= field;
  }
  return hidden ?? false;
}

function addAlert(model: CloudModel, ctx: ModuleContext, spec: AlertSpec): ReturnType<typeof addAzureResource> {
  const criteria: [string[], FixValue][] = spec.operation
    ? [
        [['criteria', 'category'], lit('Administrative')],
        [['criteria', 'operation_name'], lit(spec.operation)],
      ]
    : [[['criteria', 'category'], lit(spec.category!)]];
  return addAzureResource(model, ctx, 'add-activity-log-alert', `Alert on ${spec.event} (fill in the ids)`, 'azurerm_monitor_activity_log_alert', spec.label, [
    [['name'], lit(spec.label.replace(/_/g, '-'))],
    [['resource_group_name'], placeholder(ctx, 'alerts_resource_group_name', 'Resource group that holds the activity log alerts')],
    [['location'], lit('global')],
    [['scopes'], { kind: 'list', items: [subscriptionPlaceholder(ctx)] }],
    [['description'], lit(`Alert on ${spec.event}`)],
    ...criteria,
    [['action', 'action_group_id'], placeholder(ctx, 'security_action_group_id', 'Resource id of the action group that notifies the security team')],
  ]);
}

export function activityAlertRule(spec: AlertSpec): Rule {
  const what = spec.operation ? `\`operation_name = "${spec.operation}"\`` : `\`category = "${spec.category}"\``;
  return defineModuleRule({
    meta: {
      id: spec.id,
      name: spec.name,
      title: spec.title,
      severity: 'low',
      description: `The subscription has an activity log alert on ${spec.event}: an \`azurerm_monitor_activity_log_alert\` with a \`criteria\` block with ${what} (compared case-insensitively). An alert turned off (\`enabled = false\`) is reported on it; a subscription with no such alert in any module gets one project-level finding. Same names in azurerm 3.x and 4.x. Whether the alert's action group reaches someone is not visible in code.`,
      rationale: spec.rationale,
      remediation: `Add \`resource "azurerm_monitor_activity_log_alert"\` scoped to the subscription with \`criteria { ${spec.operation ? `category = "Administrative", operation_name = "${spec.operation}"` : `category = "${spec.category}"`} }\` and an \`action\` that notifies the security team (azurerm 4.x also needs \`location = "global"\`). The quick fix adds one, with variables for the resource group, the subscription and the action group.`,
      links: ['https://learn.microsoft.com/azure/azure-monitor/alerts/activity-log-alerts', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_activity_log_alert'],
      ...byConcept('change-alerting', { cis: { 'cis-azure-6.0.0': [spec.cis] } }),
      levels: { 'cis-azure-6.0.0': 1 },
      resourceTypes: { terraform: ['azurerm_monitor_activity_log_alert'] },
      fix: 'unsafe',
    },
    check(model, ctx) {
      if (ctx.platform !== 'terraform') return;
      const undecided: [Alert, Unknown][] = [];
      let found = false;
      for (const a of catalogOf(model, 'azure.monitor.activity-log-alert')) {
        const m = matches(a, spec);
        if (m instanceof Unknown) undecided.push([a, m]);
        if (m !== true) continue;
        found = true;
        const on = a.attrs.enabled;
        if (on.value instanceof Unknown) ctx.cannotVerify(a, on, on.value, `whether the alert on ${spec.event} is on`);
        else if (on.value === false) ctx.report(a, on, `The activity log alert on ${spec.event} is turned off.`, { fixes: setFix('enable', 'Turn the alert on', 'unsafe', [on, lit(true)]) });
        else ctx.present(a);
      }
      if (found) return;
      if (undecided.length > 0) {
        for (const [a, u] of undecided) ctx.cannotVerify(a, a, u, `whether this alert watches ${spec.event}`);
        return;
      }
      ctx.reportMissing(`No activity log alert on ${spec.event} is defined in this module (\`azurerm_monitor_activity_log_alert\` with ${what}).`, { fixes: addAlert(model, ctx, spec) });
    },
  });
}
