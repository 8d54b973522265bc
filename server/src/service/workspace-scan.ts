// SPDX-License-Identifier: Apache-2.0
// The one workspace scan, shared by the CLI (`scan`, `report`, `baseline`) and the editor's workspace audit:
// list the files under the roots, analyse them folder by folder (a Terraform module is a folder: its files
// are analysed together), and keep of each file only its digest (scan-digest.ts). Progress and cancellation
// are the caller's: `progress` is told after each file, `cancelled` is asked before each one.
//
// The CLI runs the folders on a pool of worker threads (scan-pool.ts) when there are enough of them; each
// worker releases its analyses after each folder, so memory stays flat however large the workspace is.

import type { ScanCache } from './scan-cache';
import { dirname, relative, sep } from 'node:path';
import { statSync } from 'node:fs';
import type { AnalysisService, FileAnalysis } from './analysis';
import { listWorkspaceFiles } from './workspace-files';
import type { WalkProblem } from './workspace-files';
import { digestOf } from './scan-digest';
import type { DigestRun, DigestScope, FileDigest, ScanError } from './scan-digest';
import type { RuleRun } from '../engine/runner';
import { MissingFold } from './missing-fold';

/** A file to scan: its absolute path, the path shown, and the root it was found under. */
export interface ScanEntry {
  path: string;
  file: string;
  root: number;
}

/** What a scan finds before analysing anything: the files, and the folders or files it could not read. */
export interface ScanPlan {
  entries: ScanEntry[];
  /** Per root, in order: what the walk could not read (reported as errors, before that root's files' failures). */
  problems: ScanError[][];
}

function posix(p: string): string {
  return p.split(sep).join('/');
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The files under the roots (each once, the first root that lists it wins), shown relative to their root or `displayBase`. */
export function planScan(roots: readonly string[], exclude: readonly string[] = [], displayBase?: string): ScanPlan {
  return planOfListings(
    roots.map((root) => {
      const problems: WalkProblem[] = [];
      return { root, paths: listWorkspaceFiles(root, exclude, problems), problems };
    }),
    displayBase,
  );
}

/** A plan from listings made elsewhere (the editor's audit lists its folders without blocking the server). */
export function planOfListings(listings: readonly { root: string; paths: readonly string[]; problems?: readonly WalkProblem[] }[], displayBase?: string): ScanPlan {
  const entries: ScanEntry[] = [];
  const problems: ScanError[][] = [];
  const seen = new Set<string>();
  listings.forEach(({ root, paths, problems: walkProblems }, i) => {
    const base = displayBase ?? (isDirectory(root) ? root : dirname(root));
    problems.push((walkProblems ?? []).map((p) => ({ file: posix(relative(base, p.path)) || posix(p.path), message: p.message, startLine: 1, startColumn: 1 })));
    for (const path of paths) {
      if (seen.has(path)) continue;
      seen.add(path);
      entries.push({ path, file: posix(relative(base, path)) || posix(path), root: i });
    }
  });
  return { entries, problems };
}

/** One file's outcome: its digest, null when the file is not ours (a YAML file that is no template), or the error that stopped its analysis. */
export type ScanOutcome = FileDigest | null | { failed: ScanError };

/** Folders of entries (indexes into `entries`): the unit of work, since a Terraform module is its folder. */
export function scanUnits(entries: readonly ScanEntry[]): number[][] {
  const byDir = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const dir = dirname(e.path);
    const unit = byDir.get(dir);
    if (unit) unit.push(i);
    else byDir.set(dir, [i]);
  });
  return [...byDir.values()];
}

/**
 * Analyses one file for a scan. One file's failure never costs the others their results: it becomes an
 * error entry. `runs` is shared by the files of a folder (they share their rule runs). `focus`: the scan's
 * files of the folder, when it scans no other (AnalysisService.analyzeFile).
 */
