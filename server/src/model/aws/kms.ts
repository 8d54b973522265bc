// SPDX-License-Identifier: Apache-2.0
import type { Attr } from '../attr';
import type { ModelResource } from '../resource';

export interface KmsKey extends ModelResource {
  rotationEnabled: Attr<boolean>;
  /** `SYMMETRIC_DEFAULT` (the default), `RSA_2048`, `HMAC_256`, ...: rotation applies to symmetric keys only. */
  keySpec: Attr<string>;
  /** `ENCRYPT_DECRYPT` (default), `SIGN_VERIFY`, `GENERATE_VERIFY_MAC`. */
  keyUsage: Attr<string>;
}
