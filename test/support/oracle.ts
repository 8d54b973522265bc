// SPDX-License-Identifier: Apache-2.0
// Runs HashiCorp's HCL parser as a test reference:
// - hcl-oracle (../shared/tools/hcl-oracle): one file per process, full JSON of blocks, attributes and
//   diagnostics, or a token dump;
// - hcl-oracle-batch (scripts/oracle-batch): one long-running process parsing a stream of texts, for
//   tests that need hundreds of thousands of parses.
// Both live in <repo>/.cache and are built there on first use (offline, from Debian's packages).

import { execFile, execFileSync, spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { OracleOutput } from '../../server/src/parsers/hcl/oracle-shape';
import { repoRoot, sharedDir } from './corpus';

export type { OracleOutput, OracleBlock, OracleAttribute, OracleDiagnostic, OracleRange, OraclePos } from '../../server/src/parsers/hcl/oracle-shape';

function cacheDir(): string {
  return join(repoRoot(), '.cache');
}

/**
 * Builds in a private temporary folder and renames the result into place, so test files running in
 * parallel processes never see a half-written binary (each may build once; the last rename wins).
 */
function buildAtomically(target: string, build: (tmpDir: string) => string): void {
  const tmpDir = `${target}.${process.pid}.tmp`;
  mkdirSync(tmpDir, { recursive: true });
  try {
    renameSync(build(tmpDir), target);
  } finally {
    rmSync(tmpDir, { force: true, recursive: true });
  }
}

let oraclePath: string | undefined;

/** Path of the hcl-oracle binary, built on first use. */
export function oracleBinary(): string {
  if (oraclePath) return oraclePath;
  const target = join(cacheDir(), 'hcl-oracle');
  if (!existsSync(target)) {
    const script = join(sharedDir(), 'tools', 'hcl-oracle', 'build.sh');
    buildAtomically(target, (dir) => {
      execFileSync('bash', [script, join(dir, 'hcl-oracle')], { stdio: ['ignore', 'ignore', 'inherit'] });
      return join(dir, 'hcl-oracle');
    });
  }
  return (oraclePath = target);
}

let batchPath: string | undefined;

/** Path of the hcl-oracle-batch binary, (re)built when missing or older than its source. */
export function batchOracleBinary(): string {
  if (batchPath) return batchPath;
  const target = join(cacheDir(), 'hcl-oracle-batch');
  const source = join(repoRoot(), 'scripts', 'oracle-batch', 'main.go');
  if (!existsSync(target) || (existsSync(source) && statSync(target).mtimeMs < statSync(source).mtimeMs)) {
    const script = join(repoRoot(), 'scripts', 'build-oracles.sh');
    buildAtomically(target, (dir) => {
      execFileSync('bash', [script, dir, 'hcl-oracle-batch'], { stdio: ['ignore', 'ignore', 'inherit'] });
      return join(dir, 'hcl-oracle-batch');
    });
  }
  return (batchPath = target);
}

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(oracleBinary(), args, { maxBuffer: 1 << 30, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`hcl-oracle ${args.join(' ')} failed: ${err.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** HashiCorp's parse of a file, in hcl-oracle's JSON shape (attributes in random order: see oracle-shape.ts). */
export async function runOracle(path: string): Promise<OracleOutput> {
  return JSON.parse(await run([path])) as OracleOutput;
}

/** One token of `hcl-oracle FILE -lexdump`: HashiCorp's token type name and byte range. */
export interface OracleToken {
  type: string;
  start: number;
  end: number;
}

/** HashiCorp's tokens of a file (hclsyntax.LexConfig), ending with TokenEOF. */
export async function runOracleLex(path: string): Promise<OracleToken[]> {
  const text = await run([path, '-lexdump']);
  const tokens: OracleToken[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [type, start, end] = line.split(' ');
    tokens.push({ type: type!, start: Number(start), end: Number(end) });
  }
  return tokens;
}

/** hcl-oracle-batch's answer for one text. */
export interface BatchResult {
  /** Number of top-level blocks, or -1 if hclsyntax panicked on the text. */
  Blocks: number;
  /** Byte range [type start, closing brace end) of each top-level block (absent when there are none). */
  Ranges?: [number, number][];
  Diags: number;
  /** The first diagnostic: its summary and subject byte range ([-1, -1] without a subject). */
  First?: { Summary: string; Subject: [number, number] };
  Panic?: string;
}

/** One long-running hcl-oracle-batch process; answers come back in the order texts were sent. */
export class BatchOracle {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: { resolve: (r: BatchResult) => void; reject: (e: Error) => void }[] = [];
  private pendingOutput = '';
  private stderr = '';
  private failure: Error | undefined;

  constructor(binary: string = batchOracleBinary()) {
    this.child = spawn(binary, [], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => this.onOutput(chunk));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => (this.stderr += chunk));
    this.child.on('error', (e) => this.fail(e));
    this.child.on('exit', (code, signal) => {
      if (this.waiting.length > 0) this.fail(new Error(`hcl-oracle-batch exited (${code ?? signal}) with answers pending: ${this.stderr}`));
    });
    // A write after the process died would otherwise be an unhandled 'error' event.
    this.child.stdin.on('error', (e) => this.fail(e));
  }

  /** Parses every text with hclsyntax.ParseConfig; one write for the whole batch. */
  parseAll(texts: readonly string[]): Promise<BatchResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    const parts: Buffer[] = [];
    for (const text of texts) {
      const bytes = Buffer.from(text, 'utf8');
      parts.push(Buffer.from(`${bytes.length}\n`, 'ascii'), bytes);
    }
    const answers = texts.map(() => new Promise<BatchResult>((resolve, reject) => this.waiting.push({ resolve, reject })));
    this.child.stdin.write(Buffer.concat(parts));
    return Promise.all(answers);
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin.end();
    await exited;
  }

  private onOutput(chunk: string): void {
    this.pendingOutput += chunk;
    let nl: number;
    while ((nl = this.pendingOutput.indexOf('\n')) >= 0) {
      const line = this.pendingOutput.slice(0, nl);
      this.pendingOutput = this.pendingOutput.slice(nl + 1);
      const waiter = this.waiting.shift();
      if (!waiter) {
        this.fail(new Error(`hcl-oracle-batch answered more than asked: ${line}`));
        return;
      }
      waiter.resolve(JSON.parse(line) as BatchResult);
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const w of this.waiting.splice(0)) w.reject(e);
  }
}
