// SPDX-License-Identifier: Apache-2.0
// The npm package: `npm pack` of this repository holds the CLI alone (package.json, dist/cli.js with the bundle it starts and
// its code cache, the scan worker, README, LICENSE), with no dependencies (esbuild bundles them into dist/cli-main.js), so it installs OFFLINE into an
// empty folder and `npx iac-compliance scan .` works there. Needs the built CLI (`npm run build`, which
// `npm test` runs first); packs with --ignore-scripts so the test does not rebuild dist/ under other tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { repoRoot } from '../support/corpus';

/** The environment without `npm test`'s npm_* settings, so the inner npm runs as a user's would. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
}

function npm(args: string[], cwd: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync('npm', args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 120_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

void describe('npm package', () => {
  void it('dist/cli.js, the bundle it starts and the scan worker need no module outside Node itself', () => {
    for (const bundle of ['cli.js', 'cli-main.js', 'scan-worker.js']) {
      const code = readFileSync(join(repoRoot(), 'dist', bundle), 'utf8');
      const required = new Set([...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]!));
      const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
      assert.ok(required.size > 0);
      assert.deepEqual([...required].filter((m) => !builtins.has(m)), [], bundle);
    }
    const pkg = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { bin: Record<string, string>; engines: Record<string, string>; dependencies?: Record<string, string> };
    assert.equal(pkg.bin['iac-compliance'], 'dist/cli.js');
    assert.match(pkg.engines['node']!, /^>=20/);
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}), [], 'nothing to install at run time');
  });

  void it('packs, installs offline into an empty folder and runs with npx', () => {
    const work = mkdtempSync(join(tmpdir(), 'iac-npm-'));
    const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], repoRoot());
    assert.equal(packed.status, 0, packed.stderr);
    const info = (JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[])[0]!;
    assert.deepEqual(info.files.map((f) => f.path).sort(), ['LICENSE', 'README.md', 'dist/cli-main.js', 'dist/cli-main.js.cache', 'dist/cli.js', 'dist/scan-worker.js', 'package.json']);
    const app = mkdtempSync(join(tmpdir(), 'iac-npm-app-'));
    const installed = npm(['install', '--offline', '--no-audit', '--no-fund', join(work, info.filename)], app);
    assert.equal(installed.status, 0, installed.stderr);
    writeFileSync(join(app, 'main.tf'), 'resource "aws_kms_key" "k" {\n  enable_key_rotation = false\n}\n');
    const r = spawnSync('npx', ['--offline', 'iac-compliance', 'scan', '.', '--no-config', '--format', 'json'], { cwd: app, env: cleanEnv(), encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 1, r.stderr);
    const doc = JSON.parse(r.stdout) as { findings: { ruleId: string; file: string }[] };
    assert.ok(doc.findings.some((f) => f.ruleId === 'AWS-KMS-001' && f.file === 'main.tf'), r.stdout.slice(0, 500));
    const version = spawnSync('npx', ['--offline', 'iac-compliance', '--help'], { cwd: app, env: cleanEnv(), encoding: 'utf8', timeout: 60_000 });
    assert.equal(version.status, 0);
    assert.match(version.stdout, /Usage: iac-compliance COMMAND/);
  });
});
