// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { requirePrivateEndpoint } from '../../lib/azure';

/** Every storage sub-resource a private endpoint can connect to. */
const SUBRESOURCES = ['blob', 'blob_secondary', 'file', 'file_secondary', 'queue', 'queue_secondary', 'table', 'table_secondary', 'web', 'web_secondary', 'dfs', 'dfs_secondary'];

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-017',
    name: 'storage-private-endpoint',
    title: 'Storage accounts are reached through private endpoints',
    severity: 'low',
    description:
      'Each Azure storage account is the target of an `azurerm_private_endpoint` of the same module: a `private_service_connection` whose `private_connection_resource_id` refers to the account and whose `subresource_names` name a storage service (`blob`, `file`, `queue`, `table`, `web`, `dfs`, or their `_secondary` forms). An endpoint whose target comes from outside the module (a variable, a data source) makes the result "cannot verify". Same names in azurerm 3.x and 4.x.',
    rationale:
      'A private endpoint gives the account an address inside your virtual network, so clients reach it without crossing the internet, and the public endpoint can then be closed. It also makes data exfiltration to other accounts harder to hide among allowed traffic.',
    remediation:
      'Add an `azurerm_private_endpoint` in a subnet of your network with `private_service_connection { private_connection_resource_id = <account>.id, subresource_names = ["blob"], is_manual_connection = false }` (one per service you use) and a private DNS zone group. The quick fix adds the endpoint for `blob` with a variable for the subnet; it is unsafe because clients must resolve the private address to use it.',
    links: ['https://learn.microsoft.com/azure/storage/common/storage-private-endpoints', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/private_endpoint'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['9.3.2.1'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    aliases: { checkov: ['CKV2_AZURE_33'] },
    fix: 'unsafe',
  },
  check(account, ctx) {
    requirePrivateEndpoint(ctx, account, {
      subresources: SUBRESOURCES,
      fixSubresource: account.attrs.accountKind.value === 'FileStorage' ? 'file' : 'blob',
      what: 'whether the storage account is reached through a private endpoint',
      message: 'No private endpoint of this module connects to the storage account.',
    });
  },
});
