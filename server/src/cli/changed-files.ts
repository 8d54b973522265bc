// SPDX-License-Identifier: Apache-2.0
// `scan --changed-files FILE...` (what the pre-commit hook runs with the staged files): a Terraform file
// is judged with the module it belongs to, so each one given stands for every `.tf`/`.tf.json` file of
// its folder (a change to variables.tf can make a finding in main.tf), not for the folders below it; a
// CloudFormation file stands for itself. Paths are shown relative to the current folder.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileKind, isTerraformModuleFile } from '../service/file-kinds';

/** The files to scan for these changed files (absolute, sorted, each once). */
export function changedFileRoots(paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const p of paths.map((x) => resolve(x))) {
    const kind = fileKind(p);
    if (kind === 'terraform' || kind === 'terraform-json' || kind === 'terraform-vars') {
      const dir = dirname(p);
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        names = [];
      }
      for (const n of names) {
        const f = join(dir, n);
        if (isTerraformModuleFile(f) && isFile(f)) out.add(f);
      }
      // A var file is judged for its syntax; its values reach the module's findings anyway.
      if (kind === 'terraform-vars' && isFile(p)) out.add(p);
    } else if (isFile(p)) {
      out.add(p);
    }
  }
  return [...out].sort();
}

function isFile(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isFile();
  } catch {
    return false;
  }
}
