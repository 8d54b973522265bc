// SPDX-License-Identifier: Apache-2.0
// `npm run new-rule` as the author runs it (scripts/new-rule.mjs): dry runs and usage errors in this
// checkout, and real scaffolds written into a copy of its rules/ (server/ linked, the catalog copied with a
// GCP kind added): each variant's files, the registry's marker check failing on them, and the scaffolded
// rules bundled and run over their own fixtures. The id and index functions are unit-tested in
// test/unit/scripts/new-rule.test.ts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../support/corpus';
import { SCAFFOLD_MARKER, scaffoldMarkersLeft } from '../support/markers';

const script = (): string => join(repoRoot(), 'scripts', 'new-rule.mjs');
const newRule = (args: string[]): { status: number | null; stdout: string; stderr: string } =>
  spawnSync(process.execPath, [script(), ...args], { cwd: repoRoot(), encoding: 'utf8' });

void describe('new-rule in this checkout (dry runs)', () => {
  void it('a catalog rule: the id, the files and the setting, nothing written', () => {
    const r = newRule(['efs', 'efs-some-check', '--kind', 'aws.efs.fileSystem', '--dry-run']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^AWS-EFS-\d{3} efs-some-check over aws\.efs\.fileSystem \(setting encrypted\) \(dry run\)/);
    for (const f of ['rules/aws/efs/efs-some-check.ts', 'test/rules/aws/efs/efs-some-check/fail.tf', 'test/rules/aws/efs/efs-some-check/pass.cfn.yaml', 'rules/index.ts']) {
      assert.ok(r.stdout.includes(`  ${f}\n`), `${f} in ${r.stdout}`);
    }
    assert.ok(!existsSync(join(repoRoot(), 'rules', 'aws', 'efs', 'efs-some-check.ts')));
  });

  void it('an Azure rule is Terraform-only, with an AZURE- id under rules/azure/', () => {
    const r = newRule(['keyvault', 'keyvault-some-check', '--cloud', 'azure', '--kind', 'azure.keyvault.vault', '--dry-run']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^AZURE-KEYVAULT-\d{3} keyvault-some-check over azure\.keyvault\.vault \(setting purgeProtection\)/);
    assert.ok(r.stdout.includes('  test/rules/azure/keyvault/keyvault-some-check/fail.tf\n'), r.stdout);
    assert.doesNotMatch(r.stdout, /cfn\.yaml/);
  });

  void it('usage errors name what there is', () => {
    const cases: [string[], RegExp][] = [
      [['efs', 'efs-some-check', '--kind', 'aws.efs.nothing', '--dry-run'], /no catalog kind aws\.efs\.nothing; of efs: aws\.efs\.fileSystem, aws\.efs\.backupPolicy/],
      [['spanner', 'spanner-some-check', '--cloud', 'gcp', '--dry-run'], /catalog kinds of gcp\.spanner: \(none: add one in server\/src\/model\/catalog\/gcp-spanner\.ts\)/],
      [['keyvault', 'keyvault-some-check', '--cloud', 'azure', '--kind', 'aws.efs.fileSystem', '--dry-run'], /no catalog kind aws\.efs\.fileSystem of azure/],
      [['s3', 's3-some-check', '--model', 'buckets', '--dry-run'], /--model must name a typed model list .*: s3Buckets, cloudTrails/],
      [['storage', 'storage-some-check', '--cloud', 'azure', '--model', 's3Buckets'], /the typed model lists are AWS's/],
      [['s3', 's3-some-check', '--cloud', 'oci'], /--cloud must be one of aws, azure, gcp/],
      [['s3', 's3-some-check', '--model', 's3Buckets', '--kind', 'aws.efs.fileSystem'], /exclude each other/],
    ];
    for (const [args, message] of cases) {
      const r = newRule(args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}`);
      assert.match(r.stderr, message, args.join(' '));
    }
  });
});

void describe('new-rule scaffolds (written into a copy of the checkout)', () => {
  let root = '';
  const bundleDir = join(repoRoot(), 'out', 'new-rule-test');
  const scaffolds: { args: string[]; id: RegExp; files: string[] }[] = [
    { args: ['efs', 'efs-some-check', '--kind', 'aws.efs.fileSystem'], id: /^AWS-EFS-\d{3}$/, files: ['rules/aws/efs/efs-some-check.ts', ...['fail.tf', 'pass.tf', 'fail.cfn.yaml', 'pass.cfn.yaml'].map((f) => `test/rules/aws/efs/efs-some-check/${f}`)] },
    { args: ['rds', 'rds-some-check', '--model', 'rdsInstances'], id: /^AWS-RDS-\d{3}$/, files: ['rules/aws/rds/rds-some-check.ts', ...['fail.tf', 'pass.tf', 'fail.cfn.yaml', 'pass.cfn.yaml'].map((f) => `test/rules/aws/rds/rds-some-check/${f}`)] },
    { args: ['keyvault', 'keyvault-some-check', '--cloud', 'azure', '--kind', 'azure.keyvault.vault'], id: /^AZURE-KEYVAULT-\d{3}$/, files: ['rules/azure/keyvault/keyvault-some-check.ts', 'test/rules/azure/keyvault/keyvault-some-check/fail.tf', 'test/rules/azure/keyvault/keyvault-some-check/pass.tf'] },
    { args: ['storage', 'storage-some-check', '--cloud', 'gcp', '--kind', 'gcp.storage.bucket'], id: /^GCP-STORAGE-\d{3}$/, files: ['rules/gcp/storage/storage-some-check.ts', 'test/rules/gcp/storage/storage-some-check/fail.tf', 'test/rules/gcp/storage/storage-some-check/pass.tf'] },
  ];

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'iac-new-rule-'));
    cpSync(join(repoRoot(), 'rules'), join(root, 'rules'), { recursive: true });
    // server/src linked entry by entry, except the catalog: a copy with a GCP kind (there is none yet).
    const src = join(repoRoot(), 'server', 'src');
    mkdirSync(join(root, 'server', 'src', 'model'), { recursive: true });
    for (const n of readdirSync(src)) if (n !== 'model') symlinkSync(join(src, n), join(root, 'server', 'src', n));
    for (const n of readdirSync(join(src, 'model'))) if (n !== 'catalog') symlinkSync(join(src, 'model', n), join(root, 'server', 'src', 'model', n));
    const catalog = join(root, 'server', 'src', 'model', 'catalog');
    cpSync(join(src, 'model', 'catalog'), catalog, { recursive: true });
    writeFileSync(join(catalog, 'gcp-storage.ts'), "import type { CatalogKind } from './types';\n\nexport const GCP_STORAGE = [\n  { kind: 'gcp.storage.bucket', terraform: ['google_storage_bucket'], attrs: { uniformAccess: { type: 'bool', terraform: ['uniform_bucket_level_access'], default: false } } },\n] as const satisfies readonly CatalogKind[];\n");
    const index = readFileSync(join(catalog, 'index.ts'), 'utf8');
    writeFileSync(join(catalog, 'index.ts'), index.replace("import type { CatalogKind } from './types';", "import type { CatalogKind } from './types';\nimport { GCP_STORAGE } from './gcp-storage';").replace('const DECLS = [', 'const DECLS = [...GCP_STORAGE, '));
    mkdirSync(join(root, 'test', 'rules'), { recursive: true });
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(bundleDir, { recursive: true, force: true });
  });

  void it('each variant writes its rule, fixtures and index entry; the registry\'s marker check fails on every file', () => {
    assert.deepEqual(scaffoldMarkersLeft(root), [], 'the copy starts clean');
    for (const s of scaffolds) {
      const r = newRule([...s.args, '--root', root]);
      assert.equal(r.status, 0, `${s.args.join(' ')}: ${r.stderr}`);
      const id = r.stdout.split(' ')[0]!;
      assert.match(id, s.id);
      for (const f of s.files) assert.ok(existsSync(join(root, f)), `${f} written`);
      assert.ok(readFileSync(join(root, s.files[0]!), 'utf8').includes(`id: '${id}'`));
    }
    // Every file an author has to finish holds a marker, so `test/rules/registry.test.ts` fails until then.
    assert.deepEqual(scaffoldMarkersLeft(root), scaffolds.flatMap((s) => s.files).sort());
    const rule = readFileSync(join(root, 'rules/aws/efs/efs-some-check.ts'), 'utf8');
    assert.match(rule, /defineCatalogRule\(\{\n {2}kind: 'aws\.efs\.fileSystem',/);
    assert.match(readFileSync(join(root, 'rules/aws/rds/rds-some-check.ts'), 'utf8'), /defineRule\(\{\n {2}target: 'rdsInstances',[\s\S]*resourceTypes: \{ terraform: \['aws_db_instance'/);
    assert.doesNotMatch(readFileSync(join(root, 'rules/azure/keyvault/keyvault-some-check.ts'), 'utf8'), /cloudformation/i);
    // Filling in the markers is what clears the check.
    const filled = join(root, 'test/rules/gcp/storage/storage-some-check/pass.tf');
    writeFileSync(filled, readFileSync(filled, 'utf8').replaceAll(SCAFFOLD_MARKER, 'note'));
    assert.ok(!scaffoldMarkersLeft(root).includes('test/rules/gcp/storage/storage-some-check/pass.tf'));
  });

  void it('the scaffolded rules load from rules/index.ts and run over their own fixtures', async () => {
    const out = join(bundleDir, 'scaffolded.js');
    const entry = [
      `export { ALL_RULES } from ${JSON.stringify(join(root, 'rules', 'index.ts'))};`,
      `export { analyzeText } from ${JSON.stringify(join(repoRoot(), 'test', 'support', 'fixture-runner.ts'))};`,
    ].join('\n');
    await esbuild.build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, outfile: out, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'error' });
    const loaded = createRequire(out)(out) as {
      ALL_RULES: { meta: { id: string; name: string } }[];
      analyzeText(path: string, text: string, rules: unknown[]): { findings: { ruleId: string; level: string; resource: string }[] };
    };
    const byName = (name: string): { meta: { id: string; name: string } } => {
      const r = loaded.ALL_RULES.find((x) => x.meta.name === name);
      assert.ok(r, `${name} in ALL_RULES`);
      return r;
    };
    const run = (name: string, fixture: string, path: string): string[] => {
      const rule = byName(name);
      const text = readFileSync(join(root, 'test', 'rules', fixture), 'utf8');
      return loaded.analyzeText(path, text, [rule]).findings.map((f) => `${f.resource} ${f.level}`).sort();
    };
    // The catalog scaffold is a working rule: the bad resource fails, the unknown one cannot be verified.
    assert.deepEqual(run('efs-some-check', 'aws/efs/efs-some-check/fail.tf', '/w/main.tf'), ['aws_efs_file_system.bad_off medium', 'aws_efs_file_system.unknown info']);
    assert.deepEqual(run('efs-some-check', 'aws/efs/efs-some-check/pass.tf', '/w/main.tf'), []);
    assert.equal(run('efs-some-check', 'aws/efs/efs-some-check/fail.cfn.yaml', '/w/t.yaml').length, 2);
    assert.deepEqual(run('keyvault-some-check', 'azure/keyvault/keyvault-some-check/fail.tf', '/w/main.tf'), ['azurerm_key_vault.bad_off medium', 'azurerm_key_vault.unknown info']);
    // The model-list skeleton flags every resource until the condition is written.
    assert.deepEqual(run('rds-some-check', 'aws/rds/rds-some-check/fail.tf', '/w/main.tf'), ['aws_db_instance.bad_default medium', 'aws_db_instance.good medium']);
    assert.match(byName('storage-some-check').meta.id, /^GCP-STORAGE-\d{3}$/);
  });
});

