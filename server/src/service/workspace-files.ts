// SPDX-License-Identifier: Apache-2.0
// Finds the files a scan or audit looks at: Terraform and candidate CloudFormation files under a folder,
// skipping dependency, VCS and build folders, anything matched by the exclude globs, and what .gitignore
// files ignore.

import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * Terraform and candidate CloudFormation files under `root`, minus dependency/VCS/build folders, the
 * `exclude` globs and what the `.gitignore` files of `root` and the folders below it ignore.
 */
export function listWorkspaceFiles(root: string, exclude: readonly string[] = []): string[] {
  const patterns = exclude.map(globToRegExp);
  const out: string[] = [];
  const walk = (dir: string, ignore: readonly IgnoreRule[]): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    let rules = ignore;
    if (names.includes('.gitignore')) {
      try {
        rules = [...ignore, ...parseGitignore(readFileSync(join(dir, '.gitignore'), 'utf8'), relative(root, dir).split(sep).join('/'))];
      } catch {
        // An unreadable .gitignore ignores nothing.
      }
    }
    for (const name of names) {
      const p = join(dir, name);
      const rel = relative(root, p).split(sep).join('/');
      if (patterns.some((re) => re.test(rel) || re.test(rel + '/'))) continue;
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (isIgnored(rules, rel, st.isDirectory())) continue;
      if (st.isDirectory()) {
        if (!DEFAULT_EXCLUDED_DIRS.includes(name)) walk(p, rules);
      } else if (st.isFile() && isCandidate(p)) out.push(p);
    }
  };
  let st;
  try {
    st = statSync(root);
  } catch {
    return out;
  }
  if (st.isFile()) return isCandidate(root) ? [root] : [];
  walk(root, []);
  return out;
}
