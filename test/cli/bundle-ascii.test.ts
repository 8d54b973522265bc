// SPDX-License-Identifier: Apache-2.0
// The CLI bundle stays ASCII: dist/cli.js (server/src/cli/launch.ts) then decodes it into a one-byte
// string, 2.3 MB that every run of the command holds instead of 4.6 MB, and that V8 flattens and reads
// when compiling. esbuild escapes non-ASCII characters in strings, not in regular expression literals or
// the comments it keeps: write those as `\u2192` or in ASCII. A non-ASCII bundle still runs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { join } from 'node:path';
import { repoRoot } from '../support/corpus';

void describe('the CLI bundle', () => {
  void it('is ASCII, so that it is held as a one-byte string', () => {
    const bytes = readFileSync(join(repoRoot(), 'dist', 'cli-main.js'));
    if (isAscii(bytes)) return;
    const lines = bytes.toString('utf8').split('\n');
    const at = lines.findIndex((l) => /[^\x00-\x7f]/.test(l));
    assert.fail(`dist/cli-main.js line ${at + 1} is not ASCII: ${lines[at]!.trim().slice(0, 160)}`);
  });
});
