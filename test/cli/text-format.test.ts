// SPDX-License-Identifier: Apache-2.0
// `scan --format text` for CI logs: grouped by file, a per-framework table, colours only on a terminal or
// with FORCE_COLOR, never with NO_COLOR or into a file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main';
import type { CliIo } from '../../server/src/cli/command';

const ESC = '\x1b[';

async function run(args: string[], tty: boolean, env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIo = { out: (t) => void (out += t), err: () => undefined, readFile: (p) => readFileSync(p, 'utf8'), isTTY: tty, env };
  const code = await main(args, io);
  return { code, out };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-text-'));
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'b', 'main.tf'), 'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = "logs"\n  is_multi_region_trail = false\n}\n');
  writeFileSync(join(dir, 'a.yaml'), 'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false\n');
  writeFileSync(join(dir, 'c.tf'), 'resource "aws_kms_key" "k" {\n  enable_key_rotation = false\n}\nresource "aws_ebs_volume" "v" {\n  availability_zone = "eu-west-1a"\n  encrypted         = var.enc\n}\nvariable "enc" {}\n');
  return dir;
}

void describe('scan --format text', () => {
  void it('groups lines by file under a header, then a table per framework, then the totals', async () => {
    const r = await run(['scan', workspace(), '--no-config'], false);
    assert.equal(r.code, 1);
    assert.ok(!r.out.includes(ESC), 'no colours when not a terminal');
    const lines = r.out.split('\n');
    const headers = lines.filter((l) => l.startsWith('--- '));
    assert.deepEqual(headers.map((h) => h.split(' ')[1]), ['a.yaml', 'b/main.tf', 'c.tf'], 'one header per file, sorted');
    assert.match(headers[2]!, /^--- c\.tf \(\d+ violations?, 1 cannot verify\)$/);
    // Every finding line sits under its own file's header.
    let current = '';
    for (const l of lines) {
      if (l.startsWith('--- ')) current = l.split(' ')[1]!;
      const m = /^([^\s:]+):\d+:\d+: /.exec(l);
      if (m) assert.equal(m[1], current, l);
    }
    assert.ok(lines.includes('b/main.tf:4:3: high AWS-CLOUDTRAIL-001 The trail records only its home region. [CIS AWS 5.0.0 3.1 (L1) · SOC 2 A1.2, CC2.1, CC7.2, PI1.3] (fixable)'));
    const table = lines.findIndex((l) => l.startsWith('Framework '));
    assert.ok(table > 0, r.out);
    assert.match(lines[table]!, /^Framework\s+Pass rate\s+Pass\s+Fail\s+Unknown\s+Excepted\s+N\/A\s+Manual$/);
    const cis = lines.find((l) => l.startsWith('CIS AWS Foundations Benchmark v5.0.0 (Level 1) '))!;
    const [rate, pass, fail] = cis.replace('CIS AWS Foundations Benchmark v5.0.0 (Level 1)', '').trim().split(/\s+/);
    assert.ok(Number(fail) > 0 && /%$/.test(rate!) && Number(pass) >= 0, cis);
    assert.match(lines[lines.length - 2]!, /^3 files scanned, /);
  });

  void it('colours on a terminal; never with NO_COLOR or into a file; FORCE_COLOR for CI logs', async () => {
    const dir = workspace();
    assert.ok((await run(['scan', dir, '--no-config'], true)).out.includes(`${ESC}31mhigh`), 'high in red on a terminal');
    assert.ok(!(await run(['scan', dir, '--no-config'], true, { NO_COLOR: '1' })).out.includes(ESC));
    assert.ok(!(await run(['scan', dir, '--no-config'], true, { NO_COLOR: '1', FORCE_COLOR: '1' })).out.includes(ESC), 'NO_COLOR wins');
    assert.ok((await run(['scan', dir, '--no-config'], false, { FORCE_COLOR: '1' })).out.includes(ESC));
    assert.ok(!(await run(['scan', dir, '--no-config'], true, { FORCE_COLOR: '0' })).out.includes(ESC));
    await run(['scan', dir, '--no-config', '-o', join(dir, 'out.txt')], true);
    assert.ok(!readFileSync(join(dir, 'out.txt'), 'utf8').includes(ESC), 'no colours in a file');
    // Plain text with colours removed is the same text.
    const plain = (await run(['scan', dir, '--no-config'], false)).out;
    const coloured = (await run(['scan', dir, '--no-config'], true)).out;
    assert.equal(coloured.replace(/\x1b\[\d+m/g, ''), plain);
  });

  void it('exit codes follow --fail-on; cannot verify never fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-text-exit-'));
    writeFileSync(join(dir, 'main.tf'), 'resource "aws_ebs_volume" "v" {\n  availability_zone = "eu-west-1a"\n  encrypted         = var.enc\n}\nvariable "enc" {}\n');
    assert.equal((await run(['scan', dir, '--no-config'], false)).code, 0);
    writeFileSync(join(dir, 'k.tf'), 'resource "aws_kms_key" "k" {\n  enable_key_rotation = false\n}\n');
    assert.equal((await run(['scan', dir, '--no-config'], false)).code, 1);
    assert.equal((await run(['scan', dir, '--no-config', '--fail-on', 'high'], false)).code, 0);
    assert.equal((await run(['scan', dir, '--no-config', '--format', 'nope'], false)).code, 2);
  });
});
