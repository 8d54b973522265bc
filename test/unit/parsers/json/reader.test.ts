// SPDX-License-Identifier: Apache-2.0
// The shared JSON reader (parsers/json/reader.ts): both policies read valid JSON to the same tree, and
// differ only where a text is broken, as their callers (CloudFormation, Terraform JSON) expect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJson } from '../../../../server/src/parsers/json/reader';
import type { JsonNode } from '../../../../server/src/parsers/json/reader';

void test('valid JSON: the same tree under both policies, no diagnostics', () => {
  const text = '\ufeff{"a": [1, -2.5e3, true, null], "b": {"c": "x\\u00e9\\n"}, "a": "dup"}';
  const typing = readJson(text, 'typing');
  const strict = readJson(text, 'strict');
  // Typing (CloudFormation) reports a duplicate key; strict leaves duplicates to Terraform's schema checks.
  assert.deepEqual(typing.diagnostics.map((d) => d.message), ['Duplicate object key "a"']);
  assert.deepEqual(strict.diagnostics, []);
  assert.deepEqual(typing.root, strict.root);
  const root = strict.root as Extract<JsonNode, { kind: 'object' }>;
  assert.deepEqual(root.properties.map((p) => p.key.value), ['a', 'b', 'a']);
  const c = (root.properties[1]!.value as Extract<JsonNode, { kind: 'object' }>).properties[0]!.value;
  assert.ok(c?.kind === 'string' && c.escaped && c.value === 'xé\n' && text[c.contentEnd] === '"');
});

void test('broken JSON: each policy recovers its own way', () => {
  // An unquoted key is still a key while typing; strict JSON skips it.
  const unquoted = '{a: 1, "b": 2}';
  const keys = (r: ReturnType<typeof readJson>): string[] => (r.root?.kind === 'object' ? r.root.properties.map((p) => p.key.value) : []);
  assert.deepEqual(keys(readJson(unquoted, 'typing')), ['a', 'b']);
  assert.deepEqual(keys(readJson(unquoted, 'strict')), ['b']);
  // `01`: strict calls the whole token an invalid number; typing reads 0 and reports what follows.
  assert.deepEqual(readJson('{"a": 01}', 'strict').diagnostics.map((d) => d.message), ['Invalid number.']);
  assert.deepEqual(readJson('{"a": 01}', 'typing').diagnostics.map((d) => d.message), ["Expected ',' or '}'", 'Property keys must be doublequoted', 'Colon expected', 'Value expected']);
  // A value still being typed before the next line's key: typing leaves it missing and keeps the key.
  const typed = '{\n  "a":\n  "b": 2\n}';
  assert.deepEqual(keys(readJson(typed, 'typing')), ['a', 'b']);
  assert.deepEqual(keys(readJson(typed, 'strict')), ['a']);
  // Comments: a warning while typing, an error in Terraform JSON.
  assert.deepEqual(readJson('{"a": 1} // c', 'typing').diagnostics.map((d) => d.severity), ['warning']);
  assert.deepEqual(readJson('{"a": 1} // c', 'strict').diagnostics.map((d) => d.severity), ['error']);
});
