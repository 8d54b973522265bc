// SPDX-License-Identifier: Apache-2.0
// Google Cloud project-level controls (google / google-beta): log sinks, log-based metrics, alert
// policies, Cloud DNS policies, enabled services, Access Approval, load balancer logging, projects and VPC
// networks (the default and legacy network checks). Terraform-only kinds.
import type { CatalogKind } from './types';

export const GCP_LOGGING = [
  {
    kind: 'gcp.logging.sink',
    terraform: ['google_logging_project_sink', 'google_logging_folder_sink', 'google_logging_organization_sink', 'google_logging_billing_account_sink'],
    attrs: {
      /** Empty or absent: every log entry. */
      filter: { type: 'string', terraform: ['filter'] },
      /** `storage.googleapis.com/BUCKET`, `bigquery.googleapis.com/...`, `pubsub.googleapis.com/...`, `logging.googleapis.com/...`. */
      destination: { type: 'string', terraform: ['destination'], readOnly: true },
      disabled: { type: 'bool', terraform: ['disabled'], default: false },
      includeChildren: { type: 'bool', terraform: ['include_children'], default: false },
    },
    lists: {
      exclusions: { terraform: ['exclusions'], attrs: { filter: { type: 'string', terraform: ['filter'] }, disabled: { type: 'bool', terraform: ['disabled'], default: false } } },
    },
  },
  {
    kind: 'gcp.logging.metric',
    terraform: ['google_logging_metric'],
    attrs: {
      name: { type: 'string', terraform: ['name'], readOnly: true },
      filter: { type: 'string', terraform: ['filter'] },
      disabled: { type: 'bool', terraform: ['disabled'], default: false },
    },
  },
  {
    kind: 'gcp.monitoring.alert-policy',
    terraform: ['google_monitoring_alert_policy'],
    attrs: {
      enabled: { type: 'bool', terraform: ['enabled'], default: true },
      notificationChannels: { type: 'list', terraform: ['notification_channels'] },
    },
    lists: {
      conditions: {
        terraform: ['conditions'],
        attrs: {
          thresholdFilter: { type: 'string', terraform: ['condition_threshold', 'filter'], readOnly: true },
          absentFilter: { type: 'string', terraform: ['condition_absent', 'filter'], readOnly: true },
          mql: { type: 'string', terraform: ['condition_monitoring_query_language', 'query'], readOnly: true },
          promql: { type: 'string', terraform: ['condition_prometheus_query_language', 'query'], readOnly: true },
        },
      },
    },
  },
  {
    kind: 'gcp.dns.policy',
    terraform: ['google_dns_policy'],
    attrs: {
      enableLogging: { type: 'bool', terraform: ['enable_logging'], default: false },
    },
    lists: {
      networks: { terraform: ['networks'], attrs: { networkUrl: { type: 'string', terraform: ['network_url'], readOnly: true } } },
    },
  },
  {
    kind: 'gcp.project.service',
    terraform: ['google_project_service'],
    attrs: {
      service: { type: 'string', terraform: ['service'], readOnly: true },
      disableOnDestroy: { type: 'bool', terraform: ['disable_on_destroy'], default: true },
    },
  },
  {
    kind: 'gcp.project.services',
    terraform: ['google_project_services'],
    attrs: {
      services: { type: 'list', terraform: ['services'], readOnly: true },
    },
  },
  {
    kind: 'gcp.accessapproval.settings',
    terraform: ['google_project_access_approval_settings', 'google_folder_access_approval_settings', 'google_organization_access_approval_settings'],
    attrs: {},
    lists: {
      enrolledServices: { terraform: ['enrolled_services'], attrs: { cloudProduct: { type: 'string', terraform: ['cloud_product'] } } },
    },
  },
  {
    kind: 'gcp.compute.backend-service',
    terraform: ['google_compute_backend_service', 'google_compute_region_backend_service'],
    attrs: {
      logEnable: { type: 'bool', terraform: ['log_config', 'enable'], default: false },
      loadBalancingScheme: { type: 'string', terraform: ['load_balancing_scheme'] },
      protocol: { type: 'string', terraform: ['protocol'] },
    },
  },
  {
    kind: 'gcp.project',
    terraform: ['google_project'],
    attrs: {
      /** True by default: the project is created with the `default` auto mode network. */
      autoCreateNetwork: { type: 'bool', terraform: ['auto_create_network'], default: true },
      projectId: { type: 'string', terraform: ['project_id'], readOnly: true },
    },
  },
  {
    kind: 'gcp.compute.network',
    terraform: ['google_compute_network'],
    attrs: {
      name: { type: 'string', terraform: ['name'], readOnly: true },
      autoCreateSubnetworks: { type: 'bool', terraform: ['auto_create_subnetworks'], default: true },
      /** google provider 2.x and earlier: a legacy (non-VPC) network's single IPv4 range. */
      ipv4Range: { type: 'string', terraform: ['ipv4_range'] },
    },
  },
] as const satisfies readonly CatalogKind[];
