// SPDX-License-Identifier: Apache-2.0
// The CLI's scan and rules commands, in process with captured output: formats, exit codes, paths.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { ALL_RULES } from '../../rules';

const run = runCli;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-cli-'));
  mkdirSync(join(dir, 'tf'));
  writeFileSync(
    join(dir, 'tf', 'main.tf'),
    'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = "logs"\n  is_multi_region_trail = false\n}\n',
  );
  writeFileSync(
    join(dir, 'tf', 'ok.tf'),
    '# iac-compliance:ignore AWS-CLOUDTRAIL-002 Digest files are validated by the central log account\nresource "aws_cloudtrail" "other" {\n  name                  = "other"\n  s3_bucket_name        = "logs"\n  is_multi_region_trail = true\n  kms_key_id            = "arn:aws:kms:eu-west-1:111122223333:key/abc"\n}\n',
  );
  writeFileSync(join(dir, 'workflow.yaml'), 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n');
  writeFileSync(join(dir, 'key.yaml'), 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false\n');
  return dir;
}

void describe('iac-compliance scan', () => {
  void it('text format: one line per finding with position, rule and frameworks; exit 1', async () => {
    const dir = workspace();
    const r = await run(['scan', dir]);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.includes('tf/main.tf:4:3: high AWS-CLOUDTRAIL-001 The trail records only its home region. [CIS AWS 5.0.0 3.1 (L1) · SOC 2 A1.2, CC2.1, CC7.2, PI1.3] (fixable)'), r.out);
    assert.ok(lines.some((l) => l.startsWith('key.yaml:5:26: medium AWS-KMS-001 ')), r.out);
    assert.ok(!r.out.includes('workflow.yaml'), 'non-CloudFormation YAML is ignored silently');
    assert.match(lines[lines.length - 1]!, /^3 files scanned, \d+ findings .*1 suppressed\.$/);
  });

  void it('json format follows the documented shape', async () => {
    const dir = workspace();
    const r = await run(['scan', dir, '--format', 'json']);
    assert.equal(r.code, 1);
    const doc = JSON.parse(r.out) as {
      tool: { name: string; version: string };
      findings: Record<string, unknown>[];
      errors: unknown[];
      summary: { files: number; findings: number; bySeverity: Record<string, number> };
    };
    assert.equal(doc.tool.name, 'iac-compliance');
    const trail = doc.findings.find((f) => f.ruleId === 'AWS-CLOUDTRAIL-001')!;
    assert.deepEqual(
      { file: trail.file, startLine: trail.startLine, startColumn: trail.startColumn, endLine: trail.endLine, endColumn: trail.endColumn, resource: trail.resource, severity: trail.severity, fixable: trail.fixable, suppressed: trail.suppressed },
      { file: 'tf/main.tf', startLine: 4, startColumn: 3, endLine: 4, endColumn: 32, resource: 'aws_cloudtrail.main', severity: 'high', fixable: true, suppressed: false },
    );
    assert.deepEqual((trail.frameworks as Record<string, string[]>)['cis-aws-5.0.0'], ['3.1']);
    const suppressed = doc.findings.filter((f) => f.suppressed === true);
    assert.equal(suppressed.length, 1);
    assert.equal(suppressed[0]!.justification, 'Digest files are validated by the central log account');
    assert.equal(doc.summary.files, 3);
    assert.equal(doc.summary.findings, doc.findings.length - 1);
  });

  void it('sarif format is SARIF 2.1.0 with rules, tags, regions and suppressions', async () => {
    const dir = workspace();
    const r = await run(['scan', dir, '--format', 'sarif']);
    const doc = JSON.parse(r.out) as { version: string; runs: { tool: { driver: { rules: { id: string; properties: { tags: string[] } }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; suppressions?: { justification: string }[] }[] }[] };
    assert.equal(doc.version, '2.1.0');
    const run0 = doc.runs[0]!;
    const rule = run0.tool.driver.rules.find((x) => x.id === 'AWS-CLOUDTRAIL-001')!;
    assert.ok(rule.properties.tags.includes('CIS AWS 5.0.0 3.1'));
    assert.ok(rule.properties.tags.includes('SOC 2 CC7.2'));
    const res = run0.results.find((x) => x.ruleId === 'AWS-CLOUDTRAIL-001')!;
    assert.equal(res.level, 'error');
    assert.equal(res.locations[0]!.physicalLocation.artifactLocation.uri, 'tf/main.tf');
    assert.equal(res.locations[0]!.physicalLocation.region.startLine, 4);
    assert.equal(run0.results.filter((x) => x.suppressions).length, 1);
  });

  void it('--cache DIR: the second scan reads the folders from DIR and prints the same; a changed file is scanned again', async () => {
    const dir = workspace();
    const cache = join(mkdtempSync(join(tmpdir(), 'iac-cli-cache-')), 'c');
    const plain = await run(['scan', dir, '--format', 'json', '--no-config']);
    const cold = await run(['scan', dir, '--format', 'json', '--no-config', '--cache', cache]);
    assert.equal(cold.out, plain.out);
    assert.equal(cold.code, plain.code);
    assert.equal(readdirSync(cache).length, 2, 'one entry per folder');
    const warm = await run(['scan', dir, '--format', 'json', '--no-config', '--cache', cache]);
    assert.equal(warm.out, plain.out);
    // What the cache did, on stderr.
    assert.match(cold.err, /--cache: 0 folders read from .*, 2 analysed/);
    assert.match(warm.err, /--cache: 2 folders read from .*, 0 analysed/);
    writeFileSync(join(dir, 'tf', 'main.tf'), 'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = "logs"\n  is_multi_region_trail = true\n}\n');
    const changed = await run(['scan', dir, '--format', 'json', '--no-config', '--cache', cache]);
    assert.equal(changed.out, (await run(['scan', dir, '--format', 'json', '--no-config'])).out);
    assert.notEqual(changed.out, plain.out);
    assert.match((await run(['scan', '--help'])).out, /--cache DIR/);
  });

  void it('--fail-on sets the exit threshold', async () => {
    const dir = workspace();
    assert.equal((await run(['scan', dir, '--fail-on', 'critical'])).code, 0);
    assert.equal((await run(['scan', dir, '--fail-on', 'high'])).code, 1);
  });

  void it('a clean file exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-cli-clean-'));
    writeFileSync(join(dir, 'main.tf'), 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n');
    const r = await run(['scan', dir]);
    assert.equal(r.code, 0, r.out);
  });

  void it('bad usage and unreadable paths exit 2 with a message, no stack trace', async () => {
    for (const args of [['scan'], ['scan', '/no/such/path'], ['scan', '.', '--format', 'xml'], ['scan', '.', '--fail-on', 'urgent'], ['scan', '.', '--bogus'], ['nope']]) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /^iac-compliance: /);
      assert.doesNotMatch(r.err, /\n\s+at /);
    }
  });

  void it('--also FORMAT=FILE writes more formats from the same scan, each as its own --format run would', async () => {
    const dir = workspace();
    const sarif = join(dir, 'out.sarif');
    const text = join(dir, 'out.txt');
    const json = join(dir, 'out.json');
    const r = await run(['scan', dir, '--no-config', '--format', 'codeclimate', '--also', `sarif=${sarif}`, '--also', `text=${text}`, '--also', `json=${json}`]);
    assert.equal(r.code, 1);
    assert.equal(r.out, (await run(['scan', dir, '--no-config', '--format', 'codeclimate'])).out);
    assert.equal(readFileSync(sarif, 'utf8'), (await run(['scan', dir, '--no-config', '--format', 'sarif'])).out);
    // The text format's per-framework table needs full results: the codeclimate scan kept them for it.
    assert.equal(readFileSync(text, 'utf8'), (await run(['scan', dir, '--no-config'])).out);
    assert.equal(readFileSync(json, 'utf8'), (await run(['scan', dir, '--no-config', '--format', 'json'])).out);
    for (const [also, message] of [
      ['sarif', /--also needs FORMAT=FILE/],
      ['=x.sarif', /--also needs FORMAT=FILE/],
      ['xml=x.xml', /unknown format "xml" for --also \(text, json, sarif, gitlab-sast, codeclimate\)/],
      [`sarif=${join(dir, 'no', 'such', 'folder', 'x.sarif')}`, /cannot write the sarif output to /],
    ] as const) {
      const bad = await run(['scan', dir, '--no-config', '--also', also]);
      assert.equal(bad.code, 2, also);
      assert.match(bad.err, message);
    }
  });

  void it('-o writes the report to a file', async () => {
    const dir = workspace();
    const out = join(dir, 'report.json');
    const r = await run(['scan', join(dir, 'tf'), '--format', 'json', '-o', out]);
    assert.equal(r.out, '');
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as { summary: { files: number } }).summary.files, 2);
  });
});

void describe('iac-compliance rules', () => {
  void it('json lists every rule with metadata, platforms and fixability', async () => {
    const r = await run(['rules', '--format', 'json']);
    assert.equal(r.code, 0);
    const doc = JSON.parse(r.out) as { rules: { id: string; platforms: string[]; fixable: boolean; frameworks: Record<string, string[]> }[] };
    assert.equal(doc.rules.length, ALL_RULES.length);
    const s3 = doc.rules.find((x) => x.id === 'AWS-S3-001')!;
    assert.deepEqual(s3.platforms, ['terraform', 'cloudformation']);
    assert.equal(s3.fixable, true);
    assert.deepEqual(s3.frameworks['cis-aws-5.0.0'], ['2.1.4']);
    assert.equal(doc.rules.find((x) => x.id === 'AWS-IAM-001')!.fixable, false);
  });
});
