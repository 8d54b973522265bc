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
      /** `Standard_v2` or `WAF_v2` (v1 tiers are retired). */
      skuTier: { type: 'string', terraform: ['sku', 'tier'] },
      skuName: { type: 'string', terraform: ['sku', 'name'] },
      firewallPolicyId: { type: 'string', terraform: ['firewall_policy_id'] },
      wafEnabled: { type: 'bool', terraform: ['waf_configuration', 'enabled'] },
      /** `Predefined`, `Custom` or `CustomV2`; with no `ssl_policy` Azure applies its default predefined policy. */
      sslPolicyType: { type: 'string', terraform: ['ssl_policy', 'policy_type'] },
      sslPolicyName: { type: 'string', terraform: ['ssl_policy', 'policy_name'] },
      sslMinProtocol: { type: 'string', terraform: ['ssl_policy', 'min_protocol_version'] },
      sslDisabledProtocols: { type: 'list', terraform: ['ssl_policy', 'disabled_protocols'] },
    },
  },
  {
    kind: 'azure.network.waf-policy',
    terraform: ['azurerm_web_application_firewall_policy'],
    attrs: {
      /** Same name in azurerm 3.x and 4.x; default true. */
      requestBodyCheck: { type: 'bool', terraform: ['policy_settings', 'request_body_check'], default: true },
    },
    lists: {
      managedRuleSets: { terraform: ['managed_rules', 'managed_rule_set'], attrs: { type: { type: 'string', terraform: ['type'], default: 'OWASP' }, version: { type: 'string', terraform: ['version'] } } },
    },
  },
  {
    /** NSG flow logs (`network_security_group_id`, 3.x) and flow logs of any target (`target_resource_id`, 4.x: virtual networks). */
    kind: 'azure.network.flow-log',
    terraform: ['azurerm_network_watcher_flow_log'],
    attrs: {
      networkSecurityGroupId: { type: 'string', terraform: ['network_security_group_id'], readOnly: true },
      targetResourceId: { type: 'string', terraform: ['target_resource_id'], readOnly: true },
      retentionEnabled: { type: 'bool', terraform: ['retention_policy', 'enabled'] },
      retentionDays: { type: 'number', terraform: ['retention_policy', 'days'] },
      enabled: { type: 'bool', terraform: ['enabled'] },
    },
    lists: {
      trafficAnalytics: {
        terraform: ['traffic_analytics'],
        attrs: { enabled: { type: 'bool', terraform: ['enabled'] }, workspaceResourceId: { type: 'string', terraform: ['workspace_resource_id'], readOnly: true } },
      },
    },
  },
  {
    kind: 'azure.network.vpn-gateway',
    terraform: ['azurerm_virtual_network_gateway'],
    attrs: {
      /** Computed from the configured methods when not written. */
      vpnAuthTypes: { type: 'list', terraform: ['vpn_client_configuration', 'vpn_auth_types'] },
      aadTenant: { type: 'string', terraform: ['vpn_client_configuration', 'aad_tenant'] },
      radiusServerAddress: { type: 'string', terraform: ['vpn_client_configuration', 'radius_server_address'] },
    },
    lists: {
      clientConfiguration: { terraform: ['vpn_client_configuration'], attrs: { addressSpace: { type: 'list', terraform: ['address_space'] } } },
      rootCertificates: { terraform: ['vpn_client_configuration', 'root_certificate'], attrs: { name: { type: 'string', terraform: ['name'] } } },
      radiusServers: { terraform: ['vpn_client_configuration', 'radius_server'], attrs: { address: { type: 'string', terraform: ['address'] } } },
    },
  },
  {
    /** Virtual networks (DDoS protection). */
    kind: 'azure.network.virtual-network',
    terraform: ['azurerm_virtual_network'],
    attrs: {
      ddosPlanId: { type: 'string', terraform: ['ddos_protection_plan', 'id'] },
      ddosEnabled: { type: 'bool', terraform: ['ddos_protection_plan', 'enable'] },
      /** The region the network is in (Network Watcher is per region in use). */
      location: { type: 'string', terraform: ['location'], readOnly: true },
    },
  },
  {
    /**
     * Subnets in both shapes, so one rule sees every subnet: `azurerm_subnet` (root `name`; its network
     * security group is a separate association resource) and `azurerm_virtual_network`'s inline `subnet`
     * blocks or `subnet = [{ ... }]` (the `inline` list, with `security_group`).
     */
    kind: 'azure.network.subnets',
    terraform: ['azurerm_subnet', 'azurerm_virtual_network'],
    attrs: {
      name: { type: 'string', terraform: ['name'], readOnly: true },
    },
    lists: {
      inline: { terraform: ['subnet'], attrs: { name: { type: 'string', terraform: ['name'] }, securityGroup: { type: 'string', terraform: ['security_group'] } } },
    },
  },
  {
    kind: 'azure.network.subnet-nsg-association',
    terraform: ['azurerm_subnet_network_security_group_association'],
    attrs: {
      subnetId: { type: 'string', terraform: ['subnet_id'], readOnly: true },
      networkSecurityGroupId: { type: 'string', terraform: ['network_security_group_id'], readOnly: true },
    },
  },
  {
    kind: 'azure.network.private-endpoint',
    terraform: ['azurerm_private_endpoint'],
    attrs: {},
    lists: {
      connections: {
        terraform: ['private_service_connection'],
        attrs: { resourceId: { type: 'string', terraform: ['private_connection_resource_id'] }, subresources: { type: 'list', terraform: ['subresource_names'] } },
      },
    },
  },
  {
    /** PaaS resources a network security perimeter can hold that our rules model (storage accounts, key vaults). */
    kind: 'azure.network.nsp-candidate',
    terraform: ['azurerm_storage_account', 'azurerm_key_vault'],
    attrs: {},
  },
  {
    kind: 'azure.network.nsp-association',
    terraform: ['azurerm_network_security_perimeter_association'],
    attrs: {
      resourceId: { type: 'string', terraform: ['resource_id'], readOnly: true },
      accessMode: { type: 'string', terraform: ['access_mode'], readOnly: true },
    },
  },
] as const satisfies readonly CatalogKind[];
