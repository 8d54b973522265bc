// SPDX-License-Identifier: Apache-2.0
// Fix-all on damaged files: each finding is fixed at most once, and the result never has more syntax
// errors than the input (issue 13: a stray `{` made fix-all insert the same block 50 times).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFs, TEST_TODAY } from '../support/fixture-runner';
import { AnalysisService } from '../../server/src/service/analysis';
import { fixAll } from '../../server/src/service/fix-all';
import { ALL_RULES } from '../../rules';

function run(path: string, text: string): { text: string; applied: number; before: number; after: number } {
  const fs = new MemoryFs();
  fs.files.set(path, text);
  const service = new AnalysisService({ fs, rules: ALL_RULES, today: TEST_TODAY });
  const errors = (t: string): number => {
    service.setOverlay(path, t);
    return service.analyzeFile(path).syntax.filter((d) => d.severity === 'error').length;
  };
  const before = errors(text);
  const r = fixAll(service, path, text, { safeOnly: true });
  return { ...r, before, after: errors(r.text) };
}

const TF = 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n\nresource "aws_ebs_volume" "v" {\n  availability_zone = "us-east-1a"\n  size = 1\n}\n';
const YAML = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n  Volume:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: us-east-1a\n      Size: 1\n';

void describe('fix-all on damaged files', () => {
  const cases: [string, string][] = [];
  for (const [path, text] of [
    ['/w/main.tf', TF],
    ['/w/t.cfn.yaml', YAML],
  ] as const) {
    for (const damage of ['{', '"', '[', '(']) {
      for (const at of [0, 10, 40, Math.floor(text.length / 2), text.length - 2, text.length]) cases.push([path, text.slice(0, at) + damage + text.slice(at)]);
    }
  }
  void it('never applies more fixes than there were fixable findings, never worsens the parse', () => {
    for (const [path, text] of cases) {
      const r = run(path, text);
      assert.ok(r.after <= r.before, `${path} ${JSON.stringify(text.slice(0, 40))}: ${r.before} → ${r.after} syntax errors`);
      assert.ok(r.applied <= 6, `${path}: ${r.applied} fixes applied`);
      // No block inserted twice.
      const lines = r.text.split('\n').filter((l) => /^(resource|  [A-Z]\w+:)/.test(l));
      const dupes = lines.filter((l, i) => lines.indexOf(l) !== i && l.startsWith('resource'));
      assert.deepEqual(dupes, [], `${path}: duplicated ${dupes.join(' | ')}`);
    }
  });
});
