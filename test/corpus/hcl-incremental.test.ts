// SPDX-License-Identifier: Apache-2.0
// The editor's incremental Terraform parsing (server/src/parsers/hcl/incremental.ts) against the full
// parse over the corpus: after each of a sequence of edits (typing or deleting a letter, breaking a line,
// opening a brace: the last two usually leave a syntax error, after which parsing is full until it is
// fixed), the incrementally parsed tree (spans, comments, diagnostics) equals a full parse of the same text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { corpusFiles } from '../support/corpus';
import { parseHcl } from '../../server/src/parsers/hcl/parser';
import { IncrementalHcl } from '../../server/src/parsers/hcl/incremental';


void test('incremental parse = full parse after every edit, over the corpus', () => {
  let seed = 3;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let edits = 0;
  let incremental = 0;
  const letter = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
  // Every fourth file: serializing the trees to compare them is the test's cost (~10 s for this share).
  for (const { path } of corpusFiles(/\.tf$/).filter((_, i) => i % 4 === 0)) {
    let text = readFileSync(path, 'utf8');
    const parser = new IncrementalHcl();
    parser.parse(text);
    for (let k = 0; k < 8; k++) {
      const at = Math.floor(random() * text.length);
      const r = random();
      let next: string;
      if (r < 0.5) {
        if (!letter(text[at])) continue;
        next = `${text.slice(0, at)}q${text.slice(at)}`;
      } else if (r < 0.8) {
        if (!letter(text[at]) || !letter(text[at + 1])) continue;
        next = text.slice(0, at) + text.slice(at + 1);
      } else {
        next = text.slice(0, at) + (r < 0.9 ? '\n' : '{') + text.slice(at);
      }
      const tree = parser.parse(next);
      edits++;
      if (parser.lastReparsedLength >= 0) incremental++;
      // Through JSON: the same shape whatever the object identities (string comparison first: deepEqual on
      // thousands of trees is slow; it only runs to explain a difference).
      const full = parseHcl(next);
      if (JSON.stringify(tree) !== JSON.stringify(full)) assert.deepEqual(JSON.parse(JSON.stringify(tree)), JSON.parse(JSON.stringify(full)), `${path} @${at}`);
      text = next;
    }
  }
  assert.ok(edits > 2000, `${edits} edits`);
  // Single-block files and texts with syntax errors are parsed in full; the rest incrementally.
  assert.ok(incremental > 700, `${incremental} of ${edits} incremental`);
});

void test('an edit inside one block re-parses only that block', () => {
  const blocks = Array.from({ length: 50 }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "name-${i}"\n}\n`);
  const text = blocks.join('\n');
  const parser = new IncrementalHcl();
  parser.parse(text);
  const at = text.indexOf('name-25') + 4;
  const next = `${text.slice(0, at)}x${text.slice(at)}`;
  const tree = parser.parse(next);
  // From the end of block 24 to the start of block 26: its newline, the blank line, block 25 with its
  // newline, the blank line after it, and the typed letter.
  assert.equal(parser.lastReparsedLength, 2 + blocks[25]!.length + 1 + 1);
  assert.deepEqual(JSON.parse(JSON.stringify(tree)), JSON.parse(JSON.stringify(parseHcl(next))));
  // A syntax error: full parse, and again until it is fixed.
  const broken = next.replace('"b30" {', '"b30" {{');
  assert.ok(parser.parse(broken).diagnostics.length > 0);
  assert.equal(parser.lastReparsedLength, -1);
  parser.parse(next);
  assert.equal(parser.lastReparsedLength, -1);
  parser.parse(next.replace('name-40', 'name-41'));
  assert.ok(parser.lastReparsedLength > 0);
});
