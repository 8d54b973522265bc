// SPDX-License-Identifier: Apache-2.0
// Finds the files a scan or audit looks at: Terraform and candidate CloudFormation files under a folder,
// skipping dependency, VCS and build folders, anything matched by the exclude globs, and what .gitignore
// files ignore.

import { accessSync, constants, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isCandidate } from './file-kinds';
import { isIgnored, parseGitignore } from './gitignore';
import type { IgnoreRule } from './gitignore';
import { compileGlob } from '../core/linear-match';
import type { LinearMatcher } from '../core/linear-match';

export const DEFAULT_EXCLUDED_DIRS = ['.git', 'node_modules', '.terraform', '.terragrunt-cache', 'dist', 'out', '.cache', '.vscode-test'];

/**
 * A small glob matcher: `**` any path, `*` any name part, `?` one character. Paths use `/`. Compiled to a
 * linear-time matcher (core/linear-match.ts), so a workspace's chain of `**` folders cannot hang a scan. A glob
 * that cannot be compiled (too long) matches nothing; the project file's checks report it.
 */
export function globToRegExp(glob: string): LinearMatcher {
  const r = compileGlob(glob, { paths: true });
  return r.ok ? r.matcher : { test: () => false, states: 0 };
}

/** A folder or file the walk could not read, or a link it did not follow again. */
export interface WalkProblem {
  path: string;
  message: string;
}

/**
 * Terraform and candidate CloudFormation files under `root`, minus dependency/VCS/build folders, the
 * `exclude` globs and what the `.gitignore` files of `root` and the folders below it ignore.
 */
export function listWorkspaceFiles(root: string, exclude: readonly string[] = [], problems?: WalkProblem[]): string[] {
  const walk = walkWorkspace(root, exclude, problems);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/** How the server drives the walk: it pauses to let other messages in, and stops when cancelled. */
export interface WalkControl {
  cancelled(): boolean;
  /** Called at each pause with the number of folders read so far. */
  progress?(folders: number): void;
}

/** Longest stretch of walking between two pauses, in ms (as the audit's own cadence). */
const WALK_SLICE_MS = 25;

/**
 * listWorkspaceFiles for the language server: the same files in the same order, but the walk of a huge
 * tree pauses every few milliseconds (setImmediate, so `$/cancelRequest` and edits are read) and returns
 * `null` as soon as `control.cancelled()` says so.
 */
export async function listWorkspaceFilesAsync(root: string, exclude: readonly string[], control: WalkControl, problems?: WalkProblem[]): Promise<string[] | null> {
  const walk = walkWorkspace(root, exclude, problems);
  let slice = Date.now();
  for (;;) {
    if (control.cancelled()) return null;
    const step = walk.next();
    if (step.done) return step.value;
    if (Date.now() - slice >= WALK_SLICE_MS) {
      control.progress?.(step.value);
      await new Promise((r) => setImmediate(r));
      slice = Date.now();
    }
  }
}

/**
 * The walk itself, as a generator that yields (the count of folders read) after each folder, so a caller
 * can pause or stop it between folders; it returns the files found.
 */
function* walkWorkspace(root: string, exclude: readonly string[], problems: WalkProblem[] | undefined): Generator<number, string[], undefined> {
  const patterns = exclude.map(globToRegExp);
  const out: string[] = [];
  let folders = 0;
  // Symlinks are followed at most once per real path: `self -> .` or `a -> .` plus `b -> .` would
  // otherwise list every file again and again (or forever).
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  // One realpath(3) call: the JavaScript realpathSync lstats every component of the path, for every folder
  // and file of the walk (60 ms of a corpus scan's listing). It stays the fallback: the native call fails
  // on some Windows drives (RAM disks, some network shares) where the JavaScript one works.
  const real = (p: string): string | null => {
    try {
      return realpathSync.native(p);
    } catch {
      try {
        return realpathSync(p);
      } catch {
        return null;
      }
    }
  };
  function* walk(dir: string, ignore: readonly IgnoreRule[]): Generator<number, void, undefined> {
    const r = real(dir);
    if (r !== null) {
      if (seenDirs.has(r)) {
        problems?.push({ path: dir, message: `${dir} leads back to ${r}, which is already scanned (a symbolic link loop or a second link): not scanned again` });
        return;
      }
      seenDirs.add(r);
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      // An unreadable folder is an error to report, never an empty folder.
      problems?.push({ path: dir, message: `could not read folder ${dir}: ${e instanceof Error ? e.message : String(e)}` });
      return;
    }
    yield ++folders;
    let rules = ignore;
    if (entries.some((e) => e.name === '.gitignore')) {
      try {
        rules = [...ignore, ...parseGitignore(readFileSync(join(dir, '.gitignore'), 'utf8'), relative(root, dir).split(sep).join('/'))];
      } catch {
        // An unreadable .gitignore ignores nothing.
      }
    }
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const name = entry.name;
      // A folder of many thousand entries pauses too.
      if (i > 0 && i % 256 === 0) yield folders;
      const p = join(dir, name);
      const rel = relative(root, p).split(sep).join('/');
      if (patterns.some((re) => re.test(rel) || re.test(rel + '/'))) continue;
      // The folder listing says what an entry is; only a link (or an entry of unknown kind) is looked up, to
      // follow it.
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      const linked = !isDirectory && !isFile;
      if (linked) {
        try {
          const st = statSync(p);
          isDirectory = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isIgnored(rules, rel, isDirectory)) continue;
      if (isDirectory) {
        if (!DEFAULT_EXCLUDED_DIRS.includes(name)) yield* walk(p, rules);
      } else if (isFile && isCandidate(p)) {
        // A file that is no link is where its folder really is.
        const rp = (linked || r === null ? real(p) : join(r, name)) ?? p;
        if (seenFiles.has(rp)) continue;
        seenFiles.add(rp);
        try {
          accessSync(p, constants.R_OK);
        } catch (e) {
          problems?.push({ path: p, message: `could not read ${p}: ${e instanceof Error ? e.message : String(e)}` });
          continue;
        }
        out.push(p);
      }
    }
  }
  let st;
  try {
    st = statSync(root);
  } catch {
    return out;
  }
  if (st.isFile()) return isCandidate(root) ? [root] : [];
  yield* walk(root, []);
  return out;
}
