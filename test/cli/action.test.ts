// SPDX-License-Identifier: Apache-2.0
// The GitHub Action (action.yml): its shape (composite, the documented inputs, SARIF upload through
// github/codeql-action/upload-sarif, inputs passed as environment variables), and its scan and gate steps
// run here as the runner would run them, against the built CLI (dist/cli.js), with the runner's files
// ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY, $RUNNER_TEMP) in a temporary folder. Also `scan --summary-md`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { repoRoot } from '../support/corpus';
import { runCli } from '../support/cli';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = (): Action => parse(readFileSync(join(repoRoot(), 'action.yml'), 'utf8')) as Action;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-action-'));
  writeFileSync(join(dir, 'main.tf'), 'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = "logs"\n  is_multi_region_trail = false\n}\nresource "aws_kms_key" "k" {\n  enable_key_rotation = false\n}\n');
  return dir;
}

/** Runs a step's script with its env, `${{ inputs.x }}` and `${{ steps.scan.outputs.y }}` filled in as GitHub would. */
function runStep(step: Step, inputs: Record<string, string>, outputs: Record<string, string>, runner: Record<string, string>, cwd: string): { status: number; stdout: string } {
  const fill = (v: string): string =>
    v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, k: string) => inputs[k] ?? '').replace(/\$\{\{\s*steps\.scan\.outputs\.([\w-]+)\s*\}\}/g, (_m, k: string) => outputs[k] ?? '');
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...runner };
  for (const [k, v] of Object.entries(step.env ?? {})) env[k] = fill(String(v));
  assert.ok(!/\$\{\{/.test(step.run!), `${step.name}: no expression inside the script (inputs go through env)`);
  const r = spawnSync('bash', ['-c', step.run!], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status ?? -1, stdout: r.stdout };
}

function outputsOf(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of existsSync(file) ? readFileSync(file, 'utf8').split('\n') : []) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

void describe('GitHub Action', () => {
  void it('is a composite action with the documented inputs and a SARIF upload', () => {
    const a = action();
    assert.equal(a.runs.using, 'composite');
    for (const k of ['paths', 'frameworks', 'fail-on', 'baseline', 'upload-sarif', 'summary', 'plan']) assert.ok(k in a.inputs, k);
    const uses = a.runs.steps.map((s) => s.uses ?? '');
    assert.ok(uses.some((u) => u.startsWith('actions/setup-node@')));
    const upload = a.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.ok(upload && upload.with?.['sarif_file']?.includes('steps.scan.outputs.sarif-file'));
    // The gate runs after the upload, so failing findings still reach code scanning.
    const names = a.runs.steps.map((s) => s.name ?? s.uses);
    assert.ok(names.indexOf('Gate') > names.indexOf(upload.name ?? upload.uses));
    assert.ok(a.outputs['exit-code']!.value.includes('steps.scan.outputs.exit-code'));
  });

  void it('its scan and gate steps scan once, write SARIF and the job summary, and fail on the threshold', () => {
    const a = action();
    const dir = workspace();
    const runnerDir = mkdtempSync(join(tmpdir(), 'iac-runner-'));
    // `node` in the step's PATH logs each run of the CLI, then runs it.
    const bin = join(runnerDir, 'bin');
    const log = join(runnerDir, 'node-runs.log');
    mkdirSync(bin);
    writeFileSync(join(bin, 'node'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${process.execPath}' "$@"\n`, { mode: 0o755 });
    const runner = { GITHUB_ACTION_PATH: repoRoot(), GITHUB_OUTPUT: join(runnerDir, 'output'), GITHUB_STEP_SUMMARY: join(runnerDir, 'summary.md'), RUNNER_TEMP: runnerDir, PATH: `${bin}:${process.env['PATH'] ?? ''}` };
    const inputs = Object.fromEntries(Object.entries(a.inputs).map(([k, v]) => [k, v.default ?? '']));
    inputs['frameworks'] = 'cis-aws-5.0.0,soc2-2017';
    const scan = a.runs.steps.find((s) => s.id === 'scan')!;
    const r = runStep(scan, inputs, {}, runner, dir);
    assert.equal(r.status, 0, 'the scan step itself succeeds; the gate decides');
    assert.ok(r.stdout.includes('\x1b['), 'coloured for the log (FORCE_COLOR)');
    const plain = r.stdout.replace(/\x1b\[\d+m/g, '');
    assert.ok(plain.includes('main.tf:4:3: high AWS-CLOUDTRAIL-001 '), plain.slice(0, 2000));
    const outputs = outputsOf(runner.GITHUB_OUTPUT);
    assert.equal(outputs['exit-code'], '1');
    // The log, the summary and the SARIF come from one scan of the workspace.
    assert.equal(readFileSync(log, 'utf8').split('\n').filter((l) => / scan /.test(l)).length, 1, readFileSync(log, 'utf8'));
    const sarif = JSON.parse(readFileSync(outputs['sarif-file']!, 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0]!.results.some((x) => x.ruleId === 'AWS-CLOUDTRAIL-001'));
    const summary = readFileSync(runner.GITHUB_STEP_SUMMARY, 'utf8');
    assert.match(summary, /:x: \*\*Failed\*\*/);
    assert.match(summary, /\| CIS AWS Foundations Benchmark v5\.0\.0 \(Level 1\) \| [\d.]+% \|/);
    assert.match(summary, /\| SOC 2 \(2017 Trust Services Criteria\) \|/);
    assert.ok(!summary.includes('NIST'), 'only the frameworks asked for');
    const gate = a.runs.steps.find((s) => s.name === 'Gate')!;
    assert.equal(runStep(gate, inputs, outputs, runner, dir).status, 1);
    assert.equal(runStep(gate, inputs, { 'exit-code': '0' }, runner, dir).status, 0);
    assert.equal(runStep(gate, inputs, { 'exit-code': '2' }, runner, dir).status, 2);
    // fail-on critical: the same findings pass the gate.
    const r2 = runStep(scan, { ...inputs, 'fail-on': 'critical', 'upload-sarif': 'false' }, {}, { ...runner, GITHUB_OUTPUT: join(runnerDir, 'output2') }, dir);
    assert.equal(r2.status, 0);
    assert.deepEqual(outputsOf(join(runnerDir, 'output2')), { 'exit-code': '0' });
  });
});

void describe('GitHub Action with cache: true', () => {
  void it('restores and saves the cache with actions/cache, scans through it, and deletes the entries the scans did not use', () => {
    const a = action();
    assert.equal(a.inputs['cache']!.default, 'false');
    const restore = a.runs.steps.find((s) => s.uses?.startsWith('actions/cache@'))!;
    assert.ok(restore, 'an actions/cache step');
    assert.match(restore.if ?? '', /inputs\.cache == 'true'/);
    assert.ok(restore.with?.['path']?.includes('iac-compliance-cache'));
    const names = a.runs.steps.map((s) => s.name ?? s.uses);
    assert.ok(names.indexOf(restore.name!) < names.indexOf('Scan'), 'restored before the scan');
    const dir = workspace();
    const runnerDir = mkdtempSync(join(tmpdir(), 'iac-runner-'));
    const runner = (n: number): Record<string, string> => ({ GITHUB_ACTION_PATH: repoRoot(), GITHUB_OUTPUT: join(runnerDir, `output${n}`), GITHUB_STEP_SUMMARY: join(runnerDir, `summary${n}.md`), RUNNER_TEMP: runnerDir });
    const inputs = { ...Object.fromEntries(Object.entries(a.inputs).map(([k, v]) => [k, v.default ?? ''])), cache: 'true' };
    const scan = a.runs.steps.find((s) => s.id === 'scan')!;
    const first = runStep(scan, inputs, {}, runner(1), dir);
    assert.equal(first.status, 0);
    const firstSarif = readFileSync(outputsOf(join(runnerDir, 'output1'))['sarif-file']!, 'utf8');
    const root = join(runnerDir, 'iac-compliance-cache');
    const [folder] = readdirSync(root);
    const entries = (): string[] => readdirSync(join(root, folder!)).sort();
    // One scan (log, summary and SARIF): one entry with the folder's full results.
    assert.equal(entries().length, 1);
    // An entry no scan uses any more (a folder deleted since) is gone after the next run; the others stay.
    writeFileSync(join(root, folder!, 'stale.bin'), 'old');
    const second = runStep(scan, inputs, {}, runner(2), dir);
    assert.equal(second.stdout, first.stdout, 'the same log from the cache');
    assert.deepEqual(entries().length, 1);
    assert.ok(!entries().includes('stale.bin'));
    assert.equal(readFileSync(outputsOf(join(runnerDir, 'output2'))['sarif-file']!, 'utf8'), firstSarif);
  });
});

void describe('scan --summary-md', () => {
  void it('appends a Markdown summary: gate, totals, pass rate per framework, violations', async () => {
    const dir = workspace();
    const file = join(dir, 'summary.md');
    writeFileSync(file, '# earlier step\n');
    const r = await runCli(['scan', dir, '--no-config', '--summary-md', file, '--fail-on', 'critical', '--framework', 'cis-aws-5.0.0']);
    assert.equal(r.code, 0);
    const md = readFileSync(file, 'utf8');
    assert.ok(md.startsWith('# earlier step\n## iac-compliance'), 'appended');
    assert.match(md, /:white_check_mark: \*\*Passed\*\*: no unsuppressed violation at or above `critical`/);
    assert.match(md, /\| framework \| pass rate \| pass \| fail \|/);
    assert.match(md, /\| CIS AWS Foundations Benchmark v5\.0\.0 \(Levels 1 and 2\) \| [\d.]+% \| \d+ \| [1-9]\d* \|/);
    assert.match(md, /\| high \| AWS-CLOUDTRAIL-001 \| main\.tf:4 \| aws_cloudtrail\.main \| /);
    const bad = await runCli(['scan', dir, '--summary-md', file, '--framework', 'cis-aws-9']);
    assert.equal(bad.code, 2);
  });
  void it('with an output that lists findings only (SARIF), the summary still gets its per-framework verdicts', async () => {
    // SARIF alone needs findings-only digests; the summary's table needs full ones (scan.ts chooses).
    const dir = workspace();
    const file = join(dir, 'summary.md');
    const r = await runCli(['scan', dir, '--no-config', '--format', 'sarif', '--summary-md', file, '--fail-on', 'critical', '--framework', 'cis-aws-5.0.0']);
    assert.equal(r.code, 0);
    assert.match(readFileSync(file, 'utf8'), /\| CIS AWS Foundations Benchmark v5\.0\.0 \(Levels 1 and 2\) \| [\d.]+% \| \d+ \| [1-9]\d* \|/);
  });
});
