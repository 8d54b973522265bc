// SPDX-License-Identifier: Apache-2.0
// Hostile inputs through the CLI. Every input is generated here in a temp folder at test time (nothing
// hostile is committed). The CLI runs as a child process with a time limit and a 500 MB heap, so a hang
// or a memory blow-up fails the test instead of the run; each case checks for a clear diagnostic or
// error entry, and that a well-formed neighbour file keeps exactly the results it has alone.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runMeasured } from './measure';

const CLI = join(process.cwd(), 'dist', 'cli.js');
/** Generous for a shared 2-core machine; the failures this guards against took minutes or never ended. */
const TIME_LIMIT_MS = 20_000;
const roots: string[] = [];
after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

const NEIGHBOUR = 'resource "aws_s3_bucket" "neighbour" {\n  bucket = "neighbour-logs"\n}\n';

interface ScanJson {
  findings: { file: string; ruleId: string; message: string; startLine: number; resource?: string }[];
  errors: { file: string; message: string; startLine?: number }[];
}

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'iac-hostile-'));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

function scan(root: string, extra: string[] = []): ScanJson {
  const r = spawnSync(process.execPath, ['--max-old-space-size=500', CLI, 'scan', root, '--format', 'json', ...extra], { timeout: TIME_LIMIT_MS, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.signal, null, `the CLI was killed (${r.signal}): over ${TIME_LIMIT_MS} ms`);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout) as ScanJson;
}

/** Findings on a file's own resources (account-level "missing" findings are per workspace, not per file). */
const of = (j: ScanJson, file: string): string[] => j.findings.filter((f) => f.file === file && f.resource?.startsWith('aws_s3_bucket.')).map((f) => `${f.ruleId}:${f.startLine}:${f.message}`);

/** Scans `hostile` beside a neighbour (in its own folder) and checks the neighbour's results are unchanged. */
function withNeighbour(hostile: Record<string, string>): ScanJson {
  const alone = scan(workspace({ 'ok/main.tf': NEIGHBOUR }));
  const both = scan(workspace({ 'ok/main.tf': NEIGHBOUR, ...hostile }));
  assert.deepEqual(of(both, 'ok/main.tf'), of(alone, 'ok/main.tf'));
  assert.ok(of(alone, 'ok/main.tf').length > 0, 'the neighbour has findings to compare');
  return both;
}

function metricFilter(pattern: string): string {
  return [
    'resource "aws_cloudtrail" "t" {',
    '  name           = "t"',
    '  s3_bucket_name = "b"',
    '}',
    'resource "aws_cloudwatch_log_metric_filter" "f" {',
    '  name           = "f"',
    '  log_group_name = "g"',
    `  pattern        = ${JSON.stringify(pattern)}`,
    '  metric_transformation {',
    '    name      = "m"',
    '    namespace = "n"',
    '    value     = "1"',
    '  }',
    '}',
    '',
  ].join('\n');
}

