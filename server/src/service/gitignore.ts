// SPDX-License-Identifier: Apache-2.0
// `.gitignore` files, for the workspace listing: what git ignores (generated Terraform, vendored
// templates, build output) is not audited. The patterns git documents: `#` comments, `!` negation (the
// last matching pattern decides), a trailing `/` for folders only, a `/` inside the pattern anchors it to
// the `.gitignore`'s folder, otherwise it matches a name at any depth; `*`, `?`, `**`, `[...]`.

import { anyFolderPrefix, compileAst, literal, parseGlob } from '../core/linear-match';
import type { LinearMatcher, PatternAst } from '../core/linear-match';

export interface IgnoreRule {
  re: LinearMatcher;
  negate: boolean;
  dirOnly: boolean;
}

/**
 * The rules of one `.gitignore`, whose folder is `base` (posix, relative to the scan root; '' for it).
 * Patterns are compiled to linear-time matchers (core/linear-match.ts): a line like `*a*a*a…*b` cannot
 * hang the walk. A line git would reject (an out-of-order class like `[z-a]`, an over-long pattern) is
 * skipped alone, as git does; the other lines still apply.
 */
export function parseGitignore(text: string, base: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r\n|\n|\r/)) {
    let line = trimTrailing(raw);
    if (line === '' || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    }
    let dirOnly = false;
    if (line.endsWith('/')) {
      dirOnly = true;
      line = line.slice(0, -1);
    }
    if (line === '') continue;
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    try {
      let ast: PatternAst = parseGlob(line, { paths: true, classes: true, escapes: true, globstarSlashOptional: true });
      if (!anchored) ast = anyFolderPrefix(ast);
      if (base !== '') ast = { t: 'cat', items: [literal(`${base}/`), ast] };
      rules.push({ re: compileAst(ast, true), negate, dirOnly });
    } catch {
      // Invalid or too complex: this line is ignored, the rest of the file applies.
    }
  }
  return rules;
}

/** Trailing spaces are dropped unless escaped with a backslash (linear: no regex over the line). */
function trimTrailing(line: string): string {
  let end = line.length;
  while (end > 0 && /\s/.test(line[end - 1]!)) end--;
  if (end < line.length && end > 0 && line[end - 1] === '\\') end++;
  return line.slice(0, end);
}

/** Whether a path (posix, relative to the scan root) is ignored: the last matching rule decides. */
export function isIgnored(rules: readonly IgnoreRule[], rel: string, isDir: boolean): boolean {
  let ignored = false;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    if (r.re.test(rel)) ignored = !r.negate;
  }
  return ignored;
}
