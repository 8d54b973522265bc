// SPDX-License-Identifier: Apache-2.0
// `--var`, `--var-file` and `--no-defaults`: the values Terraform would get from the command line, and the
// defaults turned off. The workspace is written to a temp folder per test.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli } from '../support/cli';
import { dbInstance } from '../support/terraform-snippets';

const MAIN = `variable "public" {
  type    = bool
  default = false
}

${dbInstance('db', { storage_encrypted: 'true', publicly_accessible: 'var.public' })}`;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-vars-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

interface JsonFinding {
  ruleId: string;
  kind: string;
  message: string;
  unknown?: { kind: string; name?: string };
  via?: { kind: string; name: string; file: string; line: number }[];
}

async function rds(args: string[]): Promise<JsonFinding[]> {
  const r = await runCli(['scan', ...args, '--format', 'json', '--no-config']);
  assert.ok(r.code === 0 || r.code === 1, r.err);
  return (JSON.parse(r.out) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === 'AWS-RDS-002');
}

void describe('cli: evaluation inputs', () => {
  void it('the default decides without options; --var overrides it, last one wins', async () => {
    const dir = folder({ 'main.tf': MAIN });
    assert.deepEqual(await rds([dir]), []);
    const [f] = await rds([dir, '--var', 'public=false', '--var', 'public=true']);
    assert.equal(f?.kind, 'violation');
    assert.match(f!.message, /var\.public = true from the command line/);
  });

  void it('--var-file values come with their file and line in the JSON via', async () => {
    const dir = folder({ 'main.tf': MAIN, 'prod.tfvars': '# production\npublic = true\n' });
    const [f] = await rds([dir, '--var-file', join(dir, 'prod.tfvars')]);
    assert.deepEqual(f?.via, [{ kind: 'tfvars', name: 'var.public', value: true, file: 'prod.tfvars', line: 2 }]);
  });

  void it('--no-defaults: "cannot verify", with the unknown as data', async () => {
    const dir = folder({ 'main.tf': MAIN });
    const [f] = await rds([dir, '--no-defaults']);
    assert.equal(f?.kind, 'unverifiable');
    assert.deepEqual(f!.unknown, { kind: 'variable', name: 'public' });
  });

  void it('a var file that does not parse, or a malformed --var, is exit 2 with the reason', async () => {
    const dir = folder({ 'main.tf': MAIN, 'bad.tfvars': 'public = \n' });
    const bad = await runCli(['scan', dir, '--var-file', join(dir, 'bad.tfvars')]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /bad\.tfvars:1: /);
    const malformed = await runCli(['scan', dir, '--var', 'public']);
    assert.equal(malformed.code, 2);
    assert.match(malformed.err, /--var needs NAME=VALUE/);
    const missing = await runCli(['scan', dir, '--var-file', join(dir, 'nope.tfvars')]);
    assert.equal(missing.code, 2);
  });
});
