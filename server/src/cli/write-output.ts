// SPDX-License-Identifier: Apache-2.0
// A command's output written as it is made: a format that renders in pieces (report/json-chunks.ts) is
// written a megabyte at a time, to the `-o` file or standard output, so a monorepo's JSON or SARIF (tens of
// megabytes) is never one string in memory, nor its UTF-8 copy.

import { closeSync, openSync, writeSync } from 'node:fs';

/** Characters gathered before a write: few writes, and at most this much text held besides the result. */
const BATCH_CHARS = 1 << 20;

/** Writes `chunks` to `file` (created or truncated) or, without one, through `out`. */
export function writeChunks(chunks: Iterable<string>, file: string | undefined, out: (text: string) => void): void {
  const fd = file === undefined ? undefined : openSync(file, 'w');
  const write = (text: string): void => {
    if (fd === undefined) {
      out(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  };
  try {
    let batch = '';
    for (const c of chunks) {
      batch += c;
      if (batch.length >= BATCH_CHARS) {
        write(batch);
        batch = '';
      }
    }
    if (batch !== '') write(batch);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
