// SPDX-License-Identifier: Apache-2.0
// MissingFold (service/missing-fold.ts) drops, as findings-only digests arrive in any order, the
// account-level "missing" findings the scan's result cannot keep. The result must be the one made from all
// of them: seeded random workspaces (depths, ties between roots, rules found in some module), folded in
// random orders, in batches as the worker pool does, against resultOfDigests of the untouched digests.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MissingFold } from '../../../server/src/service/missing-fold';
import type { DigestScanFinding, FileDigest } from '../../../server/src/service/scan-digest';
import { resultOfDigests } from '../../../server/src/report/scan-result';
import { toJson } from '../../../server/src/report/json';
import { mulberry32 as random } from '../../support/damage';

const RULES = ['AWS-CT-001', 'AWS-CFG-001', 'AWS-IAM-020', 'AZURE-SEC-001', 'GCP-LOG-001'];
const DIRS = ['', 'a/', 'a/b/', 'b/', 'examples/x/', 'examples/y/', 'modules/m/'];

function finding(ruleId: string, kind: string, file: string, line: number): DigestScanFinding {
  return { ruleId, severity: 'medium', kind: kind as DigestScanFinding['kind'], file, startLine: line, startColumn: 1, endLine: line, endColumn: 2, resource: '(project)', message: `${ruleId} ${kind} in ${file}`, fixable: false, suppressed: false };
}

/** A workspace of findings-only digests; `roots` > 1 makes the same shown path appear under two roots. */
function workspace(r: () => number, roots: number): FileDigest[] {
  const out: FileDigest[] = [];
  for (let root = 0; root < roots; root++) {
    for (const dir of DIRS) {
      for (const name of ['main.tf', 'variables.tf', 'template.yaml']) {
        if (r() < 0.3) continue;
        const file = `${dir}${name}`;
        const findings: DigestScanFinding[] = [];
        for (const ruleId of RULES) {
          if (r() < 0.5) findings.push(finding(ruleId, 'missing', file, 1));
          if (r() < 0.2) findings.push(finding(ruleId, 'missing', file, 2));
        }
        if (r() < 0.5) findings.push(finding('AWS-S3-001', 'violation', file, 3));
        const runs = RULES.filter(() => r() < 0.04).map((ruleId) => ({ ruleId, project: 'present' as const, resources: [] }));
        out.push({ path: `/w${root}/${file}`, file, kind: name.endsWith('.tf') ? 'terraform' : 'yaml', findings, evidence: [], errors: [], notes: [], runs, findingsOnly: true } as FileDigest);
      }
    }
  }
  return out;
}

function shuffled<T>(r: () => number, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

void describe('MissingFold: the kept "missing" findings of a findings-only scan', () => {
  void it('the result equals the one made from every digest, whatever the order and batching', () => {
    let dropped = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const r = random(seed);
      const digests = workspace(r, 1 + (seed % 2));
      const expected = toJson(resultOfDigests(structuredClone(digests), []));
      const folded = structuredClone(digests);
      // As the pool does: batches folded on their own first (a worker), then everything in arrival order.
      const order = shuffled(r, folded.map((_, i) => i));
      const size = 1 + Math.floor(r() * 6);
      const main = new MissingFold();
      for (let b = 0; b < order.length; b += size) {
        const batch = order.slice(b, b + size);
        const worker = new MissingFold();
        for (const i of batch) worker.add(i, folded[i]!);
        for (const i of batch) main.add(i, folded[i]!);
      }
      assert.equal(toJson(resultOfDigests(folded, [])), expected, `seed ${seed}`);
      const before = digests.reduce((n, d) => n + d.findings.length, 0);
      const after = folded.reduce((n, d) => n + d.findings.length, 0);
      dropped += before - after;
      // At most one anchor per rule keeps its "missing" findings.
      const anchors = new Map<string, Set<string>>();
      for (const d of folded) for (const f of d.findings) if (f.kind === 'missing') (anchors.get(f.ruleId) ?? anchors.set(f.ruleId, new Set()).get(f.ruleId)!).add(d.path);
      for (const [ruleId, paths] of anchors) assert.equal(paths.size, 1, `seed ${seed}: ${ruleId} kept in ${[...paths].join(', ')}`);
    }
    assert.ok(dropped > 1000, `findings were dropped (${dropped})`);
  });

  void it('a rule some module found drops every "missing" finding of it, even those that came first', () => {
    const d = (path: string, file: string, found: boolean): FileDigest =>
      ({ path, file, kind: 'terraform', findings: [finding('AWS-CT-001', 'missing', file, 1)], evidence: [], errors: [], notes: [], runs: found ? [{ ruleId: 'AWS-CT-001', project: 'present', resources: [] }] : [], findingsOnly: true }) as FileDigest;
    const first = d('/w/main.tf', 'main.tf', false);
    const second = d('/w/a/main.tf', 'a/main.tf', false);
    const found = d('/w/b/main.tf', 'b/main.tf', true);
    const fold = new MissingFold();
    fold.add(0, first);
    fold.add(1, second);
    assert.equal(first.findings.length, 1);
    assert.equal(second.findings.length, 0);
    fold.add(2, found);
    assert.deepEqual([first, second, found].map((x) => x.findings.length), [0, 0, 0]);
  });

  void it('digests with verdicts are left as they are', () => {
    const v = { path: '/w/main.tf', file: 'main.tf', kind: 'terraform', findings: [finding('AWS-CT-001', 'missing', 'main.tf', 1)], evidence: [], errors: [], notes: [], runs: [] } as unknown as FileDigest;
    const fold = new MissingFold();
    fold.add(0, { ...v, path: '/w/a.tf', file: 'a.tf', findingsOnly: true } as FileDigest);
    fold.add(1, v);
    assert.equal(v.findings.length, 1);
  });
});
