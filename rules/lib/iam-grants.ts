// SPDX-License-Identifier: Apache-2.0
// Reading the `aws.iam.permission-grant` catalog kind (model/catalog/iam.ts): which managed policies a
// resource attaches, and to which principals.

import { Unknown } from '../api';
import type { Attr, CatalogResource } from '../api';

export const GRANT_KIND = 'aws.iam.permission-grant';

/** A list setting: its items (strings, Unknowns, or anything else as written), an Unknown for the whole list, or [] when absent. */
export function items(attr: Attr<unknown> | undefined): unknown[] | Unknown {
  if (!attr) return [];
  const v = attr.value;
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) return v as unknown[];
  if (v === undefined || v === null || v === '') return [];
  return [v];
}

/** `arn:aws:iam::aws:policy/NAME` in any partition, also when written with `${AWS::Partition}`-style text. */
export function isAwsManagedPolicy(arn: unknown, name: string): boolean {
  if (typeof arn === 'string') return new RegExp(`^arn:[^:]+:iam::aws:policy/(.*/)?${name}$`).test(arn);
  // A `!Sub` / interpolation whose text names the policy (the partition is the only unknown part).
  if (arn instanceof Unknown) return new RegExp(`:iam::aws:policy/(.*/)?${name}\\b`).test(arn.text ?? arn.detail);
  return false;
}

/**
 * The managed policy ARNs a grant resource attaches: `policy_arn` (attachment resources),
 * `managed_policy_arns` / `ManagedPolicyArns` (roles, users, groups), `policy_arns` (the
 * `*_policy_attachments_exclusive` resources), and an Identity Center permission set's managed policies
 * (`managed_policy_arn` of `aws_ssoadmin_managed_policy_attachment`, `ManagedPolicies`).
 */
export function attachedPolicies(r: CatalogResource): { attr: Attr<unknown>; arns: unknown[] | Unknown }[] {
  const out: { attr: Attr<unknown>; arns: unknown[] | Unknown }[] = [];
  for (const single of [r.attrs.policyArn, r.attrs.ssoManagedPolicyArn]) {
    // An unknown single ARN is still one item: its known text may name the policy (`arn:${partition}:...`).
    if (single?.present) out.push({ attr: single, arns: [single.value] });
  }
  for (const many of [r.attrs.managedPolicyArns, r.attrs.policyArns, r.attrs.ssoManagedPolicies]) {
    if (many?.present) out.push({ attr: many, arns: items(many) });
  }
  return out;
}

/** Whether a grant resource attaches to an Identity Center permission set rather than an IAM principal. */
export function isPermissionSet(r: CatalogResource): boolean {
  return r.sourceType === 'aws_ssoadmin_managed_policy_attachment' || r.sourceType === 'AWS::SSO::PermissionSet';
}

/** Whether the resource attaches its policies to at least one role (or is a role). */
export function attachesToRole(r: CatalogResource): boolean | Unknown {
  if (r.sourceType === 'aws_iam_role' || r.sourceType === 'AWS::IAM::Role' || r.sourceType === 'aws_iam_role_policy_attachment' || r.sourceType === 'aws_iam_role_policy_attachments_exclusive') return true;
  if (r.sourceType === 'aws_iam_policy_attachment') {
    const roles = items(r.attrs.roles);
    return roles instanceof Unknown ? roles : roles.length > 0;
  }
  return false;
}
