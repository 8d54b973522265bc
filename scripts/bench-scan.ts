// SPDX-License-Identifier: Apache-2.0
// `npm run bench`: the whole CLI against the floor, whole process against whole process, on the shared
// corpus (../shared/corpus/real). Prints, as Markdown:
//   - floor: a process that only reads and tokenizes the same files (scripts/bench-floor.ts);
//   - the audit: `iac-compliance scan CORPUS --format json`, in one thread and on the worker pool;
//   - their ratio (wall and CPU), peak RSS (all threads);
//   - the same scan in one thread reading every folder from the on-disk cache (`--cache DIR`, filled by one
//     scan first; off by default in the CLI) and its ratio to the floor;
//   - scale: the corpus copied N times into a temp dir (20 by default, issue 16's monorepo of ~50k files;
//     `-- --scale N` for another size; deleted after), scanned as the CLI does by default (one thread below
//     4 cores, else the pool): the time per copy (slope) and memory against the corpus alone;
//   - one file from the command line: `scan F` of the corpus's .tf file closest to 300 lines, Node start
//     included.
// `-- --cli PATH` measures another build's CLI (alternate it with this one's for A/B numbers).
// The machine is shared: the load average is printed with every number, and only ratios within one run
// mean anything. Medians of `--runs` runs (3 by default). Measures, never asserts.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listWorkspaceFiles } from '../server/src/service/workspace-files';

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) dir = resolve(dir, '..');
  return dir;
}

const ROOT = repoRoot();
/** `-- --cli PATH`: another build's dist/cli.js (e.g. main's checkout), for A/B runs against this one. */
const CLI = ((): string => {
  const i = process.argv.indexOf('--cli');
  return i >= 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]!) : join(ROOT, 'dist', 'cli.js');
})();
const FLOOR = join(ROOT, 'out', 'scripts', 'bench-floor.js');
const RUSAGE = join(ROOT, 'scripts', 'bench-rusage.js');

interface Measure {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
}

