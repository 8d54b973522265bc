// SPDX-License-Identifier: Apache-2.0
// The scan's results do not depend on how it runs: the whole corpus scanned in one thread and on the worker
// pool (server/src/cli/scan-pool.ts) gives byte-identical `scan --format json` output and the same compliance
// report. IAC_COMPLIANCE_SCAN_REFERENCE=FILE also compares the JSON with a reference made by
// `iac-compliance scan ../shared/corpus/real --format json -o FILE` of another build (the speed work compared
// itself with main's output this way; docs/performance.md). Findings-only digests (ScanOptions.scope, what
// the CLI uses for outputs without verdicts) give the same JSON. So does a scan that fills the on-disk cache
// (`--cache`, service/scan-cache.ts) and one that reads everything from it, on the pool and in one thread.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { scan } from '../../server/src/report/scan-result';
import type { ScanResult } from '../../server/src/report/scan-result';
import { toJson } from '../../server/src/report/json';
import { buildComplianceReport } from '../../server/src/report/compliance';
import { reportJson } from '../../server/src/report/formats';
import { scanParallel } from '../../server/src/cli/scan-pool';
import { ALL_RULES } from '../../rules';
import { corpusRoot } from '../support/corpus';

const NOW = new Date('2026-01-01T00:00:00Z');

/** A hash of the report's JSON (about 100 MB for the corpus: compared by hash, not kept twice). */
function reportOf(r: ScanResult): string {
  return createHash('sha256')
    .update(JSON.stringify(reportJson(buildComplianceReport(r, ALL_RULES, undefined, NOW, { roots: ['corpus'] }))))
    .digest('hex');
}

void describe('scan results are the same in one thread and on the worker pool', { skip: !existsSync(corpusRoot()) && 'no corpus' }, () => {
  void it('the whole corpus: JSON output and compliance report', async () => {
    const single = scan([corpusRoot()], ALL_RULES, { config: false });
    const pooled = await scanParallel([corpusRoot()], ALL_RULES, { config: false }, 2);
    assert.ok(single.findings.length > 1000, `the corpus gives findings (${single.findings.length})`);
    const json = toJson(single);
    assert.equal(toJson(pooled), json);
    assert.equal(reportOf(pooled), reportOf(single));
    const reference = process.env['IAC_COMPLIANCE_SCAN_REFERENCE'];
    // The tool's version is "dev" outside the bundle: the rest must be byte for byte the same.
    const unversioned = (text: string): string => text.replace(/"version": "[^"]*"/, '"version": ""');
    if (reference) assert.equal(unversioned(json), unversioned(readFileSync(reference, 'utf8')), `differs from ${reference}`);
    // Findings-only digests (what `scan --format json` and SARIF keep): the same output, in one thread and
    // on the pool, and no verdicts can be built from them by mistake.
    const lean = scan([corpusRoot()], ALL_RULES, { config: false, scope: 'findings' });
    assert.equal(toJson(lean), json);
    assert.ok(lean.digests.every((d) => d.findingsOnly && d.evidence.length === 0));
    // The digests kept hold no "missing" finding the result drops (the fold strips the copies the scan keeps).
    const missing = (fs: readonly { kind: string }[]): number => fs.filter((f) => f.kind === 'missing').length;
    assert.equal(lean.digests.reduce((n, d) => n + missing(d.findings), 0), missing(lean.findings));
    assert.throws(() => reportOf(lean), /findings-only/);
    const leanPooled = await scanParallel([corpusRoot()], ALL_RULES, { config: false, scope: 'findings' }, 2);
    assert.equal(toJson(leanPooled), json);
  });

  void it('the whole corpus through the on-disk cache: filled on the pool, then read on the pool and in one thread', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'iac-scan-cache-corpus-'));
    try {
      const plain = scan([corpusRoot()], ALL_RULES, { config: false, scope: 'findings' });
      const json = toJson(plain);
      const cold = await scanParallel([corpusRoot()], ALL_RULES, { config: false, scope: 'findings', cache }, 2);
      assert.equal(toJson(cold), json);
      // The workers' hits and misses, added up by the main thread.
      assert.equal(cold.cache?.hits, 0);
      assert.ok((cold.cache?.misses ?? 0) > 500 && cold.cache?.stored === cold.cache?.misses, JSON.stringify(cold.cache));
      const warmPooled = await scanParallel([corpusRoot()], ALL_RULES, { config: false, scope: 'findings', cache }, 2);
      assert.equal(toJson(warmPooled), json);
      assert.deepEqual(warmPooled.cache, { hits: cold.cache.misses, misses: 0, stored: 0 });
      const warm = scan([corpusRoot()], ALL_RULES, { config: false, scope: 'findings', cache });
      assert.equal(toJson(warm), json);
      assert.equal(warm.cache?.misses, 0, 'every folder from the cache');
      assert.ok((warm.cache?.hits ?? 0) > 500, `folders reused: ${warm.cache?.hits}`);
      // Full digests kept by a scan with verdicts (the text format), read narrowed by a findings-only scan.
      const full = join(cache, 'full');
      const verdicts = await scanParallel([corpusRoot()], ALL_RULES, { config: false, cache: full }, 2);
      assert.equal(toJson(verdicts), json);
      const narrowed = scan([corpusRoot()], ALL_RULES, { config: false, scope: 'findings', cache: full });
      assert.equal(toJson(narrowed), json);
      assert.equal(narrowed.cache?.misses, 0);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
