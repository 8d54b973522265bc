// SPDX-License-Identifier: Apache-2.0
// Texts cut at every offset, as an editor sees a file being typed: Terraform semantic tokens stay ordered,
// non-overlapping and inside their lines; CloudFormation JSON keeps every complete resource and reports
// the truncation. Hundreds of parses each, so here rather than in the unit layer; FUZZ_SCALE below 1
// takes every n-th offset only.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { terraformSemanticTokens } from '../../server/src/editor/semantic-tokens';
import { getPath, mapEntry, mapGet, parseJson, toPlain } from '../../server/src/parsers/cfn';
import type { CfnNode } from '../../server/src/parsers/cfn';
import { assertSpansNested, rootOf } from '../unit/parsers/cfn/helpers';
import { repoRoot } from '../support/corpus';
import { fuzzScale } from '../support/fuzz';

const SAMPLE = readFileSync(join(repoRoot(), 'test', 'fixtures', 'editor', 'highlight.tf'), 'utf8');
const STEP = Math.max(1, Math.round(1 / fuzzScale()));

const TEMPLATE = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Bucket": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "BucketName": {"Fn::Sub": "\${AWS::StackName}-logs"},
        "Tags": [{"Key": "a\\u00e9\\n", "Value": {"Fn::GetAtt": ["Other", "Arn"]}}]
      }
    },
    "Topic": {
      "Type": "AWS::SNS::Topic",
      "Properties": {"DisplayName": "t", "Size": -1.5e3, "On": true, "Off": false, "None": null}
    }
  }
}
`;

void describe('Terraform semantic tokens on a file being typed', () => {
  void it('every prefix of the sample (a file being typed) gives ordered, non-overlapping tokens inside their lines', () => {
    for (let n = 0; n <= SAMPLE.length; n += STEP) {
      const text = SAMPLE.slice(0, n);
      const lines = text.split(/\r?\n/);
      let line = -1;
      let end = 0;
      for (const t of terraformSemanticTokens(text)) {
        assert.ok(t.length > 0 && t.character + t.length <= lines[t.line]!.length, `prefix ${n}: ${JSON.stringify(t)}`);
        assert.ok(t.line > line || t.character >= end, `prefix ${n}: order at ${JSON.stringify(t)}`);
        if (t.line !== line) end = 0;
        line = t.line;
        end = t.character + t.length;
      }
    }
  });});

void describe('CloudFormation JSON cut anywhere', () => {
  void it('keeps every complete resource when truncated anywhere', () => {
    const full = rootOf(parseJson(TEMPLATE));
    const bucketEnd = mapEntry(mapGet(full, 'Resources'), 'Bucket')?.value.end ?? 0;
    const bucket = toPlain(getPath(full, ['Resources', 'Bucket']) as CfnNode);
    for (let cut = 0; cut <= TEMPLATE.length; cut += STEP) {
      const text = TEMPLATE.slice(0, cut);
      const result = parseJson(text);
      if (result.root) assertSpansNested(result.root, text);
      if (cut > bucketEnd) {
        assert.deepEqual(toPlain(getPath(result.root, ['Resources', 'Bucket']) as CfnNode), bucket, `cut at ${cut}`);
      }
      if (cut > 0 && cut < TEMPLATE.trimEnd().length) {
        assert.ok(result.diagnostics.some((d) => d.severity === 'error'), `no error when cut at ${cut}`);
      }
    }
  });});
