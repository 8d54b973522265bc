// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requirePrivateEndpoint } from '../../lib/azure';

export default defineCatalogRule({
  kind: 'azure.databricks.workspace',
  meta: {
    id: 'AZURE-DATABRICKS-007',
    name: 'databricks-private-endpoint',
    title: 'Databricks workspaces are reached through private endpoints',
    severity: 'low',
    description:
      'Each `azurerm_databricks_workspace` is the target of an `azurerm_private_endpoint` of the same module whose `private_service_connection` refers to it with `subresource_names = ["databricks_ui_api"]` (front-end or back-end Private Link; `browser_authentication` alone does not carry API traffic). An endpoint whose target comes from outside the module makes the result "cannot verify". Private Link needs the `premium` SKU and VNet injection.',
    rationale:
      'A private endpoint lets users, jobs and clusters reach the workspace\'s web application and REST API from your networks without crossing the internet, which is what makes it possible to turn public access off.',
    remediation:
      'Add an `azurerm_private_endpoint` with `private_service_connection { private_connection_resource_id = azurerm_databricks_workspace.<name>.id, subresource_names = ["databricks_ui_api"], is_manual_connection = false }` and the `privatelink.azuredatabricks.net` DNS zone. The quick fix adds the endpoint with a variable for the subnet; it is unsafe because clients must resolve the private address.',
    links: ['https://learn.microsoft.com/azure/databricks/security/network/classic/private-link', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/private_endpoint'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['2.1.11'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_databricks_workspace'] },
    fix: 'unsafe',
  },
  check(workspace, ctx) {
    requirePrivateEndpoint(ctx, workspace, {
      subresources: ['databricks_ui_api'],
      fixSubresource: 'databricks_ui_api',
      what: 'whether the Databricks workspace is reached through a private endpoint',
      message: 'No private endpoint of this module connects to the Databricks workspace.',
    });
  },
});
