// SPDX-License-Identifier: Apache-2.0
// SHA-256 in hex, with node:crypto loaded on first use: loading it took 4-6 ms of a one-file scan from
// the command line (`scan F`, ~100 ms of our own), which hashes nothing without --cache.

import type * as Crypto from 'node:crypto';

let crypto: typeof Crypto | undefined;

export function sha256Hex(...chunks: (string | Uint8Array)[]): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load is the point (see above)
  crypto ??= require('node:crypto') as typeof Crypto;
  const h = crypto.createHash('sha256');
  for (const c of chunks) h.update(c);
  return h.digest('hex');
}
