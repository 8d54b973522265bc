// SPDX-License-Identifier: Apache-2.0
// Custom rule folders over their budgets, generated in a temporary folder: more files than are read, a
// file over the size limit, a link. (The per-file budgets are in test/unit/service/custom-rules-schema.test.ts.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CUSTOM_RULE_LIMITS } from '../../server/src/service/custom-rules/schema';
import { loadCustomRules } from '../../server/src/service/custom-rules/load';
import { ALL_RULES } from '../../rules';

const BUILT_IN = new Set(ALL_RULES.map((r) => r.meta.id));

const HEAD = `id: ACME-DDB-001
title: Tables are protected from deletion
severity: high
rationale: Orders are the system of record.
remediation: Set deletion protection.
resource: aws.dynamodb.table
`;

void describe('custom rule folders: budgets (generated in a temp folder)', () => {
  void it('too many files, a file over the size limit and a link are problems; the readable rules load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-custom-rules-'));
    try {
      const rules = join(dir, '.iac-compliance', 'rules');
      mkdirSync(rules, { recursive: true });
      const valid = (n: number): string => `${HEAD.replace('ACME-DDB-001', `ACME-DDB-${String(n).padStart(3, '0')}`)}assert:\n  attribute: deletionProtection\n  equals: true\n`;
      for (let i = 0; i < CUSTOM_RULE_LIMITS.files + 5; i++) writeFileSync(join(rules, `r${String(i).padStart(3, '0')}.yaml`), valid(i));
      writeFileSync(join(rules, 'a-huge.yaml'), `${valid(999)}description: "${'x'.repeat(CUSTOM_RULE_LIMITS.fileSize)}"\n`);
      symlinkSync(join(rules, 'r000.yaml'), join(rules, 'a-link.yaml'));
      const set = loadCustomRules([rules], BUILT_IN);
      assert.deepEqual(set.dirProblems.map((p) => p.message), [`${CUSTOM_RULE_LIMITS.files + 7} rule files in ${rules}: only the first ${CUSTOM_RULE_LIMITS.files} are read`]);
      const problems = set.files.filter((f) => f.problems.length > 0).map((f) => [basename(f.file), f.problems.map((p) => p.message)]);
      assert.deepEqual(problems, [
        ['a-huge.yaml', [`the rule file is larger than ${CUSTOM_RULE_LIMITS.fileSize / 1024} KB; it is not read`]],
        ['a-link.yaml', ['not a regular file (a link or a folder): not read']],
      ]);
      assert.equal(set.rules.length, CUSTOM_RULE_LIMITS.files - 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
