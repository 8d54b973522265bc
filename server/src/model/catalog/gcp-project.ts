// SPDX-License-Identifier: Apache-2.0
// Google Cloud project- and organization-level controls that are resources of their own (google /
// google-beta): VPC Service Controls perimeters, Private Service Connect endpoints for Google APIs, OS
// patch deployments. Terraform-only kinds; the rules over them are account-level (module) rules.
import type { CatalogKind } from './types';

export const GCP_PROJECT = [
  {
    /** One perimeter, or several in the `_perimeters` resource (the `service_perimeters` list). */
    kind: 'gcp.accesscontextmanager.perimeter',
    terraform: ['google_access_context_manager_service_perimeter', 'google_access_context_manager_service_perimeters'],
    attrs: {
      restrictedServices: { type: 'list', terraform: ['status', 'restricted_services'] },
      /** Dry-run perimeters only log what they would block. */
      dryRunOnly: { type: 'bool', terraform: ['use_explicit_dry_run_spec'], default: false, readOnly: true },
    },
    lists: {
      perimeters: { terraform: ['service_perimeters'], attrs: { restrictedServices: { type: 'list', terraform: ['status', 'restricted_services'] } } },
    },
  },
  {
    /** Global forwarding rules: a Private Service Connect endpoint for Google APIs targets `all-apis` or `vpc-sc`. */
    kind: 'gcp.compute.global-forwarding-rule',
    terraform: ['google_compute_global_forwarding_rule'],
    attrs: {
      target: { type: 'string', terraform: ['target'], readOnly: true },
    },
  },
  {
    kind: 'gcp.osconfig.patch-deployment',
    terraform: ['google_os_config_patch_deployment'],
    attrs: {},
    lists: {
      /** A one-time deployment patches once; a recurring schedule keeps VMs current. */
      recurringSchedule: { terraform: ['recurring_schedule'], attrs: { frequency: { type: 'string', terraform: ['frequency'] } } },
    },
  },
] as const satisfies readonly CatalogKind[];
