// SPDX-License-Identifier: Apache-2.0
// SHA-256 in hex, with node:crypto loaded on first use: loading it took ~20 ms, a noticeable part of a
// one-file scan from the command line (`scan F`), which hashes nothing.

import type * as Crypto from 'node:crypto';

let crypto: typeof Crypto | undefined;

export function sha256Hex(...chunks: string[]): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load is the point (see above)
  crypto ??= require('node:crypto') as typeof Crypto;
  const h = crypto.createHash('sha256');
  for (const c of chunks) h.update(c);
  return h.digest('hex');
}
