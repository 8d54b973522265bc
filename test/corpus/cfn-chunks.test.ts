// SPDX-License-Identifier: Apache-2.0
// The editor's incremental YAML reading (server/src/parsers/cfn/yamlChunks.ts) against the full parse
// over every CloudFormation YAML template of the corpus: the same tree and diagnostics for intact text;
// after a one-character edit, the same tree in all but a few damaged states (where the two recover from
// the damage differently: the chunked reading keeps the damage inside the edited resource); one chunk
// re-parsed per edit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { corpusFiles } from '../support/corpus';
import { guessLanguage, mightBeCloudFormation, parseYaml } from '../../server/src/parsers/cfn';
import type { CfnParseResult } from '../../server/src/parsers/cfn';
import { IncrementalYaml } from '../../server/src/parsers/cfn/yamlChunks';


function normalized(r: CfnParseResult): CfnParseResult {
  return { root: r.root, diagnostics: [...r.diagnostics].sort((a, b) => a.start - b.start || a.end - b.end || a.message.localeCompare(b.message)) };
}

const templates = corpusFiles(/\.(ya?ml|template)$/i)
  .map(({ path }) => ({ path, text: readFileSync(path, 'utf8') }))
  .filter((t) => guessLanguage(t.text) === 'yaml' && mightBeCloudFormation(t.text));

void test('intact templates: the chunked reading equals the full parse, and is used for almost all', () => {
  let chunked = 0;
  for (const { path, text } of templates) {
    const inc = new IncrementalYaml();
    const result = normalized(inc.parse(text));
    if (inc.lastParsedChunks >= 0) chunked++;
    assert.deepEqual(result, normalized(parseYaml(text)), path);
  }
  assert.ok(templates.length > 100, `${templates.length} templates`);
  // The two that fall back use document markers or aliases.
  assert.ok(chunked >= templates.length - 5, `${chunked} of ${templates.length} chunked`);
});

void test('one-character edits: the same tree and diagnostics as the full parse; one chunk re-parsed when clean', () => {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let edits = 0;
  let same = 0;
  let reusedAll = 0;
  for (const { path, text } of templates) {
    for (let k = 0; k < 10; k++) {
      const at = Math.floor(random() * text.length);
      const edited = random() < 0.5 ? `${text.slice(0, at)}x${text.slice(at)}` : text.slice(0, at) + text.slice(at + 1);
      const inc = new IncrementalYaml();
      inc.parse(text);
      if (inc.lastParsedChunks < 0) break;
      const result = normalized(inc.parse(edited));
      if (inc.lastParsedChunks < 0) {
        // Fell back: it must be the full parse itself.
        assert.deepEqual(result, normalized(parseYaml(edited)), `${path} @${at}`);
        continue;
      }
      edits++;
      // An edit touches one chunk, or two when it joins or splits lines at a chunk boundary.
      if (inc.lastParsedChunks <= 2) reusedAll++;
      else assert.fail(`${path} @${at}: ${inc.lastParsedChunks} chunks re-parsed`);
      assert.deepEqual(result, normalized(parseYaml(edited)), `${path} @${at}`);
      same++;
    }
  }
  assert.ok(edits > 1000, `${edits} edits`);
  assert.equal(reusedAll, edits);
  assert.equal(same, edits);
});
