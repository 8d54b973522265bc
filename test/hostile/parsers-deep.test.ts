// SPDX-License-Identifier: Apache-2.0
// The CloudFormation readers on deeply nested text, called directly: they never throw (a nesting error is
// a diagnostic). Thousands of brackets cost about half a second of CPU, which is why these inputs are
// here and not in the unit layer's "never throws" tests (test/unit/parsers/cfn/); cli.test.ts checks the
// same depths through a whole scan.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJson, parseYaml } from '../../server/src/parsers/cfn';

void describe('CloudFormation readers on deep nesting', () => {
  void it('YAML: thousands of open brackets or flow mappings never throw', () => {
    for (const input of ['['.repeat(5000), '{a: '.repeat(2000)]) assert.doesNotThrow(() => parseYaml(input), input.slice(0, 20));
  });

  void it('JSON: 100,000 open brackets or 50,000 open objects never throw', () => {
    for (const input of ['['.repeat(100000), '{"a":'.repeat(50000)]) assert.doesNotThrow(() => parseJson(input), input.slice(0, 20));
  });
});
