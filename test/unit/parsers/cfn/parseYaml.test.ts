// SPDX-License-Identifier: Apache-2.0
// Inline-string tests of the CloudFormation YAML reader: the node model, every short tag, long and short
// forms, exact positions, and recovery from the half-typed states an editor sees.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getPath, mapEntry, mapGet, parseJson, parseYaml, SHORT_TAGS, toPlain } from '../../../../server/src/parsers/cfn';
import type { CfnIntrinsic, CfnMap, CfnNode, CfnScalar, CfnSequence } from '../../../../server/src/parsers/cfn';
import { assertSpansNested, rootOf, shape, slice } from './helpers';

function intrinsic(node: CfnNode | undefined): CfnIntrinsic {
  assert.ok(node && node.type === 'Intrinsic', `expected an intrinsic, got ${node?.type}`);
  return node;
}

function scalar(node: CfnNode | undefined): CfnScalar {
  assert.ok(node && node.type === 'Scalar', `expected a scalar, got ${node?.type}`);
  return node;
}

function seq(node: CfnNode | undefined): CfnSequence {
  assert.ok(node && node.type === 'Sequence', `expected a sequence, got ${node?.type}`);
  return node;
}

function resourceIds(root: CfnNode | null): string[] {
  const resources = mapGet(root, 'Resources');
  return resources?.type === 'Map' ? resources.entries.map((e) => e.key.value) : [];
}

describe('CloudFormation YAML: node model', () => {
  it('builds maps, sequences and typed scalars with their source text', () => {
    const text = "a: 1.10\nb: 'x'\nc: \"y\"\nd: true\ne: ~\nf:\n  - 2\n  - [3, z]\ng: yes\n";
    const root = rootOf(parseYaml(text));
    assert.equal(root.type, 'Map');
    assert.deepEqual(toPlain(root), { a: 1.1, b: 'x', c: 'y', d: true, e: null, f: [2, [3, 'z']], g: 'yes' });
    assert.equal(scalar(mapGet(root, 'a')).raw, '1.10');
    assert.equal(scalar(mapGet(root, 'b')).style, 'single');
    assert.equal(scalar(mapGet(root, 'c')).style, 'double');
    // YAML 1.2 core schema: `yes` is a string, the raw text lets rules notice the 1.1 boolean.
    assert.equal(scalar(mapGet(root, 'g')).value, 'yes');
    assertSpansNested(root, text);
  });

  it('gives a key with no value an empty null scalar', () => {
    const text = 'a:\nb: 1\n';
    const root = rootOf(parseYaml(text));
    const a = scalar(mapGet(root, 'a'));
    assert.equal(a.value, null);
    assert.equal(a.raw, '');
    assert.equal(a.start, a.end);
  });

  it('keeps non-string keys as their source text', () => {
    const root = rootOf(parseYaml('80: http\ntrue: t\n1.50: n\n'));
    assert.deepEqual(
      (root as CfnMap).entries.map((e) => e.key.value),
      ['80', 'true', '1.50'],
    );
  });

  it('reports duplicate keys and lets the last one win', () => {
    const result = parseYaml('a: 1\na: 2\n');
    assert.ok(result.diagnostics.some((d) => d.severity === 'error' && d.code === 'DUPLICATE_KEY'));
    assert.equal(scalar(mapGet(result.root, 'a')).value, 2);
  });

  it('block scalars end before their trailing line break', () => {
    const text = 'Script: |\n  echo hi\n  exit 0\nNext: 1\n';
    const root = rootOf(parseYaml(text));
    const script = scalar(mapGet(root, 'Script'));
    assert.equal(script.style, 'block-literal');
    assert.equal(script.value, 'echo hi\nexit 0\n');
    assert.equal(slice(text, script), '|\n  echo hi\n  exit 0');
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = 'Description: "😀 bucket"\nBucket: x\n';
    const root = rootOf(parseYaml(text));
    const bucket = mapEntry(root, 'Bucket');
    assert.ok(bucket);
    // The emoji is two code units, so `Bucket` starts at 25, not 24.
    assert.equal(bucket.key.start, 25);
    assert.equal(slice(text, bucket.key), 'Bucket');
  });

  it('resolves aliases to the anchored node and reports a recursive one', () => {
    const root = rootOf(parseYaml('base: &tags\n  - Key: a\nother: *tags\n'));
    assert.deepEqual(toPlain(mapGet(root, 'other') as CfnNode), [{ Key: 'a' }]);
    const cyclic = parseYaml('a: &x [1, *x]\n');
    assert.ok(cyclic.diagnostics.some((d) => d.code === 'BAD_ALIAS'));
  });

  it('keeps unknown tags on the node with a warning', () => {
    const result = parseYaml('Type: !Rain::Module ../vpc.yml\n');
    const type = scalar(mapGet(result.root, 'Type'));
    assert.equal(type.tag, '!Rain::Module');
    assert.equal(type.value, '../vpc.yml');
    assert.ok(result.diagnostics.every((d) => d.severity === 'warning'));
  });

  it('reads only the first document and says so', () => {
    const result = parseYaml('a: 1\n---\nb: 2\n');
    assert.deepEqual(toPlain(result.root as CfnNode), { a: 1 });
    assert.ok(result.diagnostics.some((d) => d.code === 'MULTIPLE_DOCUMENTS' && d.severity === 'warning'));
  });

  it('handles CRLF line endings', () => {
    const text = 'a: 1\r\nb: |\r\n  x\r\n  y\r\nc: !Ref\r\n  z\r\n';
    const root = rootOf(parseYaml(text));
    assert.deepEqual(toPlain(root), { a: 1, b: 'x\ny\n', c: { Ref: 'z' } });
    assert.equal(slice(text, mapGet(root, 'b') as CfnNode), '|\r\n  x\r\n  y');
    assert.equal(slice(text, mapGet(root, 'c') as CfnNode), '!Ref\r\n  z');
    assertSpansNested(root, text);
  });

  it('reports missing and non-scalar keys and skips those entries', () => {
    const missing = parseYaml(': x\nb: 1\n');
    assert.deepEqual(toPlain(missing.root as CfnNode), { b: 1 });
    assert.deepEqual(missing.diagnostics.filter((d) => d.code === 'BAD_KEY').map((d) => d.message), ['Missing mapping key']);
    const complex = parseYaml('? [a]\n: b\n');
    assert.deepEqual(complex.diagnostics.filter((d) => d.code === 'BAD_KEY').map((d) => [d.message, d.start, d.end]), [
      ['Only scalar mapping keys are supported', 2, 5],
    ]);
  });

  it('returns no root for empty input', () => {
    assert.deepEqual(parseYaml(''), { root: null, diagnostics: [] });
    assert.deepEqual(parseYaml('# only a comment\n'), { root: null, diagnostics: [] });
  });
});

