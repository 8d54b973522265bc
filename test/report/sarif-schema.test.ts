// SPDX-License-Identifier: Apache-2.0
// Our SARIF checked against the official SARIF 2.1.0 JSON schema (vendored in test/support, see its
// NOTICE), and against what GitHub code scanning needs beyond the schema: every result's rule declared,
// relative artifact URIs with a start line, help text and framework tags on rules (at most 20, or the
// upload is rejected), in-source suppressions with a justification.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { main } from '../../server/src/cli/main';
import type { CliIo } from '../../server/src/cli/command';
import { MAX_TAGS } from '../../server/src/report/sarif';
import { repoRoot } from '../support/corpus';

interface SarifRule {
  id: string;
  help?: { text?: string; markdown?: string };
  properties?: { tags?: string[]; frameworks?: Record<string, string[]> };
}
interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  message: { text?: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string; uriBaseId?: string }; region?: { startLine?: number } } }[];
  suppressions?: { kind: string; justification?: string }[];
}
interface SarifLog {
  version: string;
  runs: { tool: { driver: { rules: SarifRule[] } }; results: SarifResult[]; properties?: Record<string, unknown>; invocations?: { toolExecutionNotifications?: { message: { text: string } }[] }[] }[];
}

let validator: ValidateFunction | undefined;
function validate(doc: unknown): ErrorObject[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(repoRoot(), 'test', 'support', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(schema['$schema'], 'http://json-schema.org/draft-07/schema#');
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator(doc) ? [] : [...(validator.errors ?? [])];
}

async function sarifOf(args: string[]): Promise<{ code: number; log: SarifLog; text: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), readFile: (p) => readFileSync(p, 'utf8') };
  const code = await main([...args, '--format', 'sarif'], io);
  assert.ok(code === 0 || code === 1, `exit ${code}: ${err}`);
  return { code, log: JSON.parse(out) as SarifLog, text: out };
}

/** A folder with an inline suppression, a syntax error, and a file name that needs URI escaping. */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-sarif-'));
  writeFileSync(
    join(dir, 'trail.tf'),
    '# iac-compliance:ignore AWS-CLOUDTRAIL-002 Digest files are validated by the central log account\nresource "aws_cloudtrail" "other" {\n  name                  = "other"\n  s3_bucket_name        = "logs"\n  is_multi_region_trail = true\n  kms_key_id            = "arn:aws:kms:eu-west-1:111122223333:key/abc"\n}\n',
  );
  mkdirSync(join(dir, 'with space'));
  writeFileSync(join(dir, 'with space', 'broken#1.tf'), 'resource "aws_kms_key" "k" {\n  enable_key_rotation =\n}\n');
  writeFileSync(join(dir, 'with space', 'key.tf'), 'resource "aws_kms_key" "k2" {\n  enable_key_rotation = false\n}\n');
  return dir;
}

function checkGitHub(log: SarifLog): void {
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0]!;
  const rules = run.tool.driver.rules;
  const ids = rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const rule of rules) {
    assert.ok(rule.help?.text && rule.help.markdown, `${rule.id} has help text and markdown`);
    const tags = rule.properties?.tags ?? [];
    assert.ok(tags.length <= MAX_TAGS && tags.length <= 20, `${rule.id} has ${tags.length} tags; GitHub rejects more than 20`);
    assert.ok(tags.includes('security'));
    // Every framework the rule maps to appears among its tags (the full list is in properties.frameworks).
    for (const [key, controls] of Object.entries(rule.properties?.frameworks ?? {})) {
      if (controls.length === 0) continue;
      assert.ok(tags.some((t) => controls.some((c) => t.endsWith(` ${c}`))), `${rule.id}: a tag for ${key}`);
    }
  }
  assert.ok(run.results.length > 0);
  for (const res of run.results) {
    assert.ok(res.ruleId && ids.includes(res.ruleId), `result rule ${res.ruleId} is declared`);
    if (res.ruleIndex !== undefined) assert.equal(rules[res.ruleIndex]!.id, res.ruleId);
    assert.ok(res.message.text);
    assert.ok(res.locations && res.locations.length > 0, 'result has a location');
    for (const loc of res.locations) {
      const uri = loc.physicalLocation?.artifactLocation?.uri ?? '';
      assert.ok(uri !== '' && !uri.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(uri), `relative uri: ${uri}`);
      assert.doesNotThrow(() => new URL(uri, 'file:///src/'));
      assert.equal(loc.physicalLocation?.artifactLocation?.uriBaseId, '%SRCROOT%');
      assert.ok((loc.physicalLocation?.region?.startLine ?? 0) >= 1, 'region has a start line');
    }
    for (const s of res.suppressions ?? []) {
      // In the source (comments, Metadata) or outside it (the project file's exceptions).
      assert.ok(s.kind === 'inSource' || s.kind === 'external', s.kind);
      assert.ok(s.justification && s.justification.trim() !== '', 'suppression has a justification');
    }
  }
}

