// SPDX-License-Identifier: Apache-2.0
// Settings that hold a credential by definition, outside any resource: the arguments of a Terraform
// `provider "aws"` block (`access_key`, `secret_key`, `token`, a web identity token) and the `Default` of a
// CloudFormation parameter declared `NoEcho: true` (the template itself says the value is secret).

import type { Attr } from '../attr';
import type { ModelResource } from '../resource';

export type CredentialSettingKind = 'access-key' | 'secret-key' | 'session-token' | 'web-identity-token' | 'noecho-default';

export interface CredentialSetting extends ModelResource {
  kind: CredentialSettingKind;
  /** As written: `access_key`, `assume_role_with_web_identity.web_identity_token`, or the parameter's name. */
  name: string;
  /**
   * The value (Terraform: evaluated, so a variable's default counts; CloudFormation: the `Default` as
   * written). A provider argument has a location (a fix can move it to a variable); a Default has none.
   */
  value: Attr<unknown>;
}