/** Each short tag with an argument of the kind CloudFormation expects. */
const TAG_CASES: [tag: string, argument: string][] = [
  ['!Ref', 'Bucket'],
  ['!Sub', "'${AWS::StackName}-logs'"],
  ['!GetAtt', 'Bucket.Arn'],
  ['!Join', "['', [a, b]]"],
  ['!If', '[IsProd, a, b]'],
  ['!Equals', '[!Ref Env, prod]'],
  ['!And', '[!Condition A, !Condition B]'],
  ['!Or', '[!Condition A, !Condition B]'],
  ['!Not', '[!Condition A]'],
  ['!Select', "[0, !GetAZs '']"],
  ['!Split', "[',', 'a,b']"],
  ['!FindInMap', '[RegionMap, !Ref AWS::Region, AMI]'],
  ['!ImportValue', 'SharedVpcId'],
  ['!Base64', 'hello'],
  ['!Cidr', '[10.0.0.0/16, 6, 5]'],
  ['!GetAZs', "''"],
  ['!Condition', 'IsProd'],
  ['!Transform', '{Name: AWS::Include, Parameters: {Location: s3://b/k}}'],
  ['!Length', '[a, b]'],
  ['!ToJsonString', '{a: b}'],
];

describe('CloudFormation YAML: short tags', () => {
  it('covers every tag in the table', () => {
    assert.deepEqual(TAG_CASES.map(([tag]) => tag).sort(), [...SHORT_TAGS.keys()].sort());
  });

  for (const [tag, argument] of TAG_CASES) {
    it(`${tag} becomes an intrinsic spanning tag and argument`, () => {
      const text = `X: ${tag} ${argument}\n`;
      const node = intrinsic(mapGet(rootOf(parseYaml(text)), 'X'));
      assert.equal(node.name, SHORT_TAGS.get(tag));
      assert.equal(node.short, true);
      assert.equal(node.start, 3);
      assert.equal(node.end, text.length - 1);
      assert.deepEqual(node.nameRange, { start: 3, end: 3 + tag.length });
      assert.equal(slice(text, node.argument), argument);
    });
  }

  it('finds the tag on the line before a block argument, past a comment', () => {
    const text = 'X: !If # pick one !If\n  - IsProd\n  - a\n  - b\n';
    const node = intrinsic(mapGet(rootOf(parseYaml(text)), 'X'));
    assert.deepEqual(node.nameRange, { start: 3, end: 6 });
    assert.equal(node.end, text.length - 1);
    assert.equal(seq(node.argument).items.length, 3);
  });

  it('nests tags inside flow collections', () => {
    const text = 'X: !If [IsProd, !Ref A, !Ref "AWS::NoValue"]\n';
    const node = intrinsic(mapGet(rootOf(parseYaml(text)), 'X'));
    const [, a, noValue] = seq(node.argument).items;
    assert.equal(slice(text, intrinsic(a)), '!Ref A');
    assert.equal(slice(text, intrinsic(noValue)), '!Ref "AWS::NoValue"');
    assert.equal(scalar(intrinsic(noValue).argument).value, 'AWS::NoValue');
  });

  it('splits a dotted !GetAtt at the first dot, keeping positions', () => {
    const text = 'A: !GetAtt Bucket.Arn\nB: !GetAtt "DB.Endpoint.Address"\n';
    const root = rootOf(parseYaml(text));
    const a = seq(intrinsic(mapGet(root, 'A')).argument);
    assert.deepEqual(a.items.map((i) => scalar(i).value), ['Bucket', 'Arn']);
    assert.deepEqual(a.items.map((i) => [i.start, i.end]), [[11, 17], [18, 21]]);
    const b = seq(intrinsic(mapGet(root, 'B')).argument);
    assert.deepEqual(b.items.map((i) => slice(text, i)), ['DB', 'Endpoint.Address']);
    assertSpansNested(root, text);
  });

  it('reports a tag with no argument', () => {
    const result = parseYaml('X: !Ref\n');
    const node = intrinsic(mapGet(result.root, 'X'));
    assert.equal(node.name, 'Ref');
    assert.equal(scalar(node.argument).value, '');
    assert.ok(result.diagnostics.some((d) => d.code === 'MISSING_ARGUMENT' && d.start === 3 && d.end === 7));
  });
});

