// SPDX-License-Identifier: Apache-2.0
// Which IAM user an access key or a login profile belongs to (CIS AWS 1.1, 1.12). They name the user by a
// reference (`user = aws_iam_user.ops.name`, `UserName: !Ref Ops`) or by a literal name. Two credentials
// belong to the same user when they resolve to the same declared user, the same literal name, or the very
// same unknown input (`var.user_name` twice): equal expressions have equal values, even unknown ones.

import { catalogOf, Unknown } from '../api';
import type { CatalogResource, CatalogResourceOf, CloudModel, Platform } from '../api';

export const USER_KIND = 'aws.iam.user';
export const ACCESS_KEY_KIND = 'aws.iam.access-key';
export const LOGIN_PROFILE_KIND = 'aws.iam.login-profile';

/** `aws_iam_user.ops["a"]` and `aws_iam_user.ops` name the same resource block. */
function base(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '');
}

/** A user as far as the code tells: a join key and the words for messages. */
export interface UserIdentity {
  key: string;
  label: string;
}

/** The user a credential names, or the Unknown that stops the join (a function result, an unknown local). */
export function userOf(model: CloudModel, platform: Platform, value: unknown): UserIdentity | Unknown | null {
  const users = catalogOf(model, USER_KIND).filter((u) => u.platform === platform);
  if (value instanceof Unknown) {
    const ref = value.ref;
    switch (ref.kind) {
      case 'resource': {
        const user = users.find((u) => base(u.address) === ref.address);
        if (user) return identity(user);
        return { key: `resource:${ref.address}.${ref.attribute ?? ''}`, label: value.detail };
      }
      case 'variable':
        return { key: `var:${ref.name}`, label: `var.${ref.name}` };
      case 'parameter':
        return { key: `param:${ref.name}`, label: `parameter ${ref.name}` };
      case 'data':
        return { key: `data:${ref.address}.${ref.attribute ?? ''}`, label: value.detail };
      case 'module':
        return { key: `module:${ref.address}.${ref.output ?? ''}`, label: value.detail };
      default:
        return value;
    }
  }
  if (typeof value !== 'string' || value === '') return null;
  const named = users.find((u) => u.attrs.name.value === value);
  return named ? identity(named) : { key: `name:${value}`, label: `user "${value}"` };
}

function identity(user: CatalogResourceOf<typeof USER_KIND>): UserIdentity {
  const name = user.attrs.name.value;
  return { key: `resource:${base(user.address)}`, label: typeof name === 'string' && name !== '' ? `${user.address} ("${name}")` : user.address };
}

/** A declared user's own identity (for CloudFormation login profiles written on the user). */
export function declaredUser(user: CatalogResourceOf<typeof USER_KIND>): UserIdentity {
  return identity(user);
}

/** Source order, so "the first key" is the same in every run. */
export function bySource(a: CatalogResource, b: CatalogResource): number {
  return a.ref.file < b.ref.file ? -1 : a.ref.file > b.ref.file ? 1 : a.ref.span.start - b.ref.span.start || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0);
}
