// SPDX-License-Identifier: Apache-2.0
// `npm run docs`: writes docs/rules/*.md, docs/coverage.md and README.md's counts from the rule metadata and fixtures. `--check` only compares and
// exits 1 when a page is stale (what the docs test does too).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALL_RULES } from '../rules';
import { ruleDoc, rulesIndex } from '../server/src/docs/rule-docs';
import { cisCoverage, coverageDoc } from '../server/src/docs/coverage';
import { readmeCounts, withReadmeCounts } from '../server/src/docs/readme-counts';
import { CIS_AWS_5_NOT_STATIC, CIS_AWS_5_PARTIAL, CIS_AZURE_6_NOT_STATIC, CIS_AZURE_6_PARTIAL, CIS_GCP_5_NOT_STATIC, CIS_GCP_5_PARTIAL } from '../rules/coverage-notes';

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) dir = resolve(dir, '..');
  return dir;
}

function fixtureDir(root: string, name: string): string | null {
  const base = join(root, 'test', 'rules');
  const walk = (d: string): string | null => {
    if (!existsSync(d)) return null;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      if (e.name === name) return join(d, e.name);
      const found = walk(join(d, e.name));
      if (found) return found;
    }
    return null;
  };
  return walk(base);
}

/** Every generated page: path relative to the repo → content. */
export function generatedDocs(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of ALL_RULES) {
    const dir = fixtureDir(root, rule.meta.name);
    const examples: Record<string, string> = {};
    if (dir) {
      for (const f of ['fail.tf', 'pass.tf', 'fail.cfn.yaml', 'pass.cfn.yaml']) {
        if (existsSync(join(dir, f))) examples[f] = readFileSync(join(dir, f), 'utf8');
      }
    }
    out.set(join('docs', 'rules', `${rule.meta.id}.md`), ruleDoc(rule, examples));
  }
  out.set(join('docs', 'rules', 'README.md'), rulesIndex(ALL_RULES));
  const cis = join(root, '..', 'shared', 'reference', 'compliance', 'cis-aws.tsv');
  const cisTsv = existsSync(cis) ? readFileSync(cis, 'utf8') : null;
  const cisAzure = join(root, '..', 'shared', 'reference', 'compliance', 'cis-azure.tsv');
  const azure = existsSync(cisAzure) ? { tsv: readFileSync(cisAzure, 'utf8'), notStatic: CIS_AZURE_6_NOT_STATIC, partial: CIS_AZURE_6_PARTIAL } : undefined;
  const cisGcp = join(root, '..', 'shared', 'reference', 'compliance', 'cis-gcp.tsv');
  const gcp = existsSync(cisGcp) ? { tsv: readFileSync(cisGcp, 'utf8'), notStatic: CIS_GCP_5_NOT_STATIC, partial: CIS_GCP_5_PARTIAL } : undefined;
  if (cisTsv) out.set(join('docs', 'coverage.md'), coverageDoc(cisTsv, ALL_RULES, CIS_AWS_5_NOT_STATIC, CIS_AWS_5_PARTIAL, azure, gcp));
  // The README's counts: without the reference data the CIS sentence cannot be made, so the README is
  // left alone (and not checked) rather than written without it.
  if (cisTsv) {
    const counts = readmeCounts(ALL_RULES, cisCoverage(cisTsv, ALL_RULES, CIS_AWS_5_NOT_STATIC, CIS_AWS_5_PARTIAL));
    out.set('README.md', withReadmeCounts(readFileSync(join(root, 'README.md'), 'utf8'), counts));
  }
  return out;
}

function main(): void {
  const root = repoRoot();
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [rel, content] of generatedDocs(root)) {
    const path = join(root, rel);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === content) continue;
    stale++;
    if (check) console.error(`stale: ${rel}`);
    else {
      mkdirSync(join(root, 'docs', 'rules'), { recursive: true });
      writeFileSync(path, content);
      console.log(`wrote ${rel}`);
    }
  }
  if (check && stale > 0) process.exit(1);
}

if (process.argv[1]?.endsWith('gen-docs.js')) main();
