// SPDX-License-Identifier: Apache-2.0
// An on-disk cache of a scan's results per folder (`scan --cache DIR`, off by default): a CI job that keeps
// the folder between runs, or a hook that scans the whole repository, analyses only the folders whose
// inputs changed.
//
// The unit is the scan's unit (workspace-scan.ts): a folder's scanned files, analysed together. An entry
// holds the unit's outcomes (digests, before the scan folds its account-level findings) and every input
// its analysis read, as the analysis service recorded them: each file's bytes (SHA-256; the folder's files,
// the modules it calls at any depth, var files, lock files, modules.json, parameter files) and each folder's
// listing of files (a new `terraform.tfvars` or module file changes what the analysis reads), both taken
// when the analysis read them (`recording`), so a file changed while the scan runs can only cause a miss.
// An entry is used only when every input is as recorded. Everything else a result depends on is in the cache's key: the
// build (BUILD_ID), the rules, the project file and custom rules (their bytes), the evaluation inputs
// (`--var`, `--parameters`, defaults), the size limit, what the digests keep, today's date (suppressions
// expire) and the unit's paths as the output shows them. A missing, unreadable or foreign entry is a miss,
// never an error; entries are written whole (a temporary file renamed), so a run stopped halfway or two
// runs at once leave no half entry behind.

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ScanEntry, ScanOutcome } from './workspace-scan';
import type { FileSystem } from './analysis';
import { nodeFileSystem } from './analysis';
import { decodeFile } from '../core/encoding';
import { sha256Hex } from '../core/sha256';
import { findingsOnlyOf } from './scan-digest';
import type { DigestRun } from './scan-digest';

/** What a unit's analysis read besides the unit's own files (AnalysisService.unitInputs). */
export interface UnitInputs {
  files: readonly string[];
  dirs: readonly string[];
}

/** What one entry holds. */
interface Stored {
  format: typeof FORMAT;
  key: string;
  entries: [string, string][];
  /** Path → SHA-256 of its bytes (null: it could not be read). */
  files: [string, string | null][];
  /** Folder → its listing (names, sorted, joined; null: it could not be listed). */
  dirs: [string, string | null][];
  outcomes: ScanOutcome[];
}

const FORMAT = 'iac-compliance scan cache 1';

/** An entry's file name (pathOf), or a temporary one being written (store). */
const ENTRY_NAME = /^[0-9a-f]{64}\.bin(\.\d+\.[0-9a-z]+\.tmp)?$/;

/** Entries unused for this long are deleted after a scan (prune): two days, one more than any key lives. */
export const PRUNE_AFTER_MS = 2 * 24 * 60 * 60 * 1000;

/** What one scan did with the cache, by unit (folder): the CLI prints it on stderr (cli/project.ts). */
export interface CacheStats {
  hits: number;
  misses: number;
  stored: number;
}

