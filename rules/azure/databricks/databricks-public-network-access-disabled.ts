// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'azure.databricks.workspace',
  meta: {
    id: 'AZURE-DATABRICKS-001',
    name: 'databricks-public-network-access-disabled',
    title: 'Databricks workspaces turn off public network access',
    severity: 'medium',
    description:
      'Azure Databricks workspaces set `public_network_access_enabled = false`, so the workspace UI and REST API answer only through private endpoints (Private Link). The setting (same name in azurerm 3.x and 4.x) defaults to true.',
    rationale:
      'A workspace reachable from the internet lets a stolen personal access token or session be used from anywhere to run code on clusters that can read your data. Closing public access ties every use of the workspace to networks you control.',
    remediation:
      'Set up front-end Private Link (`azurerm_private_endpoint` with `subresource_names = ["databricks_ui_api"]`), set `public_network_access_enabled = false` and `network_security_group_rules_required = "NoAzureDatabricksRules"`. The quick fix is unsafe: users and tools outside the private networks lose access.',
    links: ['https://learn.microsoft.com/azure/databricks/security/network/front-end/front-end-private-connect', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/databricks_workspace#public_network_access_enabled'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['2.1.10'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_databricks_workspace'] },
    fix: 'unsafe',
  },
  check(workspace, ctx) {
    const attr = workspace.attrs.publicNetworkAccess!;
    requireValue(ctx, attr, false, 'whether the Databricks workspace is reachable from public networks', attr.present ? 'The Databricks workspace is reachable from public networks.' : 'The Databricks workspace is reachable from public networks (`public_network_access_enabled` defaults to true).', {
      id: 'disable-public-network-access',
      title: 'Turn off public network access',
      safety: 'unsafe',
    });
  },
});
