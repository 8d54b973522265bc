// SPDX-License-Identifier: Apache-2.0
// The account password policy, shared by the password rules: its catalog kind and the complete policy a
// "missing" fix writes (compliant for every password rule, so applying one rule's fix satisfies the others).

import { lit } from '../api';
import type { NewResource } from './account-controls';

export const PASSWORD_POLICY_KIND = 'aws.iam.account-password-policy';

export function compliantPasswordPolicy(): NewResource {
  return {
    terraform: {
      type: 'aws_iam_account_password_policy',
      name: 'account',
      values: [
        [['minimum_password_length'], lit(14)],
        [['password_reuse_prevention'], lit(24)],
      ],
    },
  };
}