function load(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

/** Runs `node ARGS` once: wall time, CPU time and peak RSS of the whole process (all threads). */
function run(args: string[], env: Record<string, string> = {}): Measure {
  const out = join(mkdtempSync(join(tmpdir(), 'iac-bench-')), 'rusage.json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', RUSAGE, ...args], { env: { ...process.env, ...env, BENCH_RUSAGE: out }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const wallMs = performance.now() - t0;
  // `scan` exits 1 when it finds something: that is its normal outcome on the corpus.
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr.toString().slice(0, 500)}`);
  const u = JSON.parse(readFileSync(out, 'utf8')) as { cpuMs: number; maxRssKb: number };
  rmSync(join(out, '..'), { recursive: true, force: true });
  return { wallMs, cpuMs: u.cpuMs, rssMb: u.maxRssKb / 1024 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function medianOf(ms: Measure[]): Measure {
  return { wallMs: median(ms.map((m) => m.wallMs)), cpuMs: median(ms.map((m) => m.cpuMs)), rssMb: median(ms.map((m) => m.rssMb)) };
}

function fmt(m: Measure): string {
  return `${(m.wallMs / 1000).toFixed(2)} s | ${(m.cpuMs / 1000).toFixed(2)} s | ${m.rssMb.toFixed(0)} MB`;
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** The corpus's .tf file whose line count is closest to 300 (first by path on a tie). */
function fileOf300Lines(corpus: string): { path: string; lines: number } {
  let best: { path: string; lines: number } | undefined;
  for (const path of listWorkspaceFiles(corpus).filter((p) => p.endsWith('.tf')).sort()) {
    const lines = readFileSync(path, 'utf8').split('\n').length;
    if (!best || Math.abs(lines - 300) < Math.abs(best.lines - 300)) best = { path, lines };
  }
  return best!;
}

function main(): void {
  const corpus = join(ROOT, '..', 'shared', 'corpus', 'real');
  if (!existsSync(corpus)) {
    console.log(`(corpus not found at ${corpus}; nothing to measure)`);
    return;
  }
  const runs = option('runs', 3);
  const copies = option('scale', 20);
  const files = listWorkspaceFiles(corpus).length;
  console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} cores; corpus: ${files} files; CLI: ${CLI}; load average at start: ${load()}`);
  console.log('');
  console.log('| process | wall | CPU | peak RSS | load (1/5/15 min) |');
  console.log('| --- | --- | --- | --- | --- |');
  const scanArgs = (root: string): string[] => [CLI, 'scan', root, '--format', 'json', '-o', '/dev/null', '--no-config'];
  const floor: Measure[] = [];
  const single: Measure[] = [];
  const pooled: Measure[] = [];
  // Interleaved, so a change in the machine's load hits all three alike.
  for (let i = 0; i < runs; i++) {
    floor.push(run([FLOOR, corpus]));
    single.push(run(scanArgs(corpus), { IAC_COMPLIANCE_THREADS: '1' }));
    pooled.push(run(scanArgs(corpus), { IAC_COMPLIANCE_THREADS: String(Math.max(2, availableParallelism())) }));
  }
  const f = medianOf(floor);
  const s = medianOf(single);
  const p = medianOf(pooled);
  console.log(`| floor (read + tokenize) | ${fmt(f)} | ${load()} |`);
  console.log(`| scan, one thread | ${fmt(s)} | ${load()} |`);
  console.log(`| scan, ${Math.max(2, availableParallelism())} worker threads | ${fmt(p)} | ${load()} |`);
  console.log('');
  console.log(`ratio to the floor: one thread ${(s.wallMs / f.wallMs).toFixed(2)}x wall (${(s.cpuMs / f.cpuMs).toFixed(2)}x CPU); pool ${(p.wallMs / f.wallMs).toFixed(2)}x wall (${(p.cpuMs / f.cpuMs).toFixed(2)}x CPU); peak RSS ${p.rssMb.toFixed(0)} MB (one thread ${s.rssMb.toFixed(0)} MB)`);

  // The on-disk cache: filled by one scan, then read back whole (nothing changed in between).
  const cacheDir = mkdtempSync(join(tmpdir(), 'iac-bench-cache-'));
  try {
    const cachedArgs = [...scanArgs(corpus), '--cache', cacheDir];
    const fill = run(cachedArgs, { IAC_COMPLIANCE_THREADS: '1' });
    const fromCache: Measure[] = [];
    const floorAgain: Measure[] = [];
    for (let i = 0; i < runs; i++) {
      floorAgain.push(run([FLOOR, corpus]));
      fromCache.push(run(cachedArgs, { IAC_COMPLIANCE_THREADS: '1' }));
    }
    const c = medianOf(fromCache);
    const f2 = medianOf(floorAgain);
    console.log('');
    console.log(`| scan with \`--cache\` (one thread) | wall | CPU | peak RSS | load |`);
    console.log('| --- | --- | --- | --- | --- |');
    console.log(`| filling an empty cache | ${fmt(fill)} | ${load()} |`);
    console.log(`| floor, alternated with the next row | ${fmt(f2)} | ${load()} |`);
    console.log(`| every folder from the cache | ${fmt(c)} | ${load()} |`);
    console.log('');
    console.log(`from the cache: ${(c.wallMs / f2.wallMs).toFixed(2)}x the floor's wall (${(c.cpuMs / f2.cpuMs).toFixed(2)}x CPU); filling it cost ${((fill.wallMs / s.wallMs - 1) * 100).toFixed(0)}% over a scan without it`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }

  // Scale: N copies of the corpus side by side, against one copy in the same place.
  const dir = mkdtempSync(join(tmpdir(), 'iac-bench-scale-'));
  try {
    cpSync(corpus, join(dir, 'copy-0'), { recursive: true });
    const one = medianOf([run(scanArgs(dir)), run(scanArgs(dir))]);
    for (let i = 1; i < copies; i++) cpSync(corpus, join(dir, `copy-${i}`), { recursive: true });
    const many = run(scanArgs(dir));
    const slope = (many.wallMs - one.wallMs) / (copies - 1);
    console.log('');
    console.log(`| scale (${availableParallelism() >= 4 ? 'worker pool' : 'one thread'}, as the CLI runs here) | files | wall | CPU | peak RSS | load |`);
    console.log('| --- | --- | --- | --- | --- | --- |');
    console.log(`| corpus ×1 | ${files} | ${fmt(one)} | ${load()} |`);
    console.log(`| corpus ×${copies} | ${files * copies} | ${fmt(many)} | ${load()} |`);
    console.log('');
    console.log(
      `slope: ${(slope / 1000).toFixed(2)} s per further copy (×1 took ${(one.wallMs / 1000).toFixed(2)} s): ×${copies} takes ${(many.wallMs / one.wallMs).toFixed(2)}x the time of ×1 (linear: ${copies}x), CPU ${(many.cpuMs / one.cpuMs).toFixed(2)}x; peak RSS ${(many.rssMb / one.rssMb).toFixed(2)}x`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // One file, as a pre-commit hook or another editor's plugin runs it.
  const one = fileOf300Lines(corpus);
  const singles: Measure[] = [];
  for (let i = 0; i < Math.max(5, runs); i++) singles.push(run([CLI, 'scan', one.path, '--no-config']));
  const node: Measure[] = [];
  for (let i = 0; i < Math.max(5, runs); i++) node.push(run(['-e', '0']));
  console.log('');
  const m = medianOf(singles);
  console.log(
    `one file (\`scan ${one.path.slice(corpus.length + 1)}\`, ${one.lines} lines, with its module's other files): ${(m.wallMs / 1000).toFixed(3)} s wall, ${(m.cpuMs / 1000).toFixed(3)} s CPU, ${m.rssMb.toFixed(0)} MB; Node alone (\`node -e 0\`) ${(medianOf(node).wallMs / 1000).toFixed(3)} s wall; load ${load()}`,
  );
}

if (process.argv[1]?.endsWith('bench-scan.js')) main();
