// SPDX-License-Identifier: Apache-2.0
// IAM policy documents, normalized from JSON strings, jsonencode() objects, aws_iam_policy_document data
// sources and CloudFormation PolicyDocument maps. Values that cannot be known stay Unknown per field, so a
// statement with an unknown Resource can still be judged on its Action.

import type { Unknown } from '../../core/value';
import type { Attr } from '../attr';
import type { ModelResource } from '../resource';
import type { SourceRef } from '../source';

export interface PolicyDocument {
  statements: PolicyStatement[];
}

export interface PolicyStatement {
  ref: SourceRef;
  sid: string | null;
  effect: 'Allow' | 'Deny' | Unknown;
  /** Each entry a string or an Unknown; `notActions` true when written as NotAction. */
  actions: (string | Unknown)[];
  notActions: boolean;
  resources: (string | Unknown)[];
  notResources: boolean;
  /** Principals as written: `"*"` becomes [{type:'*', values:['*']}]. Empty when the statement has none. */
  principals: { type: string; values: (string | Unknown)[] }[];
  /** True when written as NotPrincipal / not_principals: everyone EXCEPT `principals`. */
  notPrincipals: boolean;
  /** Set when the Condition (or one of its operator blocks) is itself unknown (`Condition = var.x`). */
  conditionUnknown?: Unknown;
  /** Condition blocks: operator, key, values. */
  conditions: { operator: string; key: string; values: (string | Unknown)[] }[];
  /**
   * Set for a statement that may not exist: it stands for the statements of a Terraform dynamic block
   * whose for_each is unknown. A rule looking for a bad statement judges it like any other; a rule that
   * needs a good statement to exist must not count it (the Unknown says what decides it).
   */
  maybe?: Unknown;
}

/** A policy attached somewhere: a managed policy, an inline role/user/group policy, a data document. */
export interface IamPolicy extends ModelResource {
  /** `managed`, `inline`, `document` (a data source / template-only document). */
  policyKind: 'managed' | 'inline' | 'document';
  document: Attr<PolicyDocument>;
}

/** An IAM role, for what is about the role itself rather than its permissions: who may assume it. */
export interface IamRole extends ModelResource {
  /** `assume_role_policy` / `AssumeRolePolicyDocument`: statements with `principals`. Its location is null: no fix writes it. */
  trustPolicy: Attr<PolicyDocument>;
}
