// SPDX-License-Identifier: Apache-2.0
// The adapter and the edit builder over every template of the shared real-world corpus (skipped when the
// corpus is absent): the model builds, and one fix that sets every attribute a fix could write (plus a new
// bucket policy and flow log per bucket and VPC, and a placeholder parameter) applies cleanly: the result
// parses without errors, every value reads back as set, and the same fix a second time changes nothing.
import { CATALOG } from '../../server/src/model/catalog';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { test } from 'node:test';
import { parseCloudFormation } from '../../server/src/parsers/cfn';
import { buildCloudFormationModel } from '../../server/src/model/adapters/cloudformation';
import type { Attr } from '../../server/src/model/attr';
import type { CloudModel } from '../../server/src/model/model';
import { lit } from '../../server/src/model/edit-target';
import type { FixOp } from '../../server/src/engine/rule-api';
import { planCfnEdits } from '../../server/src/fixes/cfn-edits';
import { applyEdits } from '../../server/src/fixes/text-edit';
import { corpusRoot } from '../support/corpus';

const ROOT = join(corpusRoot(), 'aws-cloudformation-templates');
const BOOLEANS = new Set([
  'blockPublicAcls', 'blockPublicPolicy', 'ignorePublicAcls', 'restrictPublicBuckets', 'enabled', 'isMultiRegion', 'logFileValidation',
  'rotationEnabled', 'storageEncrypted', 'publiclyAccessible', 'encrypted', 'autoMinorVersionUpgrade', 'multiAz', 'deletionProtection',
  'manageMasterUserPassword', 'egress', 'accessLogsEnabled', 'includeManagementEvents',
]);
const NUMBERS = new Set(['fromPort', 'toPort', 'backupRetentionPeriod', 'ruleNumber', 'monitoringInterval']);
/** Not walked: edit targets and refs hold parser nodes; joined resources are walked from their own list. */
const SKIP = new Set(['target', 'ref', 'standalone', 'newPolicyTarget', 'newFlowLogTarget', 'document', 'name']);

function templates(dir: string, acc: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) templates(path, acc);
    else if (['.yaml', '.yml', '.json', '.template'].includes(extname(name))) acc.push(path);
  }
  return acc;
}

function isAttr(v: object): v is Attr<unknown> {
  return 'location' in v && 'present' in v && 'raw' in v;
}

/** Every Attr of the model with its path (`aws.s3Buckets.0.acl`). Bucket names are left alone: policies join on them. */
function attrsOf(v: unknown, path: string, out: Map<string, Attr<unknown>>): Map<string, Attr<unknown>> {
  if (typeof v !== 'object' || v === null) return out;
  if (isAttr(v)) return out.set(path, v);
  for (const [k, x] of Object.entries(v)) if (!SKIP.has(k)) attrsOf(x, path ? `${path}.${k}` : k, out);
  return out;
}

/** The declared type of a catalog attribute (`aws.catalog.<kind>.<n>.attrs.<name>`), if the path is one. */
function catalogType(path: string): string | undefined {
  const m = /^aws\.catalog\.(.+)\.\d+\.attrs\.([^.]+)$/.exec(path);
  if (m) return CATALOG.find((k) => k.kind === m[1])?.attrs[m[2]!]?.type;
  // Items of repeated settings: aws.catalog.<kind>.<n>.lists.<list>.items.<m>.attrs.<name>
  const l = /^aws\.catalog\.(.+)\.\d+\.lists\.([^.]+)\.items\.\d+\.attrs\.([^.]+)$/.exec(path);
  if (!l) return undefined;
  const kind = CATALOG.find((k) => k.kind === l[1]) as { lists?: Record<string, { attrs: Record<string, { type: string }> }> } | undefined;
  return kind?.lists?.[l[2]!]?.attrs[l[3]!]?.type;
}

function valueFor(path: string): string | number | boolean {
  const type = catalogType(path);
  if (type === 'bool') return true;
  if (type === 'number') return 8080;
  if (type) return 'fixed-value';
  const last = path.slice(path.lastIndexOf('.') + 1);
  return BOOLEANS.has(last) ? true : NUMBERS.has(last) ? 8080 : 'fixed-value';
}

function fixEverything(model: CloudModel): { ops: FixOp[]; expected: Map<string, string | number | boolean> } {
  const ops: FixOp[] = [];
  const expected = new Map<string, string | number | boolean>();
  for (const [path, attr] of attrsOf(model, '', new Map())) {
    if (!attr.location) continue;
    const value = valueFor(path);
    ops.push({ op: 'set', location: attr.location, value: lit(value) });
    expected.set(path, value);
  }
  for (const b of model.aws.s3Buckets) {
    if (!b.policy) ops.push({ op: 'create', target: b.newPolicyTarget, values: [[['PolicyDocument'], { kind: 'object', entries: [['Statement', { kind: 'list', items: [] }]] }]] });
  }
  for (const v of model.aws.vpcs) {
    ops.push({ op: 'create', target: v.newFlowLogTarget, values: [[['LogGroupName'], { kind: 'placeholder', name: 'CorpusFlowLogGroup', description: 'log group' }]] });
  }
  return { ops, expected };
}

test('CloudFormation corpus: models build and a fix of every attribute applies cleanly', { skip: !existsSync(ROOT) && 'corpus absent' }, () => {
  let fixed = 0;
  for (const path of templates(ROOT)) {
    const name = relative(ROOT, path);
    const text = readFileSync(path, 'utf8');
    const language = extname(path) === '.json' ? 'json' : 'yaml';
    const parsed = parseCloudFormation(text, language);
    if (!parsed.template || parsed.diagnostics.some((d) => d.severity === 'error')) continue;
    const model = buildCloudFormationModel(path, parsed.template, parsed.language);
    const { ops, expected } = fixEverything(model);
    if (ops.length === 0) continue;
    const plan = planCfnEdits(text, parsed.template, parsed.language, ops);
    assert.deepEqual(plan.problems, [], name);
    const out = applyEdits(text, plan.edits);
    const reparsed = parseCloudFormation(out, language);
    assert.deepEqual(reparsed.diagnostics.filter((d) => d.severity === 'error'), [], `${name} after the fix:\n${out}`);
    assert.ok(reparsed.template, name);
    const after = attrsOf(buildCloudFormationModel(path, reparsed.template, reparsed.language), '', new Map());
    for (const [p, value] of expected) assert.equal(after.get(p)?.value, value, `${name}: ${p}`);
    const again = planCfnEdits(out, reparsed.template, reparsed.language, ops);
    assert.deepEqual(again, { edits: [], problems: [] }, `${name}: applying the fix twice`);
    fixed++;
  }
  assert.ok(fixed > 100, `only ${fixed} templates had something to fix`);
});
