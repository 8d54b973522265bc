// SPDX-License-Identifier: Apache-2.0
// Custom rule files: what a valid file becomes (metadata, frameworks of our own, conditions, fix,
// examples), and every kind of mistake reported at the offending key or value with its line and column.
// Hostile files (huge, deeply nested, many conditions, catastrophic patterns) are generated here; folders
// over their budgets in test/hostile/custom-rules-folders.test.ts, damaged texts in test/fuzz/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCustomRule, CUSTOM_RULE_LIMITS } from '../../../server/src/service/custom-rules/schema';
import { customRulesFromTexts } from '../../../server/src/service/custom-rules/load';
import { compileCustomRule } from '../../../server/src/service/custom-rules/compile';
import { ALL_RULES } from '../../../rules';

const FILE = '/w/.iac-compliance/rules/r.yaml';
const BUILT_IN = new Set(ALL_RULES.map((r) => r.meta.id));

const HEAD = `id: ACME-DDB-001
title: Tables are protected from deletion
severity: high
rationale: Orders are the system of record.
remediation: Set deletion protection.
resource: aws.dynamodb.table
`;

const problems = (text: string): string[] => parseCustomRule(text, FILE).problems.map((p) => `${p.line}:${p.column}: ${p.message}`);

void describe('custom rule files: a valid file', () => {
  void it('becomes a rule with the same metadata as a built-in one, its own frameworks included', () => {
    const text = `${HEAD}frameworks:
  soc2-2017: [A1.2]
  acme-standard: [DATA-1, DATA-2]
frameworkTitles:
  acme-standard: ACME Standard v3
assert:
  all:
    - attribute: deletionProtection
      equals: true
    - not:
        attribute: endpointEncryption
        exists: true
fix:
  title: Turn on deletion protection
  safety: safe
  set:
    deletionProtection: true
examples:
  pass:
    - terraform: |
        resource "aws_dynamodb_table" "good" {}
`;
    const text2 = text.replace('endpointEncryption', 'kmsKeyArn');
    assert.match(problems(text).join('\n'), /has no attribute "endpointEncryption"/, 'attributes are checked against the kind');
    const { spec, problems: p } = parseCustomRule(text2, FILE);
    assert.deepEqual(p, []);
    const rule = compileCustomRule(spec!);
    assert.equal(rule.target, 'catalog');
    assert.deepEqual(
      { ...rule.meta },
      {
        id: 'ACME-DDB-001',
        name: 'acme-ddb-001',
        title: 'Tables are protected from deletion',
        severity: 'high',
        description: 'Tables are protected from deletion',
        rationale: 'Orders are the system of record.',
        remediation: 'Set deletion protection.',
        links: [],
        frameworks: { 'soc2-2017': ['A1.2'] },
        levels: {},
        resourceTypes: { terraform: ['aws_dynamodb_table'], cloudformation: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'] },
        fix: 'safe',
        source: { file: FILE },
        orgFrameworks: { 'acme-standard': { title: 'ACME Standard v3', ids: ['DATA-1', 'DATA-2'] } },
      },
    );
    assert.equal(spec!.examples.length, 1);
    assert.equal(spec!.examples[0]!.expect, 'pass');
  });
});

void describe('custom rule files: problems at the offending key or value', () => {
  const cases: [string, string, string[]][] = [
    ['not a mapping', '- a\n', ['1:1: a rule file is a mapping with id, title, severity, rationale, remediation, resource, assert (see docs/custom-rules.md)']],
    ['YAML syntax', 'id: [\n', ['2:1: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]']],
    ['a missing key', HEAD.replace('rationale: Orders are the system of record.\n', '') + 'assert:\n  attribute: deletionProtection\n  equals: true\n', ['1:1: missing "rationale"']],
    ['an unknown key, with the nearest', `${HEAD}asert:\n  attribute: deletionProtection\n  equals: true\n`, ['7:1: rule: unknown key "asert" (did you mean "assert"?) (allowed: id, title, severity, description, rationale, remediation, links, frameworks, frameworkTitles, resource, assert, message, fix, examples)', '1:1: missing "assert"']],
    ['a bad id', HEAD.replace('ACME-DDB-001', 'acme ddb') + 'assert:\n  attribute: deletionProtection\n  equals: true\n', ['1:5: id: "acme ddb" is not an id like ACME-S3-001 (capital letters, digits and dashes)']],
    ['a built-in prefix', HEAD.replace('ACME-DDB-001', 'AWS-DDB-900') + 'assert:\n  attribute: deletionProtection\n  equals: true\n', ['1:5: id: "AWS-DDB-900": ids starting with AWS- are the built-in rules\'; use your organisation\'s prefix']],
    ['a bad severity', HEAD.replace('high', 'urgent') + 'assert:\n  attribute: deletionProtection\n  equals: true\n', ['3:11: severity: "urgent" is not one of critical, high, medium, low']],
    ['an unknown kind, by its Terraform type', HEAD.replace('aws.dynamodb.table', 'aws_dynamodb_table') + 'assert:\n  attribute: x\n  equals: true\n', ['6:11: resource: unknown resource kind "aws_dynamodb_table" (did you mean "aws.dynamodb.table"?); the kinds are listed by `iac-compliance rules --kinds`']],
    ['a misspelt attribute', `${HEAD}assert:\n  attribute: deletionProtecton\n  equals: true\n`, ['8:14: assert.attribute: aws.dynamodb.table has no attribute "deletionProtecton" (did you mean "deletionProtection"?)']],
    ['two tests in one condition', `${HEAD}assert:\n  attribute: deletionProtection\n  equals: true\n  exists: true\n`, ['8:3: assert: give exactly one of equals, in, exists, matches, gt, gte, lt, lte (found equals, exists; combine them with all)']],
    ['a value of the wrong type', `${HEAD}assert:\n  attribute: deletionProtection\n  equals: "yes"\n`, ['9:11: assert.equals: the attribute is a true/false value; "yes" never equals it']],
    ['a number test on a text', `${HEAD}assert:\n  attribute: kmsKeyArn\n  gt: 3\n`, ['9:7: assert.gt: the attribute is a string, not a number']],
    ['an empty any', `${HEAD}assert:\n  any: []\n`, ['8:8: assert.any: expected a non-empty list of conditions']],
    ['an unsupported regex (backreference)', `${HEAD}assert:\n  attribute: kmsKeyArn\n  matches: "(a)\\\\1"\n`, ['9:12: assert.matches: backreferences are not supported']],
    ['an invalid regex', `${HEAD}assert:\n  attribute: kmsKeyArn\n  matches: "(a"\n`, ['9:12: assert.matches: invalid regular expression: missing ) at 2']],
    [
      'a fix on a setting with no place to write',
      HEAD.replace('aws.dynamodb.table', 'aws.s3.bucket') + 'assert:\n  attribute: versioning.enabled\n  equals: true\nfix:\n  title: t\n  set:\n    versioning.enabled: true\n',
      ['13:5: fix.set: versioning.enabled cannot be written by a fix (it is not a plain value at one place)'],
    ],
    ['a fix value of the wrong type', `${HEAD}assert:\n  attribute: deletionProtection\n  equals: true\nfix:\n  title: t\n  set:\n    deletionProtection: 1\n`, ['13:25: fix.set.deletionProtection: the attribute is a true/false value; 1 never equals it']],
    ['an alias', `${HEAD}assert: &a\n  attribute: deletionProtection\n  equals: true\nmessage: *a\n`, ['10:10: message: aliases are not allowed in rule files']],
    ['an unknown framework key shape', `${HEAD}assert:\n  attribute: deletionProtection\n  equals: true\nframeworks:\n  "ACME Standard": [X]\n`, ['11:3: frameworks: "ACME Standard" is neither a built-in framework (cis-aws-5.0.0, cis-aws-3.0.0, cis-aws-1.4.0, cis-azure-6.0.0, cis-gcp-5.0.0, soc2-2017, nist-800-53-r5, nist-csf-2.0) nor a key of your own (lower case, digits, dashes)']],
    ['a referencedBy without its attribute', `${HEAD.replace('aws.dynamodb.table', 'aws.efs.fileSystem')}assert:\n  referencedBy:\n    resource: aws.efs.backupPolicy\n`, ['9:5: assert.referencedBy: needs resource and attribute']],
    ['an example that is not a text', `${HEAD}assert:\n  attribute: deletionProtection\n  equals: true\nexamples:\n  pass:\n    - terraform: 3\n`, ['12:18: examples.pass.terraform: expected the example\'s text (a block scalar: |)']],
  ];
  for (const [name, text, expected] of cases) {
    void it(name, () => {
      assert.deepEqual(problems(text), expected);
      assert.equal(parseCustomRule(text, FILE).spec, null, 'a file with problems gives no rule');
    });
  }

  void it('ids are unique across files and never a built-in id', () => {
    const text = `${HEAD}assert:\n  attribute: deletionProtection\n  equals: true\n`;
    const { files, rules } = customRulesFromTexts(
      [
        { file: '/w/a.yaml', text },
        { file: '/w/b.yaml', text },
        { file: '/w/c.yaml', text: text.replace('ACME-DDB-001', 'ACME-DDB-002') },
      ],
      BUILT_IN,
    );
    assert.deepEqual(rules.map((r) => r.meta.id), ['ACME-DDB-001', 'ACME-DDB-002']);
    assert.deepEqual(files[1]!.problems.map((p) => `${p.line}:${p.column}: ${p.message}`), ['1:5: id: "ACME-DDB-001" is already the id of the rule in /w/a.yaml; ids must be unique']);
  });
});

void describe('custom rule files: budgets (generated hostile files)', () => {
  void it('a file over the size limit is not read', () => {
    const text = `${HEAD}description: "${'x'.repeat(CUSTOM_RULE_LIMITS.fileSize)}"\n`;
    assert.deepEqual(problems(text), [`1:1: the rule file is larger than ${CUSTOM_RULE_LIMITS.fileSize / 1024} KB; it is not read`]);
  });

  void it('nesting deeper than the limit is a problem, not a stack overflow', () => {
    let cond = 'attribute: deletionProtection\nequals: true\n';
    for (let i = 0; i < 200; i++) cond = `not:\n${cond.replace(/^/gm, '  ')}`;
    const p = problems(`${HEAD}assert:\n${cond.replace(/^/gm, '  ')}`);
    assert.equal(p.length, 1);
    assert.match(p[0]!, /conditions nest deeper than 16 levels/);
  });

  void it('more conditions than the limit is a problem', () => {
    const items = Array.from({ length: CUSTOM_RULE_LIMITS.conditions + 10 }, () => '    - attribute: deletionProtection\n      equals: true\n').join('');
    const p = problems(`${HEAD}assert:\n  all:\n${items}`);
    assert.equal(p.length, 1);
    assert.match(p[0]!, new RegExp(`more than ${CUSTOM_RULE_LIMITS.conditions} conditions in one rule`));
  });

  void it('a catastrophic-backtracking pattern is compiled to a linear-time matcher and judged quickly', () => {
    const { spec } = parseCustomRule(`${HEAD.replace('aws.dynamodb.table', 'aws.s3.bucket')}assert:\n  attribute: name\n  matches: "^(a|a|aa)*$"\n`, FILE);
    assert.ok(spec);
    const test = spec.condition.kind === 'attribute' ? spec.condition.test : undefined;
    assert.equal(test?.op, 'matches');
    const started = process.hrtime.bigint();
    assert.equal(test!.op === 'matches' && test.matcher.test(`${'a'.repeat(5000)}b`), false);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2000, 'linear time');
  });

  void it('a pattern over the state budget is refused with the reason', () => {
    const p = problems(`${HEAD.replace('aws.dynamodb.table', 'aws.s3.bucket')}assert:\n  attribute: name\n  matches: "(a{1,1000}){1,1000}"\n`);
    assert.equal(p.length, 1);
    assert.match(p[0]!, /^9:12: assert\.matches: pattern too complex/);
  });
});
