// SPDX-License-Identifier: Apache-2.0
// The one generic harness for rule fixtures. Every rule has a folder test/rules/aws/<service>/<rule-name>/
// with pass and fail examples per language (`pass.tf`, `fail.tf`, `pass.cfn.yaml`, `fail.cfn.yaml`, and
// optionally `.cfn.json` / more `fail-NAME.tf`). For each fail file: resources named bad or fail are flagged,
// good ones are not, findings equal the reviewed golden `<file>.snap`, and applying the rule's fixes
// gives the golden `<file>.fixed`, which re-parses cleanly (ours, HashiCorp's for Terraform, and in
// `terraform fmt` layout), clears every fixable finding of the rule and adds no finding of any other rule.
// `npm run test:update` rewrites the goldens (`UPDATE_ONLY=<rule-name>` limits it to one rule); review the diff.
// `npm run test:rule -- <rule-name> [--update]` runs (and updates) one rule's folder (`RULE_ONLY`).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ALL_RULES } from '../../rules';
import { analyzeText, applyRuleFixes, renderFindings, virtualPath } from '../support/fixture-runner';
import { repoRoot } from '../support/corpus';
import { oracleBinary } from '../support/oracle';
import type { FileAnalysis } from '../../server/src/service/analysis';

const UPDATE = process.env.UPDATE_GOLDENS === '1';
/** With UPDATE_GOLDENS=1, only goldens under folders whose path contains this text are rewritten. */
const UPDATE_ONLY = process.env.UPDATE_ONLY ?? '';
/** Only the fixture folder of this rule name (`npm run test:rule`). */
const RULE_ONLY = process.env.RULE_ONLY ?? '';
const ROOT = join(repoRoot(), 'test', 'rules');

function ruleDirs(dir: string, acc: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (!statSync(p).isDirectory()) continue;
    if (readdirSync(p).some((f) => /^(pass|fail)/.test(f))) acc.push(p);
    else ruleDirs(p, acc);
  }
  return acc;
}

function isFixture(name: string): boolean {
  return /^(pass|fail)[\w-]*\.(tf|tf\.json|cfn\.yaml|cfn\.json)$/.test(name);
}

function golden(path: string, actual: string): void {
  // Goldens are only ever written on request, so one person's run never writes another's unfinished ones.
  if (UPDATE && path.includes(UPDATE_ONLY)) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) assert.fail(`golden ${path} is missing: write it with UPDATE_GOLDENS=1 UPDATE_ONLY=<rule-name> and review it`);
  assert.equal(actual, readFileSync(path, 'utf8'), `differs from golden ${path} (npm run test:update rewrites it)`);
}

/** Resource names (Terraform label or CloudFormation logical id), for the bad/good naming convention. */
function resourceName(address: string): string {
  // Instances (`aws_instance.bad["web"]`) count for their resource: one flagged instance flags it.
  const base = address.replace(/\[[^\]]*\]$/, '');
  const parts = base.split('.');
  return parts.length >= 2 ? parts[parts.length - 1]! : base;
}

function hclFmt(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-fmt-'));
  const file = join(dir, 'main.tf');
  writeFileSync(file, text);
  return execFileSync(oracleBinary(), [file, '-fmt']).toString();
}

function hclErrors(text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'iac-parse-'));
  const file = join(dir, 'main.tf');
  writeFileSync(file, text);
  const out = JSON.parse(execFileSync(oracleBinary(), [file]).toString()) as { Diags: { Summary: string }[] | null };
  return (out.Diags ?? []).map((d) => d.Summary);
}

const byName = new Map(ALL_RULES.map((r) => [r.meta.name, r]));

