// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineModuleRule, lit } from '../../api';
import type { FixOp } from '../../api';
import { ACTIVITY_CATEGORIES, activityLogSettingFix, activityLogSettings, categoriesOf } from '../../lib/azure-account';

export default defineModuleRule({
  meta: {
    id: 'AZURE-MONITOR-002',
    name: 'monitor-activity-log-categories',
    title: 'The activity log export keeps the Administrative, Alert, Policy and Security categories',
    severity: 'medium',
    description:
      'Each diagnostic setting that exports the subscription activity log (see AZURE-MONITOR-001 for how one is recognised) enables the `Administrative`, `Alert`, `Policy` and `Security` categories: `enabled_log { category = ... }` blocks (azurerm 3.39+ and 4.x), or the 3.x `log { category = ..., enabled = true }` blocks, or a `category_group = "allLogs"`. A setting without one of them is reported on it; no setting in any module gives one project-level finding.',
    rationale:
      'An export that leaves out a category leaves out exactly the events an investigation needs: Administrative holds every create, update and delete; Security the Defender for Cloud alerts; Policy the policy decisions; Alert the fired alerts.',
    remediation:
      'Add an `enabled_log { category = "<name>" }` block for each missing category to the subscription\'s diagnostic setting (with 3.x `log` blocks, add or enable `log` blocks instead). The quick fix adds the missing `enabled_log` blocks (or the whole setting); it offers nothing for settings written with 3.x `log` blocks, which cannot be mixed with `enabled_log`.',
    links: ['https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log-schema', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting#enabled_log'],
    ...byConcept('activity-log-export', { cis: { 'cis-azure-6.0.0': ['6.1.1.2'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_monitor_diagnostic_setting'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const { settings, undecided } = activityLogSettings(model);
    for (const s of settings) {
      const { enabled, groups, unknown, legacy } = categoriesOf(s);
      if (groups.has('alllogs')) {
        ctx.present(s);
        continue;
      }
      const missing = ACTIVITY_CATEGORIES.filter((c) => !enabled.has(c.toLowerCase()));
      if (missing.length === 0) ctx.present(s);
      else if (unknown) ctx.cannotVerify(s, s, unknown, 'which categories the activity log export keeps');
      else {
        const ops: FixOp[] = missing.map((c) => ({ op: 'set', location: { target: s.target, path: [`enabled_log#${c}`, 'category'] }, value: lit(c) }));
        ctx.report(s, s, `The activity log export leaves out ${missing.join(', ')}, so those events are kept for 90 days only.`, {
          fixes: legacy ? [] : [{ id: 'add-categories', title: `Export ${missing.join(', ')} too`, safety: 'unsafe', ops }],
        });
      }
    }
    if (settings.length > 0) return;
    if (undecided.length > 0) {
      for (const [s, u] of undecided) ctx.cannotVerify(s, s.attrs.targetResourceId, u, 'whether this diagnostic setting exports the subscription activity log');
      return;
    }
    ctx.reportMissing('The subscription activity log is not exported in this module, so none of its categories is kept beyond 90 days.', { fixes: activityLogSettingFix(model, ctx) });
  },
});
