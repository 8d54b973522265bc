// SPDX-License-Identifier: Apache-2.0
// Which network ACL an entry belongs to, the same way in both languages (see NetworkAclEntry.aclKey).

import { Unknown } from '../../core/value';

/** See NetworkAclEntry.aclKey. */
export function aclKeyOf(v: unknown): string | null {
  if (typeof v === 'string' && v !== '') return `id:${v}`;
  if (!(v instanceof Unknown)) return null;
  switch (v.ref.kind) {
    case 'resource':
      return `resource:${v.ref.address}`;
    case 'variable':
      return `var:${v.ref.name}`;
    case 'parameter':
      return `param:${v.ref.name}`;
    default:
      return null;
  }
}
