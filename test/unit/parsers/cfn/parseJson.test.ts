// SPDX-License-Identifier: Apache-2.0
// Inline-string tests of the CloudFormation JSON reader: values and spans, long-form functions, and
// recovery from truncation and the usual typing mistakes (the template cut at every offset:
// test/fuzz/prefix-sweeps.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getPath, mapEntry, mapGet, parseJson, toPlain } from '../../../../server/src/parsers/cfn';
import type { CfnNode } from '../../../../server/src/parsers/cfn';
import { assertSpansNested, rootOf, slice } from './helpers';

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

function resourceIds(root: CfnNode | null): string[] {
  const resources = mapGet(root, 'Resources');
  return resources?.type === 'Map' ? resources.entries.map((e) => e.key.value) : [];
}

describe('CloudFormation JSON: values and spans', () => {
  it('reads the same values as JSON.parse', () => {
    const root = rootOf(parseJson(TEMPLATE));
    assert.deepEqual(toPlain(root), JSON.parse(TEMPLATE));
    assertSpansNested(root, TEMPLATE);
  });

  it('has exact key and value offsets', () => {
    const root = rootOf(parseJson(TEMPLATE));
    const bucket = mapEntry(mapGet(root, 'Resources'), 'Bucket');
    assert.ok(bucket);
    assert.deepEqual([bucket.key.start, bucket.key.end], [67, 75]);
    assert.equal(slice(TEMPLATE, bucket.key), '"Bucket"');
    const type = mapEntry(bucket.value, 'Type');
    assert.ok(type);
    assert.deepEqual([type.value.start, type.value.end], [93, 110]);
    assert.equal(type.value.type === 'Scalar' && type.value.raw, '"AWS::S3::Bucket"');
    const name = getPath(root, ['Resources', 'Bucket', 'Properties', 'BucketName']);
    assert.ok(name?.type === 'Intrinsic');
    assert.equal(name.short, false);
    assert.equal(slice(TEMPLATE, name), '{"Fn::Sub": "${AWS::StackName}-logs"}');
    assert.equal(slice(TEMPLATE, name.nameRange), '"Fn::Sub"');
  });

  it('decodes escapes and keeps the raw text', () => {
    const key = getPath(parseJson(TEMPLATE).root, ['Resources', 'Bucket', 'Properties', 'Tags', 0, 'Key']);
    assert.ok(key?.type === 'Scalar');
    assert.equal(key.value, 'a\u00e9\n');
    assert.equal(key.raw, '"a\\u00e9\\n"');
  });

  it('skips a byte order mark and returns no root for empty input', () => {
    assert.deepEqual(toPlain(rootOf(parseJson('\uFEFF{"a": 1}'))), { a: 1 });
    assert.deepEqual(parseJson('   \n'), { root: null, diagnostics: [] });
  });
});

describe('CloudFormation JSON: recovery', () => {
  it('keeps the partial member of a truncated resource', () => {
    const text = '{"Resources": {"A": {"Type": "AWS::S3::Bucket"}, "B": {"Type": "AWS::SNS::To';
    const result = parseJson(text);
    assert.deepEqual(resourceIds(result.root), ['A', 'B']);
    assert.equal(toPlain(getPath(result.root, ['Resources', 'B', 'Type']) as CfnNode), 'AWS::SNS::To');
  });

  it('assumes a missing comma or colon, drops a trailing comma', () => {
    const result = parseJson('{"a": 1 "b" 2, "c": [1 2,], }');
    assert.deepEqual(toPlain(result.root as CfnNode), { a: 1, b: 2, c: [1, 2] });
    assert.deepEqual(
      result.diagnostics.map((d) => d.message),
      ["Expected ',' or '}'", 'Colon expected', "Expected ',' or ']'", 'Trailing comma', 'Trailing comma'],
    );
  });

  it('reads an unquoted key and a missing value', () => {
    const result = parseJson('{Type: "x", "Props": , "c": 3}');
    assert.deepEqual(toPlain(result.root as CfnNode), { Type: 'x', Props: null, c: 3 });
    assert.ok(result.diagnostics.some((d) => d.message === 'Property keys must be doublequoted'));
  });

  it('ends an unterminated string at the line break and gives back closing brackets', () => {
    const text = '{"Resources": {\n  "A": {"Type": "AWS::S3::Bucket", "Properties": {"Name": "x}},\n  "B": {"Type": "AWS::SNS::Topic"}\n}}';
    const result = parseJson(text);
    assert.deepEqual(toPlain(result.root as CfnNode), {
      Resources: { A: { Type: 'AWS::S3::Bucket', Properties: { Name: 'x' } }, B: { Type: 'AWS::SNS::Topic' } },
    });
    const unterminated = result.diagnostics.find((d) => d.message === 'Unterminated string');
    assert.ok(unterminated);
    assert.equal(slice(text, unterminated), '"x');
  });

  it('uses indentation to place a missing closing brace', () => {
    const text = [
      '{',
      '  "Resources": {',
      '    "A": {',
      '      "Type": "AWS::S3::Bucket",',
      '      "Properties": {',
      '        "BucketName": "b"',
      '    },',
      '    "B": {',
      '      "Type": "AWS::SNS::Topic"',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const result = parseJson(text);
    assert.deepEqual(resourceIds(result.root), ['A', 'B']);
    assert.deepEqual(toPlain(getPath(result.root, ['Resources', 'A', 'Properties']) as CfnNode), { BucketName: 'b' });
  });

  it('uses indentation to skip a closing brace whose opening one is missing', () => {
    const text = [
      '{',
      '  "Resources": {',
      '    "A": {',
      '      "Type": "AWS::IAM::Role",',
      '      "Properties": {',
      '        "AssumeRolePolicyDocument": ',
      '          "Version": "2012-10-17"',
      '        },',
      '        "Path": "/"',
      '      }',
      '    },',
      '    "B": {',
      '      "Type": "AWS::SNS::Topic"',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const result = parseJson(text);
    assert.deepEqual(resourceIds(result.root), ['A', 'B']);
    assert.equal(toPlain(getPath(result.root, ['Resources', 'A', 'Properties', 'Path']) as CfnNode), '/');
  });

  it('reads unusually indented valid JSON exactly', () => {
    const text = '{\n  "a": {\n      "b": 1\n      },\n  "c": [\n    1\n        ]\n}';
    const result = parseJson(text);
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(toPlain(result.root as CfnNode), JSON.parse(text));
  });

  it('skips comments with a warning', () => {
    const result = parseJson('{\n  // note\n  "a": /* inline */ 1\n}');
    assert.deepEqual(toPlain(result.root as CfnNode), { a: 1 });
    assert.deepEqual(result.diagnostics.map((d) => d.severity), ['warning', 'warning']);
  });

  it('reports trailing content and stray brackets', () => {
    const result = parseJson('{"a": 1]} x');
    assert.deepEqual(toPlain(result.root as CfnNode), { a: 1 });
    assert.ok(result.diagnostics.some((d) => d.message === "Unexpected ']'"));
    assert.ok(result.diagnostics.some((d) => d.message === 'End of file expected'));
  });

  it('never throws, whatever the input', () => {
    // Deep nesting (100,000 brackets) is in test/hostile/parsers-deep.test.ts.
    const inputs = ['{', '[', '"', '}', ']', ':', ',', '{"a"', '{"a":', '-', '01', 'tru', 'nul', '"\\', '"\\u12', '/*', '//', '[[[[', '{"a":{"a":', '\u0000'];
    for (const input of inputs) assert.doesNotThrow(() => parseJson(input), input.slice(0, 20));
  });
});
