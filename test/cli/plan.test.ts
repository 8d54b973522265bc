// SPDX-License-Identifier: Apache-2.0
// `scan --plan`: planned values judged by the same rules, findings mapped back to the source through the
// plan's configuration. test/fixtures/plan/basic is a configuration with the JSON plan Terraform would
// write for it (written by hand: no Terraform binary), covering count and for_each instances, a local
// module called with for_each, a module nested in it, a registry module and a module with no source.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { runCli } from '../support/cli';
import { repoRoot } from '../support/corpus';

interface JsonFinding {
  ruleId: string;
  kind: string;
  file: string;
  startLine: number;
  resource: string;
  message: string;
  suppressed: boolean;
}

async function scanJson(args: string[]): Promise<{ code: number; findings: JsonFinding[]; notes: { file: string; message: string; startLine: number }[]; err: string }> {
  const r = await runCli(['scan', '--format', 'json', '--no-config', ...args]);
  if (r.code > 1) return { code: r.code, findings: [], notes: [], err: r.err };
  const doc = JSON.parse(r.out) as { findings: JsonFinding[]; notes: { file: string; message: string; startLine: number }[] };
  return { code: r.code, findings: doc.findings, notes: doc.notes, err: r.err };
}

const fixture = (): string => join(repoRoot(), 'test', 'fixtures', 'plan', 'basic');

