// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, localName, refersTo, Unknown } from '../../api';
import type { FixValue } from '../../api';
import { addAzureResource, categoriesOf, diagnosticSettingsOf, hasDestination, workspacePlaceholder } from '../../lib/azure-account';

export default defineCatalogRule({
  kind: 'azure.keyvault.vault',
  meta: {
    id: 'AZURE-MONITOR-004',
    name: 'monitor-keyvault-logging',
    title: 'Key vault access is logged',
    severity: 'medium',
    description:
      'Each key vault has an `azurerm_monitor_diagnostic_setting` whose `target_resource_id` refers to it, with a destination and the `AuditEvent` category (an `enabled_log { category = "AuditEvent" }` block, a 3.x `log` block, or the `audit` / `allLogs` category group). A vault with no such setting is reported on the vault, a setting without the category on the setting; when some setting\'s target comes from a variable, "cannot verify". Same names in azurerm 3.x and 4.x.',
    rationale:
      'Every read of a secret or use of a key is an audit event. Without them, nobody can tell after the fact who read which secret, and unusual access to the vault goes unnoticed.',
    remediation:
      'Add `resource "azurerm_monitor_diagnostic_setting"` with `target_resource_id = azurerm_key_vault.<name>.id`, a Log Analytics workspace (or storage account) and `enabled_log { category = "AuditEvent" }`. The quick fix adds one with a variable for the workspace id.',
    links: ['https://learn.microsoft.com/azure/key-vault/general/logging', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_diagnostic_setting'],
    ...byConcept('audit-logging', { cis: { 'cis-azure-6.0.0': ['6.1.1.4'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_key_vault'] },
    fix: 'unsafe',
  },
  check(vault, ctx) {
    if (vault.platform !== 'terraform') return;
    const settings = diagnosticSettingsOf(ctx.model)(vault.address);
    let hidden: Unknown | null = null;
    for (const s of settings) {
      const target = s.attrs.targetResourceId.value;
      if (!refersTo(target, vault, 'id')) {
        // A variable or module output may name this vault; another resource's id or a literal does not.
        if (target instanceof Unknown && target.ref.kind !== 'resource' && target.ref.kind !== 'data') hidden ??= target;
        continue;
      }
      const { enabled, groups, unknown, legacy } = categoriesOf(s);
      const audited = enabled.has('auditevent') || groups.has('audit') || groups.has('alllogs');
      if (audited && hasDestination(s)) return;
      if (!audited && unknown) {
        hidden ??= unknown;
        continue;
      }
      if (!audited) {
        ctx.report(s, 'This diagnostic setting of the key vault does not export the AuditEvent category, so access to secrets and keys is not logged.', {
          fixes: legacy ? [] : [{ id: 'add-audit-event', title: 'Export AuditEvent', safety: 'unsafe', ops: [{ op: 'set', location: { target: s.target, path: ['enabled_log#AuditEvent', 'category'] }, value: lit('AuditEvent') }] }],
        });
        return;
      }
      ctx.report(s, 'This diagnostic setting of the key vault names no destination, so its audit events are not kept.');
      return;
    }
    if (hidden) {
      ctx.cannotVerify(vault, hidden, 'whether access to this key vault is logged');
      return;
    }
    const id: FixValue = { kind: 'reference', terraform: `${vault.address}.id`, cloudformation: { ref: '' } };
    ctx.report(vault, 'No diagnostic setting logs access to this key vault (AuditEvent), so reads of its secrets and keys leave no record.', {
      fixes: addAzureResource(ctx.model, vault, 'add-vault-logging', 'Log key vault access to Log Analytics (fill in the workspace)', 'azurerm_monitor_diagnostic_setting', `${localName(vault)}_audit`, [
        [['name'], lit(`${localName(vault)}-audit`)],
        [['target_resource_id'], id],
        [['log_analytics_workspace_id'], workspacePlaceholder(vault)],
        [['enabled_log', 'category'], lit('AuditEvent')],
      ]),
    });
  },
});
