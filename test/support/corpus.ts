// SPDX-License-Identifier: Apache-2.0
// Finds the repository root and the shared real-world corpus (../shared/corpus/real, read-only data kept
// beside the repository; see its README).

import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

let cachedRoot: string | undefined;

/** The repository root: the nearest directory above this file with a package.json (works from out/ too). */
export function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return (cachedRoot = dir);
    if (dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
}

export function sharedDir(): string {
  return join(repoRoot(), '..', 'shared');
}

export function corpusRoot(): string {
  return join(sharedDir(), 'corpus', 'real');
}

export interface CorpusFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the corpus root with forward slashes: stable across machines, used for seeds. */
  rel: string;
}

/** Every corpus file whose name matches `name`, sorted by relative path. Empty if the corpus is absent. */
export function corpusFiles(name: RegExp): CorpusFile[] {
  const root = corpusRoot();
  if (!existsSync(root)) return [];
  const files: CorpusFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && name.test(entry.name)) files.push({ path: p, rel: relative(root, p).split(sep).join('/') });
    }
  };
  walk(root);
  return files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** Every .tf / .tfvars file of the corpus, sorted by relative path. */
export function hclCorpusFiles(): CorpusFile[] {
  return corpusFiles(/\.(tf|tfvars)$/);
}

/** Runs fn over items with at most `limit` calls in flight; results keep the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