void describe('scan --plan', () => {
  void it('maps findings of count/for_each instances and module paths to their source lines', async () => {
    const r = await scanJson(['--plan', join(fixture(), 'plan.json')]);
    assert.equal(r.code, 1, r.err);
    const where = (f: JsonFinding): string => `${f.ruleId} ${f.file}:${f.startLine} ${f.resource}`;
    const all = r.findings.filter((f) => f.kind !== 'missing').map(where);
    // for_each module call, one instance failing: the attribute in the module, naming the instance.
    const disk = r.findings.find((f) => f.file === 'modules/disk/main.tf')!;
    assert.equal(where(disk), 'AWS-EC2-004 modules/disk/main.tf:8 module.disks["b"].aws_ebs_volume.this');
    assert.match(disk.message, /^module\.disks\["b"\]\.aws_ebs_volume\.this: The volume is not encrypted/);
    // count, one instance failing: on the attribute, naming the instance.
    assert.ok(all.includes('AWS-KMS-001 main.tf:9 aws_kms_key.keys[1]'), all.join('\n'));
    assert.ok(!all.some((x) => x.includes('aws_kms_key.keys[0]')));
    // count, every instance failing: once, on the resource (a provider default: its header).
    const scratch = r.findings.filter((f) => f.resource.startsWith('aws_ebs_volume.scratch'));
    assert.deepEqual(scratch.map(where), ['AWS-EC2-004 main.tf:12 aws_ebs_volume.scratch']);
    assert.equal(scratch[0]!.message, 'The volume is not encrypted.');
    // A module nested in a for_each call, failing in every instance: once, in the nested module's file.
    assert.ok(all.includes('AWS-EC2-004 modules/extra/main.tf:1 module.disks.module.extra.aws_ebs_volume.extra'), all.join('\n'));
    // A registry module: at its module block, naming the address.
    const vendor = r.findings.find((f) => f.resource === 'module.vendor.aws_ebs_volume.this')!;
    assert.equal(`${vendor.file}:${vendor.startLine}`, 'main.tf:37');
    assert.match(vendor.message, /^module\.vendor\.aws_ebs_volume\.this: /);
    // No source: on the resource's entry in the plan, naming the address, with a note.
    const ghost = r.findings.find((f) => f.resource === 'module.ghost.aws_ebs_volume.orphan')!;
    assert.equal(ghost.file, 'plan.json');
    assert.ok(ghost.startLine > 1);
    assert.match(ghost.message, /^module\.ghost\.aws_ebs_volume\.orphan: /);
    assert.ok(r.notes.some((n) => n.file === 'plan.json' && n.message.includes('module.ghost')));
    // The bucket's public access block refers to the bucket's id (unknown until apply): joined, no finding.
    assert.ok(!r.findings.some((f) => f.ruleId === 'AWS-S3-001'), all.join('\n'));
    // A provider default the source does not write (is_multi_region_trail = false): the block's header.
    assert.ok(all.includes('AWS-CLOUDTRAIL-001 main.tf:1 aws_cloudtrail.main'), all.join('\n'));
    // Account-level controls missing from every module instance: once each.
    const missing = r.findings.filter((f) => f.kind === 'missing').map((f) => f.ruleId);
    assert.equal(new Set(missing).size, missing.length, missing.join(' '));
  });

  void it('unknown values: the reference they depend on, or the attribute; suppressions in the source apply', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-plan-'));
    writeFileSync(
      join(dir, 'main.tf'),
      'resource "aws_ebs_volume" "a" {\n  availability_zone = "eu-west-1a"\n  encrypted         = aws_ssm_parameter.flag.value == "true"\n}\n\n# iac-compliance:ignore AWS-EC2-004 Scratch disk, holds no data\nresource "aws_ebs_volume" "b" {\n  availability_zone = "eu-west-1a"\n}\n',
    );
    const vol = (name: string, values: Record<string, unknown>, unknown: Record<string, unknown>): [unknown, unknown] => [
      { address: `aws_ebs_volume.${name}`, mode: 'managed', type: 'aws_ebs_volume', name, values },
      { address: `aws_ebs_volume.${name}`, mode: 'managed', type: 'aws_ebs_volume', name, change: { actions: ['create'], after: values, after_unknown: unknown } },
    ];
    const [a, ca] = vol('a', { availability_zone: 'eu-west-1a' }, { encrypted: true, id: true, arn: true });
    const [b, cb] = vol('b', { availability_zone: 'eu-west-1a', encrypted: false }, { id: true });
    const [c, cc] = vol('c', { availability_zone: 'eu-west-1a' }, { encrypted: true });
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: { resources: [a, b, c] } },
      resource_changes: [ca, cb, cc],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_ebs_volume.a', mode: 'managed', type: 'aws_ebs_volume', name: 'a', expressions: { encrypted: { references: ['aws_ssm_parameter.flag.value', 'aws_ssm_parameter.flag'] } } },
            { address: 'aws_ebs_volume.b', mode: 'managed', type: 'aws_ebs_volume', name: 'b', expressions: {} },
          ],
        },
      },
    };
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
    const r = await scanJson(['--plan', join(dir, 'plan.json')]);
    const of = (res: string): JsonFinding[] => r.findings.filter((f) => f.ruleId === 'AWS-EC2-004' && f.resource === res);
    const fa = of('aws_ebs_volume.a');
    assert.equal(fa.length, 1, JSON.stringify(r.findings));
    assert.equal(fa[0]!.kind, 'unverifiable');
    assert.match(fa[0]!.message, /aws_ssm_parameter\.flag\.value/);
    assert.equal(fa[0]!.startLine, 3);
    // Suppressed by the comment above its block in main.tf.
    const fb = of('aws_ebs_volume.b');
    assert.equal(fb.length, 1);
    assert.equal(fb[0]!.suppressed, true);
    // Not in the configuration nor beside the plan: unknown, naming the attribute itself, in plan.json.
    const fc = of('aws_ebs_volume.c');
    assert.equal(fc.length, 1);
    assert.equal(fc[0]!.kind, 'unverifiable');
    assert.equal(fc[0]!.file, 'plan.json');
    assert.match(fc[0]!.message, /aws_ebs_volume\.c\.encrypted/);
    // Cannot verify, suppressed, and account-level controls (without --fail-on-missing) do not fail the run.
    assert.equal(r.code, 0, JSON.stringify(r.findings.filter((f) => f.kind === 'violation' && !f.suppressed)));
  });

  void it('a file that is not a plan is a usage error (exit 2) that says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-plan-bad-'));
    const cases: [string, string, RegExp][] = [
      ['notjson.json', '{ "format_version": ', /not JSON/],
      ['state.json', JSON.stringify({ format_version: '1.0', values: { root_module: {} } }), /planned_values/],
      ['future.json', JSON.stringify({ format_version: '2.0', planned_values: { root_module: {} } }), /format_version 2\.0/],
    ];
    for (const [name, text, why] of cases) {
      writeFileSync(join(dir, name), text);
      const r = await runCli(['scan', '--plan', join(dir, name), '--no-config']);
      assert.equal(r.code, 2, name);
      assert.match(r.err, why);
      assert.ok(!r.err.includes('    at '), 'no stack trace');
    }
    const missing = await runCli(['scan', '--plan', join(dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    const withVar = await runCli(['scan', '--plan', join(dir, 'state.json'), '--var', 'x=1']);
    assert.equal(withVar.code, 2);
    assert.match(withVar.err, /--var does not apply/);
  });

  void it('its SARIF and GitLab SAST reports pass their schemas', async () => {
    for (const [format, schemaFile] of [['sarif', 'sarif-schema-2.1.0.json'], ['gitlab-sast', 'gitlab-sast-schema.json']] as const) {
      const r = await runCli(['scan', '--plan', join(fixture(), 'plan.json'), '--format', format, '--no-config']);
      assert.equal(r.code, 1, r.err);
      const ajv = new Ajv({ allErrors: true, strict: false });
      addFormats(ajv);
      const validate = ajv.compile(JSON.parse(readFileSync(join(repoRoot(), 'test', 'support', schemaFile), 'utf8')) as object);
      assert.ok(validate(JSON.parse(r.out)), `${format}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  });

  void it('other formats take the plan scan too (gitlab-sast locations are source files)', async () => {
    const r = await runCli(['scan', '--plan', join(fixture(), 'plan.json'), '--format', 'sarif', '--no-config']);
    assert.equal(r.code, 1);
    const uris = new Set((JSON.parse(r.out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].sort(), ['main.tf', 'modules/disk/main.tf', 'modules/extra/main.tf', 'plan.json']);
  });
});

void describe('scan --plan on hostile plans', () => {
  void it('deeply nested values and blocks finish with a result, never a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-plan-deep-'));
    // Written as text: JSON.stringify itself would run out of stack on these.
    const deep = `${'['.repeat(5000)}"x"${']'.repeat(5000)}`;
    const blocks = `${'{"inner":['.repeat(2000)}{"enabled":false}${']}'.repeat(2000)}`;
    const values = `{"bucket":"b","tags":{"deep":${deep}},"versioning":[${blocks}]}`;
    writeFileSync(join(dir, 'plan.json'), `{"format_version":"1.2","planned_values":{"root_module":{"resources":[{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","values":${values}}]}}}`);
    const r = await runCli(['scan', '--plan', join(dir, 'plan.json'), '--no-config', '--format', 'json']);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    assert.ok((JSON.parse(r.out) as { findings: unknown[] }).findings.length > 0);
  });
});
