// SPDX-License-Identifier: Apache-2.0
// The CLI's scan on every core: worker threads (as many as os.availableParallelism()) each build the same
// analysis service and analyse folders (a Terraform module is a folder, so its files stay together), the
// largest first so no thread is left with a big folder at the end; the main thread only collects the
// digests and merges them (account-level controls, totals, the report) exactly as a scan in one thread does.
// A small scan (under MIN_PARALLEL_FILES files, e.g. one file from a pre-commit hook) runs in this thread:
// starting workers would cost more than it saves. IAC_COMPLIANCE_THREADS=N sets the number of threads
// (1: no workers).
//
// The editor's audit does not use the pool: its analysis service holds the open documents and keeps its
// analyses between audits, so a re-audit re-reads only the files that changed.

import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import type * as WorkerThreads from 'node:worker_threads';
import type { Rule } from '../engine/rule-api';
import type { EvaluationInputs } from '../core/inputs';
import { ALL_RULES } from '../../../rules';
import { planScan, scanInProcess, scanUnits } from '../service/workspace-scan';
import { finishScan, scanCacheOf, scanConfig, scanService } from '../report/scan-result';
import type { ScanOptions, ScanResult } from '../report/scan-result';
import type { ScanEntry, ScanOutcome } from '../service/workspace-scan';
import { encodeInputs } from '../core/encoded-inputs';
import type { EncodedInputs } from '../core/encoded-inputs';
import type { AnalysisService } from '../service/analysis';
import type { DigestScope } from '../service/scan-digest';
import { MissingFold } from '../service/missing-fold';
import { boundHeapGrowth } from './heap-growth';
import type { CacheStats, ScanCache } from '../service/scan-cache';

export const MIN_PARALLEL_FILES = 200;

const BUILT_IN = new Set<Rule>(ALL_RULES);

/**
 * Whether a run's rules are all built in. Workers rebuild rules by id, so only built-in ones can cross (not
 * a test's own rule objects, not custom rules); and the scan cache's key names rules by id, which does not
 * follow a custom rule's file.
 */
export function builtInOnly(rules: readonly Rule[]): boolean {
  return rules.every((r) => BUILT_IN.has(r));
}

/** What every worker needs to build the same analysis service as the main thread. */
export interface WorkerSetup {
  ruleIds: string[];
  configFile?: string;
  inputs?: EncodedInputs;
  maxFileSize?: number;
  /** What the digests keep (scan-digest.ts): findings only when the output needs no verdicts. */
  scope?: DigestScope;
  entries: ScanEntry[];
  /** The on-disk cache (service/scan-cache.ts): its folder and keys, the same for every thread. */
  cache?: { dir: string; key: string; widerKey?: string };
}

/** Main → worker: analyse these units (indexes into entries). Worker → main: their outcomes. */
export interface WorkRequest {
  units: number[][];
}
export interface WorkReply {
  outcomes: [number, ScanOutcome][];
  /** The batch's use of the on-disk cache. */
  cache?: CacheStats;
}

let workerThreadsModule: typeof WorkerThreads | undefined;

/** node:worker_threads, loaded when a pool starts: ~2 ms of a one-file scan (`scan F`), which has none. */
function workerThreads(): typeof WorkerThreads {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load is the point (see above)
  workerThreadsModule ??= require('node:worker_threads') as typeof WorkerThreads;
  return workerThreadsModule;
}

/** Below this many cores the pool is not used unless asked for (see scanThreads). */
export const MIN_POOL_CORES = 4;

/**
 * The number of threads a scan uses: IAC_COMPLIANCE_THREADS, else the cores available from MIN_POOL_CORES
 * on, else one. On two cores the pool lost: every worker warms up its own JIT, parses and collects on its
 * own, so the corpus scan took 5.1-5.3 s wall / 9.2-9.5 s CPU / 400 MB on two workers against 4.2-4.5 s /
 * 6.4-6.8 s / 235 MB in one thread (quiet machine, 2026-12-07).
 */
export function scanThreads(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env['IAC_COMPLIANCE_THREADS']);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 64);
  const cores = availableParallelism();
  return cores >= MIN_POOL_CORES ? cores : 1;
}

/**
 * Scans entries with the pool when it is worth it, else in this thread (`local` is the service this thread
 * would use). Outcomes in entry order, the same as scanInProcess gives.
 */
export async function scanEntries(
  entries: ScanEntry[],
  local: () => AnalysisService,
  setup: { rules: readonly Rule[]; configFile?: string; inputs?: EvaluationInputs; maxFileSize?: number; scope?: DigestScope; cache?: ScanCache },
  threads = scanThreads(),
): Promise<ScanOutcome[]> {
  const scope = setup.scope ?? 'verdicts';
  if (threads <= 1 || entries.length < MIN_PARALLEL_FILES || !builtInOnly(setup.rules)) return scanInProcess(local(), entries, scope, setup.cache);
  const workerSetup: WorkerSetup = {
    ruleIds: setup.rules.map((r) => r.meta.id),
    entries,
    ...(setup.cache ? { cache: { dir: setup.cache.dir, key: setup.cache.key, ...(setup.cache.widerKey ? { widerKey: setup.cache.widerKey } : {}) } } : {}),
    ...(setup.configFile ? { configFile: setup.configFile } : {}),
    ...(setup.inputs ? { inputs: encodeInputs(setup.inputs) } : {}),
    ...(setup.maxFileSize !== undefined ? { maxFileSize: setup.maxFileSize } : {}),
    scope,
  };
  const stats = setup.cache?.stats;
  const onCache = stats
    ? (batch: CacheStats): void => {
        stats.hits += batch.hits;
        stats.misses += batch.misses;
        stats.stored += batch.stored;
      }
    : undefined;
  return runPool(entries, workerSetup, Math.min(threads, 64), local, onCache);
}