describe('CloudFormation YAML: long form equals short form', () => {
  const pairs: [short: string, long: string][] = [
    ['!Ref Bucket', 'Ref: Bucket'],
    ['!GetAtt Bucket.Arn', "Fn::GetAtt: [Bucket, Arn]"],
    ['!GetAtt [Bucket, Arn]', "Fn::GetAtt:\n    - Bucket\n    - Arn"],
    ['!Sub [\'${A}-x\', {A: !Ref B}]', "Fn::Sub:\n    - '${A}-x'\n    - A:\n        Ref: B"],
    ['!If [IsProd, !Ref A, !Ref "AWS::NoValue"]', "Fn::If: [IsProd, {Ref: A}, {Ref: 'AWS::NoValue'}]"],
    ['!Not [!Condition IsProd]', 'Fn::Not: [{Condition: IsProd}]'],
    ['!Select [0, !GetAZs ""]', "Fn::Select: [0, {'Fn::GetAZs': ''}]"],
    ['!Base64 {"Fn::Sub": "x"}', 'Fn::Base64: {Fn::Sub: x}'],
    ['!Transform {Name: M}', 'Fn::Transform: {Name: M}'],
  ];
  for (const [short, long] of pairs) {
    it(`${short}  ≡  ${long.replace(/\n\s*/g, ' ')}`, () => {
      const a = intrinsic(mapGet(rootOf(parseYaml(`X: ${short}\n`)), 'X'));
      const b = intrinsic(mapGet(rootOf(parseYaml(`X:\n  ${long}\n`)), 'X'));
      assert.equal(b.short, false);
      assert.deepEqual(shape(a), shape(b));
      assert.deepEqual(toPlain(a), toPlain(b));
    });
  }

  it('matches the JSON long form', () => {
    const yaml = 'X: !Join [",", [!GetAtt A.Arn, !Ref B]]\n';
    const json = '{"X": {"Fn::Join": [",", [{"Fn::GetAtt": ["A", "Arn"]}, {"Ref": "B"}]]}}';
    assert.deepEqual(shape(rootOf(parseYaml(yaml))), shape(rootOf(parseJson(json))));
  });

  it('spans the whole mapping for the long form, with the key as name', () => {
    const text = 'X:\n  Fn::GetAtt: [Bucket, Arn]\n';
    const node = intrinsic(mapGet(rootOf(parseYaml(text)), 'X'));
    assert.deepEqual([node.start, node.end], [5, 30]);
    assert.equal(slice(text, node.nameRange), 'Fn::GetAtt');
  });

  it('only takes a one-key mapping as a function when the key is a function name', () => {
    const root = rootOf(parseYaml('A: {Refs: x}\nB: {Ref: x, Other: y}\nC: {Condition: {StringEquals: {a: b}}}\nD: {Condition: IsProd}\n'));
    assert.equal(mapGet(root, 'A')?.type, 'Map');
    assert.equal(mapGet(root, 'B')?.type, 'Map');
    // A `Condition` holding an object is data (e.g. an IAM condition block), not the condition function.
    assert.equal(mapGet(root, 'C')?.type, 'Map');
    assert.equal(intrinsic(mapGet(root, 'D')).name, 'Condition');
  });
});

