// SPDX-License-Identifier: Apache-2.0
// `iac-compliance baseline create` and `--baseline` on scan and report: known findings are left out and do
// not fail the run, new ones are reported, identity survives line shifts, bad files are usage errors.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';

const run = runCli;

const TRAIL = 'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = "logs"\n  is_multi_region_trail = false\n}\n';
const KEY = (name: string): string => `resource "aws_kms_key" "${name}" {\n  enable_key_rotation = false\n}\n`;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-baseline-'));
  mkdirSync(join(dir, 'tf'));
  writeFileSync(join(dir, 'tf', 'main.tf'), TRAIL);
  writeFileSync(join(dir, 'key.yaml'), 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false\n');
  return dir;
}

interface JsonReport {
  findings: { ruleId: string; file: string; resource: string; startLine: number; suppressed: boolean }[];
  summary: { findings: number; baselined?: number };
}

async function scanJson(dir: string, ...extra: string[]): Promise<{ code: number; doc: JsonReport }> {
  const r = await run(['scan', dir, '--format', 'json', ...extra]);
  assert.ok(r.code === 0 || r.code === 1, r.err);
  return { code: r.code, doc: JSON.parse(r.out) as JsonReport };
}

void describe('iac-compliance baseline create', () => {
  void it('writes version, tool and line-free findings with fingerprints; exit 0 even with findings', async () => {
    const dir = workspace();
    const file = join(dir, 'baseline.json');
    const r = await run(['baseline', 'create', dir, '-o', file]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Baseline of \d+ findings in 2 files written to /);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { version: number; tool: { name: string }; findings: Record<string, unknown>[] };
    assert.equal(doc.version, 1);
    assert.equal(doc.tool.name, 'iac-compliance');
    const trail = doc.findings.find((f) => f.ruleId === 'AWS-CLOUDTRAIL-001')!;
    assert.deepEqual(Object.keys(trail).sort(), ['file', 'fingerprint', 'kind', 'message', 'resource', 'ruleId']);
    assert.equal(trail.file, 'tf/main.tf');
    assert.equal(trail.resource, 'aws_cloudtrail.main');
    assert.match(trail.fingerprint as string, /^[0-9a-f]{64}$/);
    const { doc: scanned } = await scanJson(dir);
    assert.equal(doc.findings.length, scanned.summary.findings, 'every unsuppressed finding is recorded');
  });

  void it('without -o prints the baseline; --help; bad usage exits 2', async () => {
    const dir = workspace();
    const r = await run(['baseline', 'create', dir]);
    assert.equal(r.code, 0);
    assert.equal((JSON.parse(r.out) as { version: number }).version, 1);
    const help = await run(['baseline', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /baseline create PATH/);
    assert.match((await run(['help', 'baseline'])).out, /--exclude GLOB/);
    for (const args of [['baseline'], ['baseline', 'make', dir], ['baseline', 'create'], ['baseline', 'create', '/no/such/path'], ['baseline', 'create', dir, '--bogus']]) {
      const b = await run(args);
      assert.equal(b.code, 2, args.join(' '));
      assert.match(b.err, /^iac-compliance: /);
      assert.doesNotMatch(b.err, /\n\s+at /);
    }
  });

  void it('--exclude leaves excluded files out of the baseline', async () => {
    const dir = workspace();
    const r = await run(['baseline', 'create', dir, '--exclude', 'tf/**']);
    const doc = JSON.parse(r.out) as { findings: { file: string }[] };
    assert.ok(doc.findings.length > 0);
    assert.ok(doc.findings.every((f) => !f.file.startsWith('tf/')), r.out);
  });
});

void describe('scan --baseline', () => {
  void it('baselined findings are not reported and do not fail the run (text, json, sarif)', async () => {
    const dir = workspace();
    const file = join(dir, 'baseline.json');
    assert.equal((await run(['baseline', 'create', dir, '-o', file])).code, 0);
    assert.equal((await run(['scan', dir])).code, 1, 'without the baseline the run fails');
    const text = await run(['scan', dir, '--baseline', file]);
    assert.equal(text.code, 0, text.out);
    assert.doesNotMatch(text.out, /AWS-CLOUDTRAIL-001|AWS-KMS-001/);
    assert.match(text.out, /, 0 findings /);
    assert.match(text.out, /^\d+ findings in the baseline .*baseline\.json are not reported\.$/m);
    const { code, doc } = await scanJson(dir, '--baseline', file);
    assert.equal(code, 0);
    assert.deepEqual(doc.findings.filter((f) => !f.suppressed), []);
    assert.equal(doc.summary.findings, 0);
    assert.ok((doc.summary.baselined ?? 0) > 0);
    const sarif = await run(['scan', dir, '--format', 'sarif', '--baseline', file]);
    assert.equal(sarif.code, 0);
    const log = JSON.parse(sarif.out) as { runs: { results: unknown[]; properties: { baselined: number } }[] };
    assert.equal(log.runs[0]!.results.length, 0);
    assert.equal(log.runs[0]!.properties.baselined, doc.summary.baselined);
  });

  void it('a new finding after the baseline is reported and fails the run; --fail-on still applies', async () => {
    const dir = workspace();
    const file = join(dir, 'baseline.json');
    await run(['baseline', 'create', dir, '-o', file]);
    writeFileSync(join(dir, 'tf', 'keys.tf'), KEY('fresh'));
    const { code, doc } = await scanJson(dir, '--baseline', file);
    assert.equal(code, 1);
    assert.deepEqual(
      doc.findings.filter((f) => !f.suppressed).map((f) => `${f.ruleId} ${f.file} ${f.resource}`),
      ['AWS-KMS-001 tf/keys.tf aws_kms_key.fresh'],
    );
    // The new finding is medium: a high threshold passes, as it would without a baseline.
    assert.equal((await run(['scan', dir, '--baseline', file, '--fail-on', 'high'])).code, 0);
    assert.equal((await run(['scan', dir, '--baseline', file, '--fail-on', 'medium'])).code, 1);
  });

  void it('a finding moved down by inserted lines stays baselined; the same rule on another resource is new', async () => {
    const dir = workspace();
    const file = join(dir, 'baseline.json');
    await run(['baseline', 'create', dir, '-o', file]);
    const before = (await scanJson(dir)).doc.findings.find((f) => f.ruleId === 'AWS-CLOUDTRAIL-001')!;
    writeFileSync(join(dir, 'tf', 'main.tf'), `# Audit trail.\n# Owned by the platform team.\n\nlocals {\n  region = "eu-west-1"\n}\n\n${TRAIL}`);
    const after = (await scanJson(dir)).doc.findings.find((f) => f.ruleId === 'AWS-CLOUDTRAIL-001')!;
    assert.equal(after.startLine, before.startLine + 7, 'the finding really moved');
    const moved = await scanJson(dir, '--baseline', file);
    assert.equal(moved.code, 0, JSON.stringify(moved.doc.findings));
    assert.deepEqual(moved.doc.findings.filter((f) => !f.suppressed), []);
    // Renaming the resource makes it another finding.
    writeFileSync(join(dir, 'tf', 'main.tf'), TRAIL.replace('"main" {', '"renamed" {'));
    const renamed = await scanJson(dir, '--baseline', file);
    assert.equal(renamed.code, 1);
    assert.ok(renamed.doc.findings.some((f) => f.resource === 'aws_cloudtrail.renamed' && !f.suppressed));
  });

  void it('identical findings are counted: a baseline with one hides one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-baseline-dup-'));
    writeFileSync(join(dir, 'main.tf'), KEY('k'));
    const file = join(dir, 'baseline.json');
    await run(['baseline', 'create', dir, '-o', file]);
    assert.equal((await run(['scan', dir, '--baseline', file])).code, 0);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { findings: unknown[] };
    writeFileSync(file, JSON.stringify({ ...doc, findings: [] }));
    assert.equal((await run(['scan', dir, '--baseline', file])).code, 1, 'an empty baseline hides nothing');
  });

  void it('an earlier `scan --format json` output works as a baseline', async () => {
    const dir = workspace();
    const file = join(dir, 'earlier.json');
    assert.equal((await run(['scan', dir, '--format', 'json', '-o', file])).code, 1);
    writeFileSync(join(dir, 'key.yaml'), `# moved down\n\n${readFileSync(join(dir, 'key.yaml'), 'utf8')}`);
    assert.equal((await run(['scan', dir, '--baseline', file])).code, 0);
    writeFileSync(join(dir, 'tf', 'keys.tf'), KEY('fresh'));
    const { code, doc } = await scanJson(dir, '--baseline', file);
    assert.equal(code, 1);
    assert.deepEqual(doc.findings.filter((f) => !f.suppressed).map((f) => f.resource), ['aws_kms_key.fresh']);
  });

  void it('suppressed findings are not baselined: they stay listed as suppressed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-baseline-sup-'));
    writeFileSync(join(dir, 'main.tf'), `# iac-compliance:ignore AWS-KMS-001 Rotation is handled by the HSM team\n${KEY('k')}`);
    const file = join(dir, 'baseline.json');
    await run(['baseline', 'create', dir, '-o', file]);
    const recorded = (JSON.parse(readFileSync(file, 'utf8')) as { findings: { ruleId: string }[] }).findings;
    assert.ok(!recorded.some((f) => f.ruleId === 'AWS-KMS-001'));
    const { doc } = await scanJson(dir, '--baseline', file);
    assert.ok(doc.findings.some((f) => f.ruleId === 'AWS-KMS-001' && f.suppressed));
  });

  void it('a missing, unreadable or invalid baseline file exits 2 with a message naming it', async () => {
    const dir = workspace();
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, 'findings: []\n');
    const noFindings = join(dir, 'nofindings.json');
    writeFileSync(noFindings, '{"tool": {"name": "iac-compliance"}}');
    const badVersion = join(dir, 'v9.json');
    writeFileSync(badVersion, '{"version": 9, "findings": []}');
    const badEntry = join(dir, 'entry.json');
    writeFileSync(badEntry, '{"findings": [{"ruleId": "AWS-KMS-001"}]}');
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.json'), /cannot read baseline .*missing\.json: no such file/],
      [dir, /cannot read baseline .*: is a folder/],
      [notJson, /invalid baseline .*not\.json: not JSON/],
      [noFindings, /invalid baseline .*nofindings\.json: expected a JSON object with a "findings" array/],
      [badVersion, /invalid baseline .*v9\.json: unsupported baseline version 9/],
      [badEntry, /invalid baseline .*entry\.json: findings\[0\] has no string "file"/],
    ];
    for (const [path, message] of cases) {
      for (const command of ['scan', 'report']) {
        const r = await run([command, dir, '--baseline', path]);
        assert.equal(r.code, 2, `${command} ${path}`);
        assert.match(r.err, message);
        assert.match(r.err, new RegExp(`Run 'iac-compliance ${command} --help'`));
        assert.doesNotMatch(r.err, /\n\s+at /);
        assert.equal(r.out, '');
      }
    }
  });
});

