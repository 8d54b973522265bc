// SPDX-License-Identifier: Apache-2.0
// Runs the CLI in process with captured output, for the CLI tests.

import { readFileSync } from 'node:fs';
import { main } from '../../server/src/cli/main';
import type { CliIo } from '../../server/src/cli/command';

export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), readFile: (p) => readFileSync(p, 'utf8') };
  const code = await main(args, io);
  return { code, out, err };
}