/**
 * Units in batches of about BATCH_BYTES, neighbouring folders together (examples and submodules call the
 * modules next to them: the worker that has them parsed keeps them), the largest batches first so no
 * thread is left with a big one at the end.
 */
function batches(entries: readonly ScanEntry[]): number[][][] {
  const units = scanUnits(entries).sort((a, b) => (entries[a[0]!]!.path < entries[b[0]!]!.path ? -1 : 1));
  const out: { units: number[][]; bytes: number }[] = [];
  let current: { units: number[][]; bytes: number } = { units: [], bytes: 0 };
  for (const unit of units) {
    current.units.push(unit);
    current.bytes += unit.reduce((n, i) => n + sizeOf(entries[i]!.path), 0);
    if (current.bytes >= BATCH_BYTES) {
      out.push(current);
      current = { units: [], bytes: 0 };
    }
  }
  if (current.units.length > 0) out.push(current);
  return out.sort((a, b) => b.bytes - a.bytes).map((b) => b.units);
}

const BATCH_BYTES = 256 * 1024;

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function runPool(entries: ScanEntry[], setup: WorkerSetup, threads: number, local: () => AnalysisService, onCache?: (batch: CacheStats) => void): Promise<ScanOutcome[]> {
  const queue = batches(entries);
  const outcomes: ScanOutcome[] = new Array<ScanOutcome>(entries.length).fill(null);
  const count = Math.min(threads, queue.length);
  // The workers fold each batch's "missing" findings; this folds them across batches (missing-fold.ts).
  const fold = MissingFold.of(setup.scope);
  const store = (i: number, o: ScanOutcome): void => {
    outcomes[i] = o;
    fold?.add(i, o);
  };
  return new Promise((resolvePool) => {
    let running = count;
    // Units a worker had when it failed: analysed here at the end, so a crash costs time, never results.
    const orphaned: number[][] = [];
    const finish = (): void => {
      if (--running > 0) return;
      // Every worker failed before the queue emptied: what is left is analysed here too.
      for (const b of queue.splice(0)) orphaned.push(...b);
      if (orphaned.length > 0) {
        const flat = orphaned.flat().sort((a, b) => a - b);
        const redo = scanInProcess(
          local(),
          flat.map((i) => entries[i]!),
          setup.scope,
        );
        flat.forEach((i, k) => store(i, redo[k]!));
      }
      resolvePool(outcomes);
    };
    for (let w = 0; w < count; w++) {
      const worker = new (workerThreads().Worker)(join(__dirname, 'scan-worker.js'), { workerData: setup });
      let current: number[][] | undefined;
      let ended = false;
      const next = (): void => {
        current = queue.shift();
        if (current) worker.postMessage({ units: current } satisfies WorkRequest);
        else {
          ended = true;
          void worker.terminate();
          finish();
        }
      };
      worker.on('message', (reply: WorkReply) => {
        for (const [i, o] of reply.outcomes) store(i, o);
        if (reply.cache) onCache?.(reply.cache);
        next();
      });
      worker.on('error', () => {
        if (ended) return;
        ended = true;
        if (current) orphaned.push(...current);
        // The others take the rest of the queue; the last one to end analyses what was orphaned.
        finish();
      });
      worker.on('exit', () => {
        if (ended) return;
        ended = true;
        if (current) orphaned.push(...current);
        finish();
      });
      next();
    }
  });
}

/** `scan` (report/scan-result.ts) on the pool: the same result, from every core. */
export async function scanParallel(roots: readonly string[], rules: readonly Rule[], options: ScanOptions = {}, threads = scanThreads()): Promise<ScanResult> {
  const { configFile, configAbove, loaded } = scanConfig(roots, rules, options);
  // Custom rules are compiled from files the cache's key does not read: no cache with them.
  const cache = builtInOnly(rules) ? scanCacheOf(rules, options, configFile) : undefined;
  let service: AnalysisService | undefined;
  const local = (): AnalysisService => (service ??= scanService(rules, options, loaded?.config, cache));
  const plan = planScan(roots, options.exclude ?? [], options.displayBase);
  // Peak memory flat in the workspace's size (heap-growth.ts).
  boundHeapGrowth(plan.entries.length);
  const outcomes = await scanEntries(
    plan.entries,
    local,
    { rules, ...(configFile ? { configFile } : {}), ...(options.inputs ? { inputs: options.inputs } : {}), ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}), ...(options.scope ? { scope: options.scope } : {}), ...(cache ? { cache } : {}) },
    threads,
  );
  return finishScan(plan, outcomes, local().activeRules, configAbove, loaded, cache);
}