void describe('report --baseline', () => {
  void it('leaves baselined findings out of the lists, says how many, keeps control statuses', async () => {
    const dir = workspace();
    const file = join(dir, 'baseline.json');
    await run(['baseline', 'create', dir, '-o', file]);
    writeFileSync(join(dir, 'tf', 'keys.tf'), KEY('fresh'));
    const plain = await run(['report', dir, '--format', 'json', '--framework', 'cis-aws-5.0.0']);
    const r = await run(['report', dir, '--format', 'json', '--framework', 'cis-aws-5.0.0', '--baseline', file]);
    assert.equal(r.code, 0, r.err);
    type Doc = { baselined?: number; frameworks: { view: string; passRate: number | null; controls: { id: string; status: string; findings: { resource: string }[] }[] }[] };
    const withBaseline = JSON.parse(r.out) as Doc;
    const without = JSON.parse(plain.out) as Doc;
    assert.ok((withBaseline.baselined ?? 0) > 0);
    assert.equal(without.baselined, undefined);
    const all = withBaseline.frameworks.find((f) => f.view === 'all')!;
    const evidence = all.controls.flatMap((c) => c.findings.map((f) => f.resource));
    assert.ok(evidence.includes('aws_kms_key.fresh'), evidence.join(', '));
    assert.ok(!evidence.includes('aws_cloudtrail.main'), 'the baselined trail finding is not listed');
    assert.deepEqual(
      withBaseline.frameworks.map((f) => [f.view, f.passRate, f.controls.map((c) => c.status)]),
      without.frameworks.map((f) => [f.view, f.passRate, f.controls.map((c) => c.status)]),
      'statuses and pass rates still count baselined findings',
    );
    const md = await run(['report', dir, '--framework', 'cis-aws-5.0.0', '--baseline', file]);
    assert.equal(md.code, 0);
    assert.match(md.out, /\d+ findings in the baseline .* are not reported\./);
    const html = await run(['report', dir, '--format', 'html', '--framework', 'cis-aws-5.0.0', '--baseline', file]);
    assert.match(html.out, /are not reported\. Control statuses and pass rates still count them\.<\/p>\n<\/body>/);
  });
});
