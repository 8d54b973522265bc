// SPDX-License-Identifier: Apache-2.0
// Custom rule files damaged all along (truncated, a character deleted, a tab inserted, at every step of
// 31 characters / FUZZ_SCALE) read without throwing: a rule, or problems with positions inside the text.
// Generated bulk, so in the fuzz layer rather than the unit layer (test/unit/service/custom-rules-schema.test.ts
// has the problems one by one).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCustomRule } from '../../server/src/service/custom-rules/schema';
import { repoRoot } from '../support/corpus';
import { fuzzScale } from '../support/fuzz';

void describe('custom rule files: damaged texts', () => {
  void it('truncations, deletions and insertions all along of the example rules read without throwing', () => {
    const dir = join(repoRoot(), 'examples', '.iac-compliance', 'rules');
    let texts = 0;
    const step = Math.max(1, Math.round(31 / fuzzScale()));
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      assert.ok(parseCustomRule(text, name).spec, `${name} is valid`);
      const damaged: string[] = [];
      for (let i = 0; i < text.length; i += step) damaged.push(text.slice(0, i), text.slice(0, i) + text.slice(i + 1), text.slice(0, i) + '\t' + text.slice(i));
      for (const d of damaged) {
        const { spec, problems } = parseCustomRule(d, name);
        // Either a rule or a reason why not, with positions inside the text.
        assert.ok(spec !== null || problems.length > 0, JSON.stringify(d));
        for (const p of problems) assert.ok(p.start >= 0 && p.end <= d.length + 1 && p.line >= 1, JSON.stringify(p));
        texts++;
      }
    }
    assert.ok(texts > 200 * Math.min(1, fuzzScale()), `${texts} damaged texts`);
  });
});
