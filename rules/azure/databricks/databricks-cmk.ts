// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineCatalogRule, placeholder, setFix, Unknown } from '../../api';
import { linkTo } from '../../lib/azure';
import { isResourceAttribute } from '../../lib/checks';

const WHAT = 'whether Databricks data is encrypted with a customer-managed key';

export default defineCatalogRule({
  kind: 'azure.databricks.workspace',
  meta: {
    id: 'AZURE-DATABRICKS-005',
    name: 'databricks-cmk',
    title: 'Databricks workspaces encrypt data with customer-managed keys',
    severity: 'low',
    description:
      'Every `azurerm_databricks_workspace` encrypts at least one of its data stores with a key you manage: notebooks and other managed services (`managed_services_cmk_key_vault_key_id`), cluster disks (`managed_disk_cmk_key_vault_key_id`), or the DBFS root (an `azurerm_databricks_workspace_root_dbfs_customer_managed_key`, 3.x also `azurerm_databricks_workspace_customer_managed_key`, whose `workspace_id` refers to the workspace). CIS asks this for workspaces holding critical data: suppress the finding on others. Customer-managed keys need the `premium` SKU.',
    rationale:
      'With Microsoft-managed keys, anyone who obtains the stored data through the platform can read it. A key in your own Key Vault lets you audit every use, rotate it on your schedule, and revoke it to make the data unreadable.',
    remediation:
      'Use `sku = "premium"`, set `managed_services_cmk_key_vault_key_id` (and `managed_disk_cmk_key_vault_key_id`) to a Key Vault key the workspace may use, and add a root DBFS customer-managed key with `customer_managed_key_enabled = true`. The quick fix sets the managed services key to a new variable; it is unsafe: the key must exist with the right access policy, and losing it makes the data unreadable.',
    links: ['https://learn.microsoft.com/azure/databricks/security/keys/customer-managed-keys', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/databricks_workspace#managed_services_cmk_key_vault_key_id'],
    ...byConcept('encryption-at-rest-customer-key', { cis: { 'cis-azure-6.0.0': ['2.1.8'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_databricks_workspace'] },
    fix: 'unsafe',
  },
  check(workspace, ctx) {
    const keys = [workspace.attrs.managedServicesCmkKeyId, workspace.attrs.managedDiskCmkKeyId];
    let open: { at: (typeof keys)[number]; u: Unknown } | null = null;
    for (const key of keys) {
      if (key.value instanceof Unknown) {
        if (isResourceAttribute(key.value)) return;
        open ??= { at: key, u: key.value };
      } else if (typeof key.value === 'string' && key.value !== '') return;
    }
    for (const dbfs of catalogOf(ctx.model, 'azure.databricks.root-dbfs-cmk')) {
      const link = linkTo(dbfs.attrs.workspaceId.value, workspace);
      if (link === 'this') return;
    }
    if (open) {
      ctx.cannotVerify(open.at, open.u, WHAT);
      return;
    }
    const key = workspace.attrs.managedServicesCmkKeyId;
    ctx.report(workspace, 'The Databricks workspace encrypts its data with Microsoft-managed keys only (no customer-managed key for managed services, disks or the DBFS root).', {
      fixes: setFix('managed-services-cmk', 'Encrypt managed services with a customer-managed key (adds a variable)', 'unsafe', [
        key,
        placeholder(workspace, 'databricks_managed_services_key_id', 'Versioned ID of the Key Vault key that encrypts Databricks managed services'),
      ]),
    });
  },
});