export function scanOne(service: AnalysisService, entry: ScanEntry, runs: WeakMap<RuleRun, DigestRun | null>, onAnalysis?: (a: FileAnalysis, entry: ScanEntry) => void, scope: DigestScope = 'verdicts', focus?: ReadonlySet<string>): ScanOutcome {
  let a: FileAnalysis;
  try {
    a = service.analyzeFile(entry.path, focus);
  } catch (e) {
    return { failed: { file: entry.file, message: `iac-compliance could not check this file (internal error: ${e instanceof Error ? e.message : String(e)})`, startLine: 1, startColumn: 1 } };
  }
  if (!a.relevant) return null;
  onAnalysis?.(a, entry);
  return digestOf(a, entry.file, runs, scope);
}

/**
 * Analyses a unit's files in order and lets the service forget them (a scan reads each folder once). The
 * unit is every file the scan has of its folder, so what the folder's other files alone would report (a
 * scan of one file of a module: `scan main.tf`, the pre-commit hook's changed files) is left out.
 */
export function scanUnit(service: AnalysisService, entries: readonly ScanEntry[], unit: readonly number[], scope: DigestScope = 'verdicts', cache?: ScanCache): ScanOutcome[] {
  const mine = unit.map((i) => entries[i]!);
  const cached = cache?.lookup(mine);
  if (cached) return cached;
  const runs = new WeakMap<RuleRun, DigestRun | null>();
  const paths = mine.map((e) => e.path);
  const focus = new Set(paths);
  const out = mine.map((e) => scanOne(service, e, runs, undefined, scope, focus));
  // Kept before the scan folds the account-level findings (missing-fold.ts): the fold depends on the others.
  cache?.store(mine, service.unitInputs(paths), out);
  service.releaseScanned(paths);
  return out;
}

/**
 * Scans every entry in this thread, folder by folder; outcomes in entry order. Findings-only digests lose,
 * as they come, the account-level "missing" findings no result can keep (missing-fold.ts).
 */
export function scanInProcess(service: AnalysisService, entries: readonly ScanEntry[], scope: DigestScope = 'verdicts', cache?: ScanCache): ScanOutcome[] {
  const out: ScanOutcome[] = new Array<ScanOutcome>(entries.length).fill(null);
  const fold = MissingFold.of(scope);
  for (const unit of scanUnits(entries)) {
    const results = scanUnit(service, entries, unit, scope, cache);
    unit.forEach((i, k) => {
      const found = results[k]!;
      if (!fold) {
        out[i] = found;
        return;
      }
      // Folded before the copy: most "missing" findings are dropped at once and never copied.
      fold.add(i, found);
      const o = detached(found);
      if (o !== found) fold.rebind(found, o);
      out[i] = o;
    });
  }
  return out;
}

/**
 * A digest that holds no string of the analysed texts. A resource's logical id, a suppression's
 * justification or a message built from them are slices of the file's text, and a slice keeps the whole
 * text alive: a findings-only digest kept until the report held ~2.7 MB of file texts per copy of the corpus.
 * (The worker pool's digests are copies already: a message between threads is one.)
 */
function detached(o: ScanOutcome): ScanOutcome {
  return !o || 'failed' in o || (o.findings.length === 0 && o.notes.length === 0 && o.errors.length === 0) ? o : structuredClone(o);
}

/** The digests and errors of a scan, in entry order: per root, its walk problems, then its files' failures. */
export function collectOutcomes(plan: ScanPlan, outcomes: readonly ScanOutcome[]): { digests: FileDigest[]; failed: ScanError[] } {
  const digests: FileDigest[] = [];
  const failedByRoot: ScanError[][] = plan.problems.map((p) => [...p]);
  outcomes.forEach((o, i) => {
    if (o === null) return;
    if ('failed' in o) failedByRoot[plan.entries[i]!.root]!.push(o.failed);
    else digests.push(o);
  });
  return { digests, failed: failedByRoot.flat() };
}
