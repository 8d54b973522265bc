// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';

export default defineCatalogRule({
  kind: 'gcp.iam.service-account-key',
  meta: {
    id: 'GCP-IAM-001',
    name: 'iam-no-user-managed-sa-keys',
    title: 'Service accounts have no user-managed keys',
    severity: 'medium',
    description:
      'Every `google_service_account_key` is a user-managed key: a long-lived credential that exists outside Google Cloud (generated and returned to Terraform, which keeps it in state, or uploaded with `public_key_data`). The rule reports each one.',
    rationale:
      'Google-managed keys are rotated by Google and never leave it. A user-managed key is a file that works from anywhere until someone deletes it; it ends up in CI variables, laptops and Terraform state, and is the usual way service accounts are stolen.',
    remediation:
      'Let workloads use the service account attached to them (Compute Engine, GKE Workload Identity, Cloud Run), or Workload Identity Federation from outside Google Cloud, and delete the key resource. Where a key is unavoidable, rotate it (see GCP-IAM-004) and suppress this finding with the reason. No quick fix: removing a key breaks whatever uses it.',
    links: ['https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys', 'https://cloud.google.com/iam/docs/workload-identity-federation', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key'],
    ...byConcept('secrets-in-code', { cis: { 'cis-gcp-5.0.0': ['1.5'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: ['google_service_account_key'] },
    fix: 'none',
  },
  check(key, ctx) {
    const uploaded = key.attrs.publicKeyData.present;
    ctx.report(
      key,
      uploaded
        ? 'This uploaded service account key is user-managed: its private half lives outside Google Cloud and works until the key is deleted.'
        : 'This service account key is user-managed: Terraform receives its private key (and keeps it in state), and it works from anywhere until deleted.',
    );
  },
});
