// SPDX-License-Identifier: Apache-2.0
// Runs the built CLI as a child process with a 500 MB heap and a wall-clock limit (a hang fails the test,
// not the run), and reads back the CPU time and peak memory the child used. CPU time, unlike wall time,
// hardly changes with the load of a shared machine, so bounds on it can be tight enough to tell linear
// from quadratic work.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = join(process.cwd(), 'dist', 'cli.js');
export const HEAP_MB = 500;
const MARK = 'IAC_MEASURE ';

export interface Measured {
  status: number | null;
  stdout: string;
  stderr: string;
  /** User + system CPU time of the child, in ms. */
  cpuMs: number;
  /** Peak resident memory of the child, in MB. */
  maxRssMb: number;
  wallMs: number;
}

let preload: string | undefined;

/** A preload file (written at test time) that prints the child's CPU time and peak memory on exit. */
function preloadFile(): string {
  if (preload) return preload;
  const dir = mkdtempSync(join(tmpdir(), 'iac-measure-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  preload = join(dir, 'measure.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => { const c = process.cpuUsage(); const r = process.resourceUsage(); require('node:fs').writeSync(2, '\\n${MARK}' + JSON.stringify({ cpuMs: (c.user + c.system) / 1000, maxRssMb: r.maxRSS / 1024 }) + '\\n'); });\n`,
  );
  return preload;
}

/** Runs `iac-compliance ...args`; fails the test when it is killed (over `timeoutMs`) or exits 2 or more. */
export function runMeasured(args: readonly string[], timeoutMs: number): Measured {
  const started = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--require', preloadFile(), CLI, ...args], { timeout: timeoutMs, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wallMs = Date.now() - started;
  assert.equal(r.signal, null, `the CLI was killed (${r.signal}) after ${wallMs} ms: over ${timeoutMs} ms`);
  const at = r.stderr.lastIndexOf(MARK);
  assert.ok(at >= 0, `no measurement (the CLI crashed?): ${r.stderr.slice(0, 500)}`);
  const m = JSON.parse(r.stderr.slice(at + MARK.length).split('\n')[0]!) as { cpuMs: number; maxRssMb: number };
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.slice(0, at), cpuMs: m.cpuMs, maxRssMb: m.maxRssMb, wallMs };
}