describe('CloudFormation YAML: positions', () => {
  const text = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  Bucket:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    "      BucketName: !Sub '${AWS::StackName}-logs'",
    '      Tags:',
    '        - Key: team',
    '          Value: !GetAtt Other.Arn',
    '',
  ].join('\n');
  const root = rootOf(parseYaml(text));

  it('has exact key and value offsets', () => {
    const bucket = mapEntry(mapGet(root, 'Resources'), 'Bucket');
    assert.ok(bucket);
    assert.deepEqual([bucket.key.start, bucket.key.end], [52, 58]);
    const type = mapEntry(bucket.value, 'Type');
    assert.ok(type);
    assert.deepEqual([type.key.start, type.key.end, type.value.start, type.value.end], [64, 68, 70, 85]);
    assert.equal(slice(text, type.value), 'AWS::S3::Bucket');
    const name = intrinsic(getPath(root, ['Resources', 'Bucket', 'Properties', 'BucketName']));
    assert.deepEqual([name.start, name.end], [120, 149]);
    assert.equal(slice(text, name), "!Sub '${AWS::StackName}-logs'");
    assert.equal(slice(text, name.argument), "'${AWS::StackName}-logs'");
  });

  it('follows sequence indexes in getPath', () => {
    const value = intrinsic(getPath(root, ['Resources', 'Bucket', 'Properties', 'Tags', 0, 'Value']));
    assert.equal(slice(text, value), '!GetAtt Other.Arn');
    assert.equal(getPath(root, ['Resources', 'Bucket', 'Properties', 'Tags', 1]), undefined);
    assert.equal(getPath(root, ['Resources', 'Nope']), undefined);
  });

  it('ends block collections at their last value, not after the newline', () => {
    const resources = mapGet(root, 'Resources');
    assert.ok(resources);
    assert.equal(resources.end, text.length - 1);
    assertSpansNested(root, text);
  });
});