void describe('hostile inputs: CLI', () => {
  void it('metric filter patterns that make a backtracking matcher hang', () => {
    for (const pattern of ['{ $.eventName = %^(.|.|.)*Q$% }', '{ $.eventName = "************Q" }', '{ ($.eventName = "*a*a*a*a*a*a*a*a*a*a*a*a*b") || ($.errorCode = %(x+x+)+y%) }']) {
      withNeighbour({ 'trail/main.tf': metricFilter(pattern) });
    }
  });

  void it('a metric filter pattern beyond the matching budget is a "cannot verify" naming the limit', () => {
    const j = withNeighbour({ 'trail/main.tf': metricFilter('{ $.eventName = %(a{900}){900}% }') });
    assert.ok(j.findings.some((f) => f.file === 'trail/main.tf' && /matching limit/.test(f.message)), JSON.stringify(j.findings.filter((f) => f.file === 'trail/main.tf')).slice(0, 800));
  });

  void it('exclude globs and .gitignore lines with many stars and ** segments', () => {
    const stars = `${'*a'.repeat(30)}*b`;
    const globstars = `x/${'**/'.repeat(30)}Q`;
    const deepPath = `${'a/'.repeat(20)}main.tf`;
    withNeighbour({ '.iac-compliance.yaml': `exclude: ["${'**/'.repeat(30)}Q", "${stars}"]\n`, '.gitignore': `${stars}\n${globstars}\n`, [deepPath]: NEIGHBOUR.replace('neighbour', 'deep') });
  });

  void it('an invalid .gitignore line is ignored alone', () => {
    const j = scan(workspace({ '.gitignore': '[z-a]\nignored.tf\n', 'ignored.tf': NEIGHBOUR, 'kept.tf': NEIGHBOUR.replace('neighbour', 'kept') }));
    assert.equal(of(j, 'ignored.tf').length, 0);
    assert.ok(of(j, 'kept.tf').length > 0);
  });

  void it('YAML alias bombs (under Metadata, and as a policy Action) are an error entry', () => {
    const bomb = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Metadata:', '      l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) bomb.push(`      l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
    const action = [...bomb, '  Policy:', '    Type: AWS::IAM::ManagedPolicy', '    Properties:', '      PolicyDocument:', '        Statement:', '          - Effect: Allow', '            Action: *l8', '            Resource: "*"'];
    const j = withNeighbour({ 'cfn/meta.yaml': bomb.join('\n') + '\n', 'cfn/action.yaml': action.join('\n') + '\n' });
    for (const file of ['cfn/meta.yaml', 'cfn/action.yaml']) assert.ok(j.errors.some((e) => e.file === file && /alias/i.test(e.message)), file);
  });

  void it('~600+ levels of nesting in HCL, JSON and YAML are an error entry each', () => {
    const j = withNeighbour({
      'deep/list.tf': `locals {\n  x = ${'['.repeat(700)}1${']'.repeat(700)}\n}\n`,
      'deep/parens.tf': `locals {\n  y = ${'('.repeat(3000)}1${')'.repeat(3000)}\n}\n`,
      'deep/blocks.tf': `resource "aws_s3_bucket" "b" {\n${'x {\n'.repeat(700)}${'}\n'.repeat(700)}}\n`,
      'deep/t.json': `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Metadata":${'['.repeat(5000)}${']'.repeat(5000)}}}}`,
      'deep/t.yaml': `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    });
    for (const file of ['deep/list.tf', 'deep/parens.tf', 'deep/blocks.tf', 'deep/t.json', 'deep/t.yaml']) assert.ok(j.errors.some((e) => e.file === file && /nest/i.test(e.message)), `${file}: ${JSON.stringify(j.errors.filter((e) => e.file === file)).slice(0, 300)}`);
  });

  void it('evaluation bombs end in the evaluation budget', () => {
    const tf = ['locals {', '  a = range(1000)', '  b = jsonencode([for x in local.a : [for y in local.a : [for z in local.a : "${x}-${y}-${z}"]]])', '  c = [for i in range(100000) : join(",", [for j in range(1000) : tostring(j)])]', '}', 'resource "aws_s3_bucket" "b" {', '  bucket = local.b', '}', ''].join('\n');
    withNeighbour({ 'bomb/main.tf': tf });
  });

  void it('odd bytes: NUL, invalid UTF-8, UTF-16, a long single line', () => {
    withNeighbour({
      'bytes/nul.tf': 'resource "aws_s3_bucket" "n" {\n  bucket = "a\u0000b"\n}\n\u0000\u0000',
      'bytes/utf16.tf': '\ufeffresource "aws_s3_bucket" "u" {}\n'.split('').map((c) => `${c}\u0000`).join(''),
      'bytes/long.tf': `locals {\n  x = "${'a'.repeat(2_000_000)}"\n}\n`,
      'bytes/long.yaml': `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata: {x: "${'a'.repeat(2_000_000)}"}\n`,
    });
  });

  void it('a 50 MB .tf and a 6 MB template are one error each, not read; a 6 MB JSON data file is not ours', () => {
    const bucket = 'resource "aws_s3_bucket" "big" {\n  bucket = "big"\n}\n';
    const big = bucket + `locals {\n  x = "${'a'.repeat(50 * 1024 * 1024)}"\n}\n`;
    const template = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata: {x: "${'a'.repeat(6 * 1024 * 1024)}"}\n`;
    const data = JSON.stringify({ rows: Array.from({ length: 200_000 }, (_, i) => ({ id: i, name: `row-${i}` })) });
    assert.ok(data.length > 5 * 1024 * 1024);
    const root = workspace({ 'ok/main.tf': NEIGHBOUR, 'big/main.tf': big, 'big/other.tf': NEIGHBOUR.replace('neighbour', 'other'), 'cfn/big.yaml': template, 'data/rows.json': data });
    const r = runMeasured(['scan', root, '--format', 'json'], TIME_LIMIT_MS);
    assert.ok(r.maxRssMb < 500, `${Math.round(r.maxRssMb)} MB`);
    const j = JSON.parse(r.stdout) as ScanJson;
    for (const file of ['big/main.tf', 'cfn/big.yaml']) assert.ok(j.errors.some((e) => e.file === file && /over the 5\.0 MB limit/.test(e.message) && /--max-file-size/.test(e.message)), `${file}: ${JSON.stringify(j.errors)}`);
    assert.equal(j.errors.filter((e) => e.file === 'data/rows.json').length, 0);
    assert.equal(of(j, 'big/main.tf').length, 0, 'the large file is not read');
    assert.ok(of(j, 'big/other.tf').length > 0, 'its neighbour in the module is checked');
    assert.deepEqual(of(j, 'ok/main.tf'), of(scan(workspace({ 'ok/main.tf': NEIGHBOUR })), 'ok/main.tf'));
    // The limit is a flag: raised, the 6 MB template is read; lowered, the small files are errors too.
    const raised = scan(root, ['--max-file-size', '8MB']);
    assert.equal(raised.errors.filter((e) => e.file === 'cfn/big.yaml').length, 0, JSON.stringify(raised.errors));
    assert.ok(raised.findings.some((f) => f.file === 'cfn/big.yaml'));
    const lowered = scan(root, ['--max-file-size=10']);
    assert.ok(lowered.errors.some((e) => e.file === 'ok/main.tf' && /over the 1 KB limit/.test(e.message)), JSON.stringify(lowered.errors.slice(0, 3)));
    const bad = spawnSync(process.execPath, [CLI, 'scan', root, '--max-file-size', 'huge'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--max-file-size needs a size/);
  });

  void it('5 MB single-line files (Terraform, YAML, JSON, a .tf.json) are checked in bounded time and memory', () => {
    const five = 5_000_000;
    const line = (n: number): string => 'a'.repeat(n);
    const files = {
      'long/a.tf': `resource "aws_s3_bucket" "long" { bucket = "${line(five)}" }`,
      'long/t.yaml': `{AWSTemplateFormatVersion: "2010-09-09", Resources: {B: {Type: "AWS::S3::Bucket", Properties: {BucketName: "${line(five)}"}}}}`,
      'long/t.json': `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"BucketName":"${line(five)}"}}}}`,
      'long/b.tf.json': `{"resource":{"aws_s3_bucket":{"j":{"bucket":"${line(five)}"}}}}`,
      // Half a million syntax errors on one line.
      'many/a.tf': Array.from({ length: 500_000 }, (_, i) => `x${i}=1`).join(' ; ').slice(0, five),
    };
    for (const [name, text] of Object.entries(files)) {
      assert.ok(text.length >= five && !text.includes('\n'), name);
      const root = workspace({ 'ok/main.tf': NEIGHBOUR, [name]: text });
      const r = runMeasured(['scan', root, '--format', 'json'], TIME_LIMIT_MS);
      assert.ok(r.maxRssMb < 500, `${name}: ${Math.round(r.maxRssMb)} MB`);
      const j = JSON.parse(r.stdout) as ScanJson;
      if (name !== 'many/a.tf') assert.ok(j.findings.some((f) => f.file === name), `${name} is checked`);
      assert.deepEqual(of(j, 'ok/main.tf'), of(scan(workspace({ 'ok/main.tf': NEIGHBOUR })), 'ok/main.tf'));
    }
  });

  void it('encodings: UTF-16 (both byte orders, with and without a byte order mark) and invalid UTF-8 are checked with an error saying so; NUL bytes in templates', () => {
    const tf = 'resource "aws_s3_bucket" "enc" {\n  bucket = "enc"\n}\n';
    const yaml = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Enc:\n    Type: AWS::S3::Bucket\n';
    const utf16 = (text: string, le: boolean): Buffer => {
      const b = Buffer.from(text, 'utf16le');
      if (!le) b.swap16();
      return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), b]);
    };
    const bad = (text: string, at: string): Buffer => Buffer.concat([Buffer.from(text.slice(0, text.indexOf(at))), Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf8]), Buffer.from(text.slice(text.indexOf(at)))]);
    const files: Record<string, Buffer> = {
      'enc/le.tf': utf16(tf, true),
      'enc2/be.tf': utf16(tf.replace(/enc/g, 'be'), false),
      'enc/le.yaml': utf16(yaml, true),
      'enc/be.yaml': utf16(yaml, false),
      // Without a byte order mark, told by the NUL byte beside every character.
      'enc3/nobom.tf': Buffer.from(tf.replace(/enc/g, 'nobom'), 'utf16le'),
      'enc3/nobom-be.yaml': Buffer.from(yaml, 'utf16le').swap16(),
      'bad/main.tf': bad(tf, 'enc"\n}'),
      'bad/t.yaml': bad(yaml, 'Type'),
      'bad/t.json': bad('{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Metadata":{"x":"y"}}}}', 'y"'),
      'nul/t.yaml': Buffer.from(yaml.replace('Enc:', 'E\u0000nc:') + '# \u0000\u0000\n'),
      'nul/t.json': Buffer.from('{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Metadata":"\u0000"}}}\u0000'),
    };
    const root = workspace({ 'ok/main.tf': NEIGHBOUR });
    for (const [rel, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), bytes);
    }
    const r = runMeasured(['scan', root, '--format', 'json'], TIME_LIMIT_MS);
    assert.ok(r.maxRssMb < 500, `${Math.round(r.maxRssMb)} MB`);
    const j = JSON.parse(r.stdout) as ScanJson;
    for (const file of ['enc/le.tf', 'enc2/be.tf', 'enc/le.yaml', 'enc/be.yaml', 'enc3/nobom.tf', 'enc3/nobom-be.yaml']) {
      assert.ok(j.errors.some((e) => e.file === file && /UTF-16 .*read UTF-8 only/.test(e.message)), `${file}: ${JSON.stringify(j.errors.filter((e) => e.file === file))}`);
      assert.ok(j.findings.some((f) => f.file === file && f.ruleId === 'AWS-S3-002'), `${file} is still checked`);
      assert.equal(j.errors.filter((e) => e.file === file).length, 1, `${file}: one error, not one per character`);
    }
    for (const file of ['bad/main.tf', 'bad/t.yaml', 'bad/t.json']) {
      const e = j.errors.find((x) => x.file === file && /Invalid character encoding: byte 0xC3/.test(x.message));
      assert.ok(e, `${file}: ${JSON.stringify(j.errors.filter((x) => x.file === file))}`);
    }
    assert.equal(j.errors.find((x) => x.file === 'bad/main.tf' && /0xC3/.test(x.message))!.startLine, 2, 'the error points at the bad byte');
    assert.ok(j.findings.some((f) => f.file === 'bad/main.tf' && f.ruleId === 'AWS-S3-002'));
    for (const file of ['nul/t.yaml', 'nul/t.json']) assert.ok(j.findings.some((f) => f.file === file) || j.errors.some((e) => e.file === file), `${file} is reported on`);
    assert.deepEqual(of(j, 'ok/main.tf'), of(scan(workspace({ 'ok/main.tf': NEIGHBOUR })), 'ok/main.tf'));
  });

  void it('deep block-style YAML and deep JSON objects (not only brackets) are a nesting error, in bounded memory', () => {
    const deepYaml = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(6 + i)}k${i}:`).join('\n')}\n${' '.repeat(2006)}end\n`;
    const deepSeq = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(6 + 2 * i)}-`).join('\n')} x\n`;
    const deepJson = `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Metadata":${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}}}}`;
    const deepTfJson = `{"locals":{"x":${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}}}`;
    const root = workspace({ 'ok/main.tf': NEIGHBOUR, 'd/map.yaml': deepYaml, 'd/seq.yaml': deepSeq, 'd/t.json': deepJson, 'd2/main.tf.json': deepTfJson });
    const r = runMeasured(['scan', root, '--format', 'json'], TIME_LIMIT_MS);
    assert.ok(r.maxRssMb < 500, `${Math.round(r.maxRssMb)} MB`);
    const j = JSON.parse(r.stdout) as ScanJson;
    for (const file of ['d/map.yaml', 'd/seq.yaml', 'd/t.json', 'd2/main.tf.json']) assert.ok(j.errors.some((e) => e.file === file && /nest/i.test(e.message)), `${file}: ${JSON.stringify(j.errors.filter((e) => e.file === file)).slice(0, 300)}`);
    assert.deepEqual(of(j, 'ok/main.tf'), of(scan(workspace({ 'ok/main.tf': NEIGHBOUR })), 'ok/main.tf'));
  });

  void it('a symlink to its own folder does not multiply results', { skip: process.platform === 'win32' }, () => {
    const root = workspace({ 'ok/main.tf': NEIGHBOUR });
    const plain = scan(root);
    symlinkSync('.', join(root, 'ok', 'self'));
    const looped = scan(root);
    assert.equal(looped.findings.length, plain.findings.length);
    assert.equal(looped.errors.filter((e) => /already scanned/.test(e.message)).length, 1, JSON.stringify(looped.errors));
    symlinkSync('..', join(root, 'ok', 'up'));
    symlinkSync('.', join(root, 'ok', 'again'));
    assert.equal(scan(root).findings.length, plain.findings.length);
  });
});
