// SPDX-License-Identifier: Apache-2.0
// YAML alias bombs (billion laughs) are generated here, never committed: both the full reader and the
// editor's chunked reader stop expanding at the same budget and say so in a diagnostic.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../../../server/src/parsers/cfn/parseYaml';
import { IncrementalYaml } from '../../../../server/src/parsers/cfn/yamlChunks';
import { toPlain } from '../../../../server/src/parsers/cfn/ast';

/** A template whose `Metadata` (or a policy's Action) holds 9 levels of 9 aliases each: 9^9 nodes expanded. */
function bomb(where: 'metadata' | 'action'): string {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Metadata:'];
  lines.push('      l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]');
  for (let i = 1; i < 9; i++) lines.push(`      l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  if (where === 'action') {
    lines.push('  Policy:', '    Type: AWS::IAM::ManagedPolicy', '    Properties:', '      PolicyDocument:', '        Statement:', '          - Effect: Allow', '            Action: *l8', '            Resource: "*"');
  }
  return lines.join('\n') + '\n';
}

void describe('YAML alias limits', () => {
  for (const where of ['metadata', 'action'] as const) {
    void it(`a billion-laughs template (${where}) is a diagnostic in the full and the chunked reader`, { timeout: 10000 }, () => {
      const text = bomb(where);
      const full = parseYaml(text);
      assert.ok(full.diagnostics.some((d) => d.code === 'ALIAS_LIMIT'), JSON.stringify(full.diagnostics));
      const chunked = new IncrementalYaml().parse(text);
      assert.deepEqual(
        chunked.diagnostics.filter((d) => d.code === 'ALIAS_LIMIT').map((d) => d.start),
        full.diagnostics.filter((d) => d.code === 'ALIAS_LIMIT').map((d) => d.start),
      );
      // What remains is small enough to walk in full.
      assert.ok(JSON.stringify(toPlain(full.root!)).length < 10_000_000);
    });
  }

  void it('ordinary aliases still expand', () => {
    const r = parseYaml('Mappings:\n  A: &a {x: 1}\n  B: *a\n');
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(toPlain(r.root!), { Mappings: { A: { x: 1 }, B: { x: 1 } } });
  });
});