export class ScanCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, stored: 0 };
  /** The hash of each file and the listing of each folder as the analysis read them (recording). */
  private readonly readFiles = new Map<string, string | null>();
  private readonly readDirs = new Map<string, string | null>();

  /**
   * @param dir where entries are kept (made when first written)
   * @param key everything besides the unit's inputs that results depend on (cacheKey)
   * @param widerKey for a scan keeping findings only: the key of the same scan keeping full digests, whose
   *   entries it can read, narrowed (findingsOnlyOf): the GitHub Action's SARIF scan reads what its text scan kept
   */
  constructor(
    readonly dir: string,
    readonly key: string,
    readonly widerKey?: string,
  ) {}

  /**
   * The file system the scan's analysis service reads through: the disk (`nodeFileSystem`), noting the
   * SHA-256 of each file's bytes and each folder's listing as they are read, for the entries stored.
   */
  recording(): FileSystem {
    const base = nodeFileSystem;
    return {
      ...base,
      readFileChecked: (path) => {
        let bytes: Buffer;
        try {
          bytes = readFileSync(path);
        } catch {
          this.readFiles.set(path, null);
          return undefined;
        }
        this.readFiles.set(path, sha256Hex(bytes));
        try {
          return decodeFile(bytes);
        } catch {
          return undefined;
        }
      },
      readDir: (dir) => {
        const names = base.readDir(dir);
        this.readDirs.set(dir, listingText(names));
        return names;
      },
    };
  }

  /** The unit's outcomes as cached, when every input it read is unchanged; else undefined (a miss). */
  lookup(entries: readonly ScanEntry[]): ScanOutcome[] | undefined {
    const own = this.valid(entries, this.key);
    const found = own ?? (this.widerKey ? this.valid(entries, this.widerKey) : undefined);
    if (!found) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    if (own) return own;
    const lists = new Map<readonly DigestRun[], DigestRun[]>();
    return found.map((o) => (o === null || 'failed' in o ? o : findingsOnlyOf(o, lists)));
  }

  /** The outcomes of the entry under `key`, when every input it records is unchanged (the entry then marked as used). */
  private valid(entries: readonly ScanEntry[], key: string): ScanOutcome[] | undefined {
    const stored = this.read(entries, key);
    if (!stored || !sameEntries(stored.entries, entries) || !stored.files.every(([p, h]) => fileHash(p) === h) || !stored.dirs.every(([d, l]) => listingOf(d) === l)) return undefined;
    // Marked as used (its modification time): a job that keeps the folder between runs can delete what the
    // last scan did not use (the GitHub Action does: scripts/ci/action-scan.sh).
    try {
      const now = new Date();
      utimesSync(this.pathOf(entries, key), now, now);
    } catch {
      // Read-only: nothing to mark.
    }
    return stored.outcomes;
  }

  /**
   * Keeps a unit's outcomes with what its analysis read (as recorded when read; an input the service did not
   * read through `recording` is taken now). Units with a failed file are not kept (the failure may not
   * recur). Errors (a read-only folder, a full disk) are ignored.
   */
  store(entries: readonly ScanEntry[], inputs: UnitInputs, outcomes: readonly ScanOutcome[]): void {
    if (outcomes.some((o) => o !== null && 'failed' in o)) return;
    const files = [...new Set([...entries.map((e) => e.path), ...inputs.files])].sort();
    const dirs = [...new Set(inputs.dirs)].sort();
    const stored: Stored = {
      format: FORMAT,
      key: this.key,
      entries: entries.map((e) => [e.path, e.file]),
      files: files.map((p) => [p, this.readFiles.has(p) ? this.readFiles.get(p)! : fileHash(p)]),
      dirs: dirs.map((d) => [d, this.readDirs.has(d) ? this.readDirs.get(d)! : listingOf(d)]),
      outcomes: [...outcomes],
    };
    try {
      const path = this.pathOf(entries, this.key);
      mkdirSync(this.dir, { recursive: true });
      const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(temporary, serialize(stored));
      try {
        renameSync(temporary, path);
      } catch (e) {
        rmSync(temporary, { force: true });
        throw e;
      }
      this.stats.stored++;
    } catch {
      // The cache only saves time: a scan never fails because of it.
    }
  }

  /**
   * Deletes the entries no scan has used or written for PRUNE_AFTER_MS (a hit marks its entry's modification
   * time): every key holds the UTC date, so an entry of an earlier day is never read again. Temporary files
   * a stopped run left behind go after the same time. Only this cache's own file names are touched (DIR
   * may be a folder the user shares with other files); errors are ignored. Returns how many were deleted.
   */
  prune(now = Date.now()): number {
    let deleted = 0;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const name of names) {
      if (!ENTRY_NAME.test(name)) continue;
      const path = join(this.dir, name);
      try {
        if (now - statSync(path).mtimeMs < PRUNE_AFTER_MS) continue;
        rmSync(path, { force: true });
        deleted++;
      } catch {
        // Gone already, or not ours to delete: the cache only saves time.
      }
    }
    return deleted;
  }

  private read(entries: readonly ScanEntry[], key: string): Stored | undefined {
    try {
      const s = deserialize(readFileSync(this.pathOf(entries, key))) as Partial<Stored> | null;
      return s && s.format === FORMAT && s.key === key && Array.isArray(s.entries) && Array.isArray(s.files) && Array.isArray(s.dirs) && Array.isArray(s.outcomes) ? (s as Stored) : undefined;
    } catch {
      return undefined;
    }
  }

  private pathOf(entries: readonly ScanEntry[], key: string): string {
    return join(this.dir, `${sha256Hex(`${key}\u0000${entries.map((e) => `${e.path}\u0000${e.file}`).join('\u0000')}`)}.bin`);
  }
}

/** The cache key of a scan: a digest of everything its results depend on besides each unit's inputs. */
export function cacheKey(parts: unknown): string {
  return sha256Hex(JSON.stringify(parts));
}

/** SHA-256 of a file's bytes, null when it cannot be read. */
export function fileHash(path: string): string | null {
  try {
    return sha256Hex(readFileSync(path));
  } catch {
    return null;
  }
}

/** A folder's files (what the analysis service lists: links to files included), as one string; null when it cannot be listed. */
function listingOf(dir: string): string | null {
  return listingText(nodeFileSystem.readDir(dir));
}

function listingText(names: readonly string[] | undefined): string | null {
  return names ? [...names].sort().join('\n') : null;
}

function sameEntries(stored: readonly [string, string][], entries: readonly ScanEntry[]): boolean {
  return stored.length === entries.length && stored.every(([p, f], i) => entries[i]!.path === p && entries[i]!.file === f);
}
