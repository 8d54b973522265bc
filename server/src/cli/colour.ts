// SPDX-License-Identifier: Apache-2.0
// Whether `--format text` uses colours: never when NO_COLOR is set (https://no-color.org: present and not
// empty) or when writing to a file; forced by FORCE_COLOR (CI logs such as GitHub Actions' render ANSI
// colours but are not terminals; FORCE_COLOR=0 turns them off); otherwise only on a terminal.

import type { CliIo } from './command';

export function useColour(io: CliIo, toFile: boolean): boolean {
  const env = io.env ?? process.env;
  if (toFile) return false;
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.isTTY === true;
}
