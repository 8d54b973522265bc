// SPDX-License-Identifier: Apache-2.0
// The whole pipeline (parsers, adapters, evaluator, rules, fixes) on damaged text: every fixture and
// example, mutated many times (seeded), must analyze without an internal error, and every offered fix must
// produce edits without throwing. Half-typed code is the normal state of a file in an editor. Fuzz layer:
// 150 damaged texts per input at CI size (FUZZ_SCALE, test/support/fuzz.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/corpus';
import { fuzzCount } from '../support/fuzz';
import { MemoryFs, TEST_TODAY, virtualPath } from '../support/fixture-runner';
import { AnalysisService } from '../../server/src/service/analysis';
import { ALL_RULES } from '../../rules';

function files(dir: string, acc: string[] = []): string[] {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) files(p, acc);
    else if (/\.(tf|tf\.json|yaml|json)$/.test(n) && !n.endsWith('.snap')) acc.push(p);
  }
  return acc;
}

/** mulberry32: small, seedable, good enough to spread mutations. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = '{}[]()"\'=,.:\n#$%<>/*!-~ aZ0\\\t';

const MUTATIONS = fuzzCount(150);

test(`no internal errors on ${MUTATIONS} damaged copies of every fixture and example`, () => {
  const root = repoRoot();
  const inputs = [...files(join(root, 'test', 'rules')), ...files(join(root, 'examples'))];
  let texts = 0;
  let fixesTried = 0;
  const failures: string[] = [];
  for (const [fi, path] of inputs.entries()) {
    const original = readFileSync(path, 'utf8');
    const next = rng(fi + 1);
    for (let m = 0; m < MUTATIONS; m++) {
      let text = original;
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * (text.length + 1));
        const r = next();
        if (r < 0.2) text = text.slice(0, at);
        else if (r < 0.6) text = text.slice(0, at) + ALPHABET[Math.floor(next() * ALPHABET.length)] + text.slice(at);
        else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 4));
      }
      const vpath = virtualPath(path.endsWith('.tf') || path.endsWith('.tf.json') ? path : path.replace(/\.(yaml|json)$/, '.cfn.$1'));
      const fs = new MemoryFs();
      fs.files.set(vpath, text);
      const service = new AnalysisService({ fs, rules: ALL_RULES, today: TEST_TODAY });
      texts++;
      try {
        const a = service.analyzeFile(vpath);
        const internal = [...a.syntax.map((d) => d.message), ...a.findings.map((f) => f.message)].filter((msg) => /internal error/i.test(msg));
        if (internal.length > 0) failures.push(`${path} #${m}: ${internal[0]}`);
        for (const f of a.findings.slice(0, 3)) {
          for (const fix of f.fixes) {
            fixesTried++;
            service.fixEdits(f, fix.id);
          }
        }
      } catch (e) {
        failures.push(`${path} #${m}: threw ${e instanceof Error ? e.message : String(e)}`);
      }
      if (failures.length > 10) break;
    }
  }
  console.log(`robustness: ${inputs.length} inputs, ${texts} damaged texts, ${fixesTried} fixes planned`);
  assert.deepEqual(failures, []);
});