const dirs = ruleDirs(ROOT).filter((d) => !RULE_ONLY || d.split('/').pop() === RULE_ONLY);
if (RULE_ONLY && dirs.length === 0) void it(`fixture folder of ${RULE_ONLY}`, () => assert.fail(`no folder test/rules/aws/*/${RULE_ONLY}`));
for (const dir of dirs) {
  const ruleName = dir.split('/').pop()!;
  const rule = byName.get(ruleName);
  void describe(`rule ${ruleName}`, () => {
    void it('has a rule with this name', () => assert.ok(rule, `no rule named ${ruleName} in rules/index.ts`));
    if (!rule) return;
    const id = rule.meta.id;
    for (const name of readdirSync(dir).filter(isFixture).sort()) {
      const text = readFileSync(join(dir, name), 'utf8');
      const path = virtualPath(name);
      const isTf = name.endsWith('.tf');
      if (name.startsWith('pass')) {
        void it(`${name}: no findings`, () => {
          const a = analyzeText(path, text);
          assert.deepEqual(a.syntax, [], 'the fixture has syntax errors');
          assert.equal(renderFindings(a, a.findings.filter((f) => f.ruleId === id)), '');
        });
        continue;
      }
      void it(`${name}: flags bad resources, matches ${name}.snap`, () => {
        const a = analyzeText(path, text);
        assert.deepEqual(a.syntax, [], 'the fixture has syntax errors');
        const mine = a.findings.filter((f) => f.ruleId === id);
        assert.ok(mine.length > 0, 'a fail fixture must produce findings');
        const flagged = new Set(mine.filter((f) => f.kind === 'violation' && !f.suppressedBy).map((f) => resourceName(f.resource)));
        for (const r of a.resources) {
          const n = resourceName(r.address);
          if (/^(bad|fail)/i.test(n) && rule.meta.resourceTypes[r.platform]?.includes(r.sourceType)) {
            assert.ok(flagged.has(n), `resource ${r.address} is named bad/fail but was not flagged`);
          }
          if (/^good/i.test(n)) assert.ok(!flagged.has(n), `resource ${r.address} is named good but was flagged`);
        }
        for (const f of mine) {
          for (const x of f.fixes) assert.equal(x.safety, rule.meta.fix, `fix ${x.id} is ${x.safety} but the rule declares fix: ${rule.meta.fix}`);
        }
        golden(join(dir, `${name}.snap`), renderFindings(a, mine) + '\n');
      });
      const fixable = (a: FileAnalysis): number => a.findings.filter((f) => f.ruleId === id && !f.suppressedBy && f.fixes.length > 0).length;
      if (fixable(analyzeText(path, text)) === 0) continue;
      void it(`${name}: fixes give ${name}.fixed, which parses, clears the rule and adds nothing`, () => {
        const before = analyzeText(path, text);
        const { text: fixed, applied } = applyRuleFixes(path, text, id);
        assert.ok(applied > 0, 'no fix could be applied');
        golden(join(dir, `${name}.fixed`), fixed);
        const after = analyzeText(path, fixed);
        assert.deepEqual(after.syntax, [], 'the fixed text has syntax errors');
        assert.equal(fixable(after), 0, 'fixable findings of the rule remain after fixing');
        const key = (f: { ruleId: string; resource: string; kind: string }): string => `${f.ruleId} ${f.resource} ${f.kind}`;
        const old = new Set(before.findings.map(key));
        const added = after.findings.filter((f) => f.ruleId !== id && !old.has(key(f)));
        assert.deepEqual(added.map(key), [], 'the fix introduced new findings');
        // Idempotent: fixing the fixed text changes nothing.
        assert.equal(applyRuleFixes(path, fixed, id).text, fixed, 'applying the fixes again changed the text');
        if (isTf) {
          assert.deepEqual(hclErrors(fixed), [], "HashiCorp's parser rejects the fixed text");
          assert.equal(hclFmt(text), text, 'the fail fixture itself is not in terraform fmt layout');
          assert.equal(hclFmt(fixed), fixed, 'the fixed text is not in terraform fmt layout');
        }
      });
    }
  });
}