void describe('SARIF 2.1.0 schema and GitHub code scanning', () => {
  void it('the validator is live: it rejects a log that breaks the schema', () => {
    assert.equal(validate({ version: '2.1.0', runs: [] }).length, 0);
    assert.ok(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }).length > 0, 'driver.name is required');
    assert.ok(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, suppressions: [{ kind: 'inSource', bogus: 1 }] }] }] }).length > 0);
    assert.ok(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }] }).length > 0);
  });

  void it('scan of examples/ validates with no errors and meets GitHub requirements', async () => {
    const { log } = await sarifOf(['scan', join(repoRoot(), 'examples')]);
    assert.deepEqual(validate(log), []);
    checkGitHub(log);
    const uris = new Set(log.runs[0]!.results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri));
    assert.ok(uris.has('terraform/main.tf'), [...uris].join(', '));
    // examples/.iac-compliance.yaml's exception: an external suppression with its reason.
    const external = log.runs[0]!.results.filter((r) => r.suppressions?.some((x) => x.kind === 'external'));
    assert.deepEqual(
      external.map((r) => [r.ruleId, r.suppressions![0]!.justification]),
      [['AWS-RDS-004', 'Development database; a single availability zone is accepted outside production']],
    );
  });

  void it('a suppressed finding, a syntax error and an escaped file name validate too', async () => {
    const dir = fixture();
    const { log } = await sarifOf(['scan', dir]);
    assert.deepEqual(validate(log), []);
    checkGitHub(log);
    const run = log.runs[0]!;
    const suppressed = run.results.filter((r) => r.suppressions);
    assert.equal(suppressed.length, 1);
    assert.equal(suppressed[0]!.ruleId, 'AWS-CLOUDTRAIL-002');
    assert.deepEqual(suppressed[0]!.suppressions, [{ kind: 'inSource', justification: 'Digest files are validated by the central log account' }]);
    const uris = run.results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri);
    assert.ok(uris.includes('with%20space/key.tf'), uris.join(', '));
    assert.ok(uris.includes('with%20space/broken%231.tf'), uris.join(', '));
    const notes = run.invocations?.[0]?.toolExecutionNotifications ?? [];
    assert.ok(notes.length >= 1, 'the syntax error is a tool notification');
  });

  void it('report --format sarif (with a baseline) validates', async () => {
    const dir = fixture();
    const baseline = join(dir, 'baseline.json');
    let out = '';
    const io: CliIo = { out: (t) => void (out += t), err: () => undefined, readFile: (p) => readFileSync(p, 'utf8') };
    assert.equal(await main(['baseline', 'create', join(dir, 'with space'), '-o', baseline], io), 0, out);
    writeFileSync(join(dir, 'with space', 'new.tf'), 'resource "aws_kms_key" "k3" {\n  enable_key_rotation = false\n}\n');
    const { log } = await sarifOf(['report', join(dir, 'with space'), '--baseline', baseline]);
    assert.deepEqual(validate(log), []);
    checkGitHub(log);
    const kms = log.runs[0]!.results.filter((r) => r.ruleId === 'AWS-KMS-001');
    assert.deepEqual(kms.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri), ['new.tf']);
    assert.ok((log.runs[0]!.properties?.['baselined'] as number) >= 1);
  });

  void it('a rule mapped to more than 20 controls keeps 20 tags, every framework represented', async () => {
    const { log } = await sarifOf(['scan', join(repoRoot(), 'examples')]);
    const rules = log.runs[0]!.tool.driver.rules;
    const many = rules.filter((r) => Object.values(r.properties?.frameworks ?? {}).flat().length + 2 > MAX_TAGS);
    for (const r of many) assert.equal(r.properties!.tags!.length, MAX_TAGS, r.id);
  });
});
