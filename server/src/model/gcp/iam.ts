// SPDX-License-Identifier: Apache-2.0
// Google Cloud IAM as one normalized model. Terraform writes the same grant in many shapes: one member of
// a role (`google_*_iam_member`), all members of a role (`google_*_iam_binding`), the whole policy of a
// resource (`google_*_iam_policy` with `policy_data` from a `data "google_iam_policy"` or JSON), and the
// inline `access` blocks of a BigQuery dataset (and `google_bigquery_dataset_access`). Each becomes a
// `GcpIamPolicy` (one per Terraform resource instance) holding `GcpIamBinding`s: a role, its members and an
// optional condition, on a scope (project, organization, folder, bucket, dataset, KMS key or key ring,
// service account). Rules on roles and members ("no public members", "no admin role for service
// accounts", separation of duties) read bindings and never the shapes (docs/gcp-iam.md).
//
// Nothing is dropped silently: a role or member that cannot be known (a variable without a value, a `for`
// expression over one, a dynamic binding block over an unknown collection) is an Unknown that says why.

import type { Unknown } from '../../core/value';
import type { Attr } from '../attr';
import type { ModelResource } from '../resource';
import type { SourceRef } from '../source';

export type GcpIamScopeKind = 'project' | 'organization' | 'folder' | 'bucket' | 'dataset' | 'kms-crypto-key' | 'kms-key-ring' | 'service-account';

/**
 * How much of the scope's policy the resource states: `member` adds one member to a role, `binding` states
 * every member of one role, `policy` states the whole policy, `access` is a BigQuery dataset access entry,
 * `audit` is a `google_*_iam_audit_config` (audit logging of one service, no bindings).
 */
export type GcpIamAuthority = 'member' | 'binding' | 'policy' | 'access' | 'audit';

export interface GcpIamScope {
  kind: GcpIamScopeKind;
  /**
   * The attribute naming the scope (`project`, `org_id`, `folder`, `bucket`, `dataset_id`, `crypto_key_id`,
   * `key_ring_id`, `service_account_id`); absent `project` means the provider's project. For a dataset's own
   * `access` blocks, the dataset's `dataset_id`.
   */
  id: Attr<string>;
  /** The address of the resource of this module the scope attribute references (`google_storage_bucket.logs`), if any. */
  resource: string | null;
}

export interface GcpIamMember {
  /**
   * The member in IAM form (`user:a@example.com`, `serviceAccount:...`, `group:...`, `domain:...`,
   * `allUsers`, `allAuthenticatedUsers`, `projectOwner:...`, `principal://...`), or an Unknown saying why it
   * cannot be known. BigQuery access entries are converted (`special_group = "allAuthenticatedUsers"` →
   * `allAuthenticatedUsers`, `user_by_email = "a@x"` → `user:a@x`, `group_by_email`, `domain`).
   */
  value: string | Unknown;
  /** Where the member is written: the `member` attribute, the list item, the access entry's attribute. */
  ref: SourceRef;
}

export interface GcpIamCondition {
  title: Attr<string>;
  expression: Attr<string>;
}

export interface GcpIamBinding {
  /** The binding: its `binding` block, or the resource's header. */
  ref: SourceRef;
  role: Attr<string>;
  members: GcpIamMember[];
  /**
   * The attribute the members are written in (`member` or `members`; an access entry's member attribute),
   * for fixes that rewrite it; null when the binding comes from a policy document other than HCL blocks.
   */
  membersAttr: Attr<unknown> | null;
  /** Whether `membersAttr` holds one member (`member = "..."`) or a list (`members = [...]`). */
  single: boolean;
  condition: GcpIamCondition | null;
  /** Set when the binding may not exist: a dynamic `binding` block whose for_each is unknown. */
  maybe?: Unknown;
}

/** An audit log configuration: which log types a service records, and who is exempted. */
export interface GcpAuditLogConfig {
  ref: SourceRef;
  logType: Attr<string>;
  exemptedMembers: GcpIamMember[];
  exemptedAttr: Attr<unknown>;
}

export interface GcpAuditConfig {
  /** The `audit_config` block, or the resource's header for `google_*_iam_audit_config`. */
  ref: SourceRef;
  service: Attr<string>;
  logConfigs: GcpAuditLogConfig[];
  /** Set when the log configs cannot all be read (a dynamic block over an unknown collection). */
  unknown: Unknown | null;
}

/** One Terraform IAM resource instance, or a BigQuery dataset with inline `access` blocks. */
export interface GcpIamPolicy extends ModelResource {
  scope: GcpIamScope;
  authority: GcpIamAuthority;
  bindings: GcpIamBinding[];
  /**
   * Audit configurations the resource states: a `google_*_iam_audit_config` (one), or the `audit_config`
   * entries of a whole policy.
   */
  auditConfigs: GcpAuditConfig[];
  /** Set when the bindings themselves cannot be read: `policy_data = var.policy`, an unreadable JSON text. */
  unknown: Unknown | null;
  /** The data "google_iam_policy" the bindings come from (`data.google_iam_policy.admin`), if any. */
  policyData?: string;
}

/** The Terraform type prefix of each scope's IAM resources (`_member`, `_binding`, `_policy`, and `_audit_config` for the first three). */
export const GCP_IAM_PREFIX: Readonly<Record<GcpIamScopeKind, string>> = {
  project: 'google_project_iam',
  organization: 'google_organization_iam',
  folder: 'google_folder_iam',
  bucket: 'google_storage_bucket_iam',
  dataset: 'google_bigquery_dataset_iam',
  'kms-crypto-key': 'google_kms_crypto_key_iam',
  'kms-key-ring': 'google_kms_key_ring_iam',
  'service-account': 'google_service_account_iam',
};

/** The Terraform types that grant roles on scopes of `kinds` (rules' `resourceTypes`); BigQuery access resources with `dataset`. */
export function gcpIamTypes(...kinds: GcpIamScopeKind[]): string[] {
  const out: string[] = [];
  for (const k of kinds) {
    const p = GCP_IAM_PREFIX[k];
    out.push(`${p}_member`, `${p}_binding`, `${p}_policy`);
    if (k === 'dataset') out.push('google_bigquery_dataset', 'google_bigquery_dataset_access');
  }
  return out;
}

/** The audit configuration types (`google_project_iam_audit_config`, organization, folder). */
export const GCP_AUDIT_CONFIG_TYPES: readonly string[] = ['google_project_iam_audit_config', 'google_organization_iam_audit_config', 'google_folder_iam_audit_config'];

/** Members anyone on the internet has (anonymous or any Google account). */
export const PUBLIC_MEMBERS: readonly string[] = ['allUsers', 'allAuthenticatedUsers'];

/** `user:A@x` → `user`; `allUsers` → `allUsers`; `principal://...` → `principal`. */
export function memberType(member: string): string {
  const i = member.indexOf(':');
  return i < 0 ? member : member.slice(0, i);
}
