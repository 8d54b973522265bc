// SPDX-License-Identifier: Apache-2.0
// Google Cloud networking (google / google-beta providers): Cloud DNS zones, VPC firewall rules, subnets,
// SSL policies and the proxies that use them. Terraform-only kinds: google-beta resources have the same
// type names (a `provider = google-beta` argument selects the provider), so one type list covers both.
import type { CatalogKind } from './types';

export const GCP_NETWORK = [
  {
    kind: 'gcp.dns.managed-zone',
    terraform: ['google_dns_managed_zone'],
    attrs: {
      /** `public` (default) or `private`: DNSSEC applies to public zones only. */
      visibility: { type: 'string', terraform: ['visibility'], default: 'public', readOnly: true },
      /** `on`, `off` or `transfer`; with no `dnssec_config` block the zone is unsigned. */
      dnssecState: { type: 'string', terraform: ['dnssec_config', 'state'] },
    },
    lists: {
      /** The signing keys' algorithms; absent specs mean Cloud DNS's default (RSASHA256). */
      keySpecs: { terraform: ['dnssec_config', 'default_key_specs'], attrs: { algorithm: { type: 'string', terraform: ['algorithm'] }, keyType: { type: 'string', terraform: ['key_type'] } } },
    },
  },
  {
    kind: 'gcp.compute.firewall',
    terraform: ['google_compute_firewall'],
    attrs: {
      name: { type: 'string', terraform: ['name'], readOnly: true },
      direction: { type: 'string', terraform: ['direction'], default: 'INGRESS' },
      disabled: { type: 'bool', terraform: ['disabled'], default: false },
      sourceRanges: { type: 'list', terraform: ['source_ranges'] },
      sourceTags: { type: 'list', terraform: ['source_tags'], readOnly: true },
      sourceServiceAccounts: { type: 'list', terraform: ['source_service_accounts'], readOnly: true },
    },
    lists: {
      /** Ports absent: every port of the protocol. */
      allow: { terraform: ['allow'], attrs: { protocol: { type: 'string', terraform: ['protocol'] }, ports: { type: 'list', terraform: ['ports'] } } },
    },
  },
  {
    kind: 'gcp.compute.subnetwork',
    terraform: ['google_compute_subnetwork'],
    attrs: {
      /** Proxy-only and Private Service Connect subnets carry no VM traffic: flow logs do not apply. */
      purpose: { type: 'string', terraform: ['purpose'], default: 'PRIVATE', readOnly: true },
      /** Provider 3.x also had `enable_flow_logs` (removed in 4.0). */
      legacyFlowLogs: { type: 'bool', terraform: ['enable_flow_logs'], readOnly: true },
      aggregationInterval: { type: 'string', terraform: ['log_config', 'aggregation_interval'], default: 'INTERVAL_5_SEC' },
      flowSampling: { type: 'number', terraform: ['log_config', 'flow_sampling'], default: 0.5 },
      metadata: { type: 'string', terraform: ['log_config', 'metadata'], default: 'INCLUDE_ALL_METADATA' },
    },
    lists: {
      /** At most one block; its presence turns flow logs on. */
      logConfig: { terraform: ['log_config'], attrs: { filter: { type: 'string', terraform: ['filter_expr'] } } },
    },
  },
  {
    kind: 'gcp.compute.ssl-policy',
    terraform: ['google_compute_ssl_policy', 'google_compute_region_ssl_policy'],
    attrs: {
      profile: { type: 'string', terraform: ['profile'], default: 'COMPATIBLE' },
      minTlsVersion: { type: 'string', terraform: ['min_tls_version'], default: 'TLS_1_0' },
      customFeatures: { type: 'list', terraform: ['custom_features'] },
    },
  },
  {
    /** HTTPS and SSL proxies of load balancers: without `ssl_policy` they use Google's default policy (COMPATIBLE, TLS 1.0). */
    kind: 'gcp.compute.ssl-proxy',
    terraform: ['google_compute_target_https_proxy', 'google_compute_region_target_https_proxy', 'google_compute_target_ssl_proxy'],
    attrs: {
      sslPolicy: { type: 'string', terraform: ['ssl_policy'] },
    },
  },
] as const satisfies readonly CatalogKind[];
