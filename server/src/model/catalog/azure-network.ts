// SPDX-License-Identifier: Apache-2.0
// Azure network security groups (azurerm): rules inline in the group (`security_rule` blocks, or the
// attribute-list form `security_rule = [{ ... }]`) and rules as their own resource. Terraform-only kinds.
import type { CatalogAttr, CatalogKind } from './types';

/** One NSG rule's settings, the same in both shapes. Single and plural forms are separate attrs. */
const RULE: Record<string, CatalogAttr> = {
  name: { type: 'string', terraform: ['name'] },
  direction: { type: 'string', terraform: ['direction'] },
  access: { type: 'string', terraform: ['access'] },
  protocol: { type: 'string', terraform: ['protocol'] },
  sourcePrefix: { type: 'string', terraform: ['source_address_prefix'] },
  sourcePrefixes: { type: 'list', terraform: ['source_address_prefixes'] },
  destinationPortRange: { type: 'string', terraform: ['destination_port_range'] },
  destinationPortRanges: { type: 'list', terraform: ['destination_port_ranges'] },
};

/**
 * One kind for both shapes, so one rule sees every NSG rule: for `azurerm_network_security_group` the
 * `rules` list holds the inline rules (root attrs are absent); for `azurerm_network_security_rule` the
 * root attrs are the rule (the list is empty).
 */
export const AZURE_NETWORK = [
  {
    kind: 'azure.network.security-rules',
    terraform: ['azurerm_network_security_group', 'azurerm_network_security_rule'],
    attrs: RULE,
    lists: { rules: { terraform: ['security_rule'], attrs: RULE } },
  },
  {
    kind: 'azure.network.application-gateway',
    terraform: ['azurerm_application_gateway'],
    attrs: {
      /** Same name in azurerm 3.x and 4.x; default false. */
      http2: { type: 'bool', terraform: ['enable_http2'], default: false },
    },
  },
] as const satisfies readonly CatalogKind[];
