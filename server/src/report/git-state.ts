// SPDX-License-Identifier: Apache-2.0
// The git commit and dirty state of a scanned folder, for the report's header, read from `.git` without
// spawning git (the tool runs offline and must not depend on a git binary). Worktrees (`.git` is a file
// naming the git dir) and packed refs are followed. "Dirty" compares each tracked file's size and
// modification time with the index, as git's own fast check does; untracked files are not counted. Any
// format we do not read (index v4, a corrupt file) gives `dirty: null`, never a guess.

import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export interface GitState {
  /** The work tree's top folder. */
  root: string;
  commit: string | null;
  branch: string | null;
  /** Whether a tracked file differs from the index; null when it could not be told. */
  dirty: boolean | null;
}

/** Bounds: an index with more entries than this is not checked (dirty: null). */
const MAX_ENTRIES = 200_000;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function findGit(start: string): { top: string; gitDir: string } | undefined {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    return undefined;
  }
  for (let i = 0; i < 64; i++) {
    const dot = join(dir, '.git');
    try {
      const st = statSync(dot);
      if (st.isDirectory()) return { top: dir, gitDir: dot };
      const m = /^gitdir:\s*(.+?)\s*$/m.exec(read(dot) ?? '');
      if (m) return { top: dir, gitDir: isAbsolute(m[1]!) ? m[1]! : resolve(dir, m[1]!) };
    } catch {
      // not here: look above
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

function resolveRef(gitDir: string, commonDir: string, ref: string): string | null {
  for (const base of [gitDir, commonDir]) {
    const direct = read(join(base, ref))?.trim();
    if (direct && /^[0-9a-f]{40,64}$/.test(direct)) return direct;
  }
  const packed = read(join(commonDir, 'packed-refs')) ?? '';
  for (const line of packed.split('\n')) {
    const [sha, name] = line.trim().split(' ');
    if (name === ref && sha && /^[0-9a-f]{40,64}$/.test(sha)) return sha;
  }
  return null;
}

/** Whether any tracked file's size or mtime differs from the index (null: cannot tell). */
function dirtyOf(indexPath: string, top: string): boolean | null {
  let buf: Buffer;
  try {
    buf = readFileSync(indexPath);
  } catch {
    return null;
  }
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC') return null;
  const version = buf.readUInt32BE(4);
  const count = buf.readUInt32BE(8);
  if ((version !== 2 && version !== 3) || count > MAX_ENTRIES) return null;
  let off = 12;
  for (let i = 0; i < count; i++) {
    if (off + 62 > buf.length) return null;
    const mtime = buf.readUInt32BE(off + 8);
    const size = buf.readUInt32BE(off + 36);
    const flags = buf.readUInt16BE(off + 60);
    const extended = version === 3 && (flags & 0x4000) !== 0;
    const nameStart = off + 62 + (extended ? 2 : 0);
    const nul = buf.indexOf(0, nameStart);
    if (nul < 0) return null;
    const name = buf.toString('utf8', nameStart, nul);
    // Entries are padded with 1-8 NULs to a multiple of 8 bytes.
    const len = nul - off;
    off += len + (8 - (len % 8));
    try {
      const st = statSync(join(top, name));
      if (st.size !== size || Math.floor(st.mtimeMs / 1000) !== mtime) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/** The git state of the work tree holding `path`, or null when it is not in one. */
export function gitState(path: string): GitState | null {
  const found = findGit(path);
  if (!found) return null;
  const { top, gitDir } = found;
  const common = read(join(gitDir, 'commondir'))?.trim();
  const commonDir = common ? (isAbsolute(common) ? common : resolve(gitDir, common)) : gitDir;
  const head = read(join(gitDir, 'HEAD'))?.trim() ?? '';
  let commit: string | null = null;
  let branch: string | null = null;
  const m = /^ref:\s*(\S+)$/.exec(head);
  if (m) {
    branch = m[1]!.replace(/^refs\/heads\//, '');
    commit = resolveRef(gitDir, commonDir, m[1]!);
  } else if (/^[0-9a-f]{40,64}$/.test(head)) commit = head;
  return { root: top, commit, branch, dirty: dirtyOf(join(gitDir, 'index'), top) };
}