describe('CloudFormation YAML: recovery', () => {
  const resources = (middle: string): string =>
    [
      'Resources:',
      '  First:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      middle,
      '      VersioningConfiguration: {Status: Enabled}',
      '  Second:',
      '    Type: AWS::SNS::Topic',
      '  Third:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      QueueName: q',
      '',
    ].join('\n');

  function assertIntact(text: string): void {
    const result = parseYaml(text);
    assert.ok(result.root, 'no root');
    assert.deepEqual(resourceIds(result.root), ['First', 'Second', 'Third']);
    assert.equal(getPath(result.root, ['Resources', 'Second', 'Type']) && toPlain(getPath(result.root, ['Resources', 'Second', 'Type']) as CfnNode), 'AWS::SNS::Topic');
    assert.deepEqual(toPlain(getPath(result.root, ['Resources', 'Third']) as CfnNode), { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'q' } });
    assertSpansNested(result.root, text);
  }

  it('!Ref with no value', () => {
    const text = resources('      AccessControl: !Ref');
    assertIntact(text);
    const ac = intrinsic(getPath(parseYaml(text).root, ['Resources', 'First', 'Properties', 'AccessControl']));
    assert.equal(ac.name, 'Ref');
  });

  it('unclosed !If [', () => {
    const text = resources('      AccessControl: !If [IsProd, Private,');
    assertIntact(text);
    const result = parseYaml(text);
    const at = text.indexOf('[');
    assert.ok(result.diagnostics.some((d) => d.severity === 'error' && d.start === at));
    // The rest of First survives too.
    assert.ok(getPath(result.root, ['Resources', 'First', 'Properties', 'VersioningConfiguration']));
  });

  it('unclosed [ at the end of the file keeps the partial list', () => {
    const result = parseYaml('X: !If [IsProd, a,');
    assert.deepEqual(toPlain(result.root as CfnNode), { X: { 'Fn::If': ['IsProd', 'a'] } });
  });

  it('unterminated double and single quotes', () => {
    for (const quote of ['"', "'"]) {
      const text = resources(`      BucketName: ${quote}my-bucket`);
      assertIntact(text);
      const result = parseYaml(text);
      const at = text.indexOf(quote);
      assert.ok(result.diagnostics.some((d) => d.message === 'Unterminated string' && d.start === at));
      assert.equal(scalar(getPath(result.root, ['Resources', 'First', 'Properties', 'BucketName'])).value, 'my-bucket');
    }
  });

  it('half-typed key inside a resource', () => {
    assertIntact(resources('      Acc'));
  });

  it('stray closing bracket', () => {
    assertIntact(resources('      ]'));
  });

  it('half-typed key at the end of the file', () => {
    const text = 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n  B:\n    Type: AWS::SNS::Topic\n    Prop';
    const result = parseYaml(text);
    assert.deepEqual(resourceIds(result.root), ['A', 'B']);
    assert.equal(scalar(getPath(result.root, ['Resources', 'B', 'Type'])).value, 'AWS::SNS::Topic');
    const typed = parseYaml('Resources:\n  A:\n    Type: AWS::S3::Bucket\n  Bu');
    assert.deepEqual(resourceIds(typed.root), ['A', 'Bu']);
  });

  it('never throws, whatever the input', () => {
    // Deep nesting (thousands of brackets) is in test/hostile/parsers-deep.test.ts.
    const inputs = ['[', '{', '"', "'", '!Ref', ': :', '- - -', '\t\tx', '[[[[', '{a: {a: ', '&a [*a]', '%TAG', '---\n---', '\u0000\uFFFF', 'a: !<!Ref> x'];
    for (const input of inputs) assert.doesNotThrow(() => parseYaml(input), input.slice(0, 20));
  });
});

describe('CloudFormation YAML: long double-quoted scalars', () => {
  it('read with the same value, style and positions as the library reads them, in linear time', () => {
    const long = 'a b\tc#d:e'.repeat(1000);
    const text = `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: "${long}"\n      Tags: [{Key: "${long}", Value: x}]\n      Other: "${long}\\n"\n      Quote: "${long}'"\n`;
    const r = parseYaml(text);
    assert.deepEqual(r.diagnostics, []);
    const props = getPath(r.root, ['Resources', 'B', 'Properties']);
    for (const [key, expected] of [['BucketName', long], ['Other', `${long}\n`], ['Quote', `${long}'`]] as const) {
      const v = scalar(mapGet(props, key));
      assert.equal(v.value, expected, key);
      assert.equal(v.style, 'double', key);
      assert.equal(slice(text, v), v.raw);
      assert.ok(v.raw.startsWith('"') && v.raw.endsWith('"'), key);
    }
    const tag = scalar(mapGet(seq(mapGet(props, 'Tags')).items[0], 'Key'));
    assert.equal(tag.value, long);
    assert.equal(tag.style, 'double');
    assertSpansNested(r.root!, text);
  });

  it('a 5 MB double-quoted line is parsed in well under a second', () => {
    const text = `{AWSTemplateFormatVersion: "2010-09-09", Resources: {B: {Type: "AWS::S3::Bucket", Properties: {BucketName: "${'a'.repeat(5_000_000)}"}}}}`;
    const started = process.cpuUsage();
    const r = parseYaml(text);
    const cpu = process.cpuUsage(started);
    assert.equal(scalar(getPath(r.root, ['Resources', 'B', 'Properties', 'BucketName'])).value!.toString().length, 5_000_000);
    // The library's own reading took 2.5 s of CPU (and 170 MB) here; the swapped one takes ~0.1 s.
    assert.ok((cpu.user + cpu.system) / 1000 < 1500, `${Math.round((cpu.user + cpu.system) / 1000)} ms`);
  });
});
