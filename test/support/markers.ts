// SPDX-License-Identifier: Apache-2.0
// The scaffold markers `npm run new-rule` leaves wherever only the author knows what to write. The registry
// test fails while any is left in a checkout; the new-rule tests run the same scan over a scaffolded copy.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SCAFFOLD_MARKER = 'TODO' + '(new-rule)';
/** The clouds whose rules live under rules/<cloud>/ and test/rules/<cloud>/. */
export const RULE_CLOUDS = ['aws', 'azure', 'gcp'] as const;

/** Files of rules/ and test/rules/<cloud>/ under `root` that still hold a marker, relative to `root`. */
export function scaffoldMarkersLeft(root: string): string[] {
  const left: string[] = [];
  const scan = (dir: string): void => {
    for (const n of readdirSync(dir).sort()) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) scan(p);
      else if (readFileSync(p, 'utf8').includes(SCAFFOLD_MARKER)) left.push(relative(root, p));
    }
  };
  scan(join(root, 'rules'));
  for (const c of RULE_CLOUDS) if (existsSync(join(root, 'test', 'rules', c))) scan(join(root, 'test', 'rules', c));
  return left;
}
