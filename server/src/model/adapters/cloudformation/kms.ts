// SPDX-License-Identifier: Apache-2.0
// AWS::KMS::Key, with the service defaults for what is not written (rotation off, a symmetric
// encrypt/decrypt key).

import type { KmsKey } from '../../aws/kms';
import { asBool, asString, ResourceReader } from './read';
import type { CfnContext } from './read';

export function kmsKeys(ctx: CfnContext): KmsKey[] {
  return ctx.ofType('AWS::KMS::Key').map((r) => {
    const k = new ResourceReader(ctx, r);
    return {
      ...k.base(),
      rotationEnabled: k.attr(['EnableKeyRotation'], asBool, { fallback: false }),
      keySpec: k.attr(['KeySpec'], asString, { fallback: 'SYMMETRIC_DEFAULT' }),
      keyUsage: k.attr(['KeyUsage'], asString, { fallback: 'ENCRYPT_DECRYPT' }),
    };
  });
}
