// SPDX-License-Identifier: Apache-2.0
// Invariants of the rule catalogue: ids and names, framework keys and ids that exist in the reference
// data, our own prose (no CIS text), fixtures for every platform a rule covers, and an index that lists
// every rule file.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ALL_RULES } from '../../rules';
import { FRAMEWORK_KEYS } from '../../server/src/engine/frameworks';
import { repoRoot, sharedDir } from '../support/corpus';
import { CATALOG } from '../../server/src/model/catalog';
import { RULE_CLOUDS, SCAFFOLD_MARKER, scaffoldMarkersLeft } from '../support/markers';

const ROOT = repoRoot();
/** The folders under rules/ (and test/rules/) that hold rules, one per cloud. */
const CLOUDS = RULE_CLOUDS.filter((c) => existsSync(join(ROOT, 'rules', c)));

function tsv(name: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(join(sharedDir(), 'reference', 'compliance', name), 'utf8').trim().split('\n');
  const cols = head!.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i]!, v])));
}

function files(dir: string, acc: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) files(p, acc);
    else if (n.endsWith('.ts')) acc.push(p);
  }
  return acc;
}

void describe('rule registry', () => {
  void it('ids are unique, well formed and stable in shape', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^(AWS|AZURE|GCP)-[A-Z0-9]+-\d{3}$/);
  });

  void it('rules/index.ts lists every rule file exactly once, and names match file names', () => {
    const ruleFiles = CLOUDS.flatMap((c) => files(join(ROOT, 'rules', c))).map((f) => relative(join(ROOT, 'rules'), f).replace(/\.ts$/, ''));
    const index = readFileSync(join(ROOT, 'rules', 'index.ts'), 'utf8');
    for (const f of ruleFiles) assert.ok(index.includes(`'./${f}'`), `rules/index.ts does not import ${f}`);
    assert.equal(ruleFiles.length, ALL_RULES.length);
    for (const r of ALL_RULES) assert.ok(ruleFiles.some((f) => f.endsWith(`/${r.meta.name}`)), `no file named ${r.meta.name}.ts`);
  });

  void it('framework keys are the allowed ones; CIS ids, titles and levels exist in the reference data', () => {
    const cis = tsv('cis-aws.tsv');
    const cisAzure = tsv('cis-azure.tsv');
    const cisGcp = tsv('cis-gcp.tsv');
    for (const r of ALL_RULES) {
      for (const [key, ids] of Object.entries(r.meta.frameworks)) {
        assert.ok((FRAMEWORK_KEYS as readonly string[]).includes(key), `${r.meta.id}: unknown framework key ${key}`);
        assert.ok(ids.length > 0, `${r.meta.id}: empty id list for ${key}`);
        const m = /^cis-aws-(.+)$/.exec(key);
        if (m) {
          for (const id of ids) {
            const row: Record<string, string> | undefined = cis.find((x) => x.cis_version === m[1] && x.rec_id === id);
            assert.ok(row, `${r.meta.id}: CIS AWS ${m[1]} has no recommendation ${id}`);
            const level = r.meta.levels[key as keyof typeof r.meta.levels];
            assert.equal(String(level), row.profile_level, `${r.meta.id}: level of CIS AWS ${m[1]} ${id}`);
          }
        }
        if (key === 'cis-azure-6.0.0') {
          for (const id of ids) {
            const row = cisAzure.find((x) => x.cis_version === '6.0.0' && x.rec_id === id);
            assert.ok(row, `${r.meta.id}: CIS Azure 6.0.0 has no recommendation ${id}`);
            assert.equal(String(r.meta.levels['cis-azure-6.0.0']), row.profile_level, `${r.meta.id}: level of CIS Azure 6.0.0 ${id}`);
          }
        }
        if (key === 'cis-gcp-5.0.0') {
          for (const id of ids) {
            const row = cisGcp.find((x) => x.cis_version === '5.0.0' && x.rec_id === id);
            assert.ok(row, `${r.meta.id}: CIS GCP 5.0.0 has no recommendation ${id}`);
            assert.equal(String(r.meta.levels['cis-gcp-5.0.0']), row.profile_level, `${r.meta.id}: level of CIS GCP 5.0.0 ${id}`);
          }
        }
        if (/^cis-(aws|azure|gcp)-/.test(key)) assert.ok(r.meta.levels[key as keyof typeof r.meta.levels], `${r.meta.id}: no level for ${key}`);
        // Cloud-specific frameworks only on that cloud's rules.
        if (key.startsWith('cis-azure-')) assert.match(r.meta.id, /^AZURE-/, `${r.meta.id}: CIS Azure ids on a non-Azure rule`);
        if (key.startsWith('cis-gcp-')) assert.match(r.meta.id, /^GCP-/, `${r.meta.id}: CIS GCP ids on a non-GCP rule`);
        if (key.startsWith('cis-aws-')) assert.match(r.meta.id, /^AWS-/, `${r.meta.id}: CIS AWS ids on a non-AWS rule`);
        if (key === 'soc2-2017') for (const id of ids) assert.match(id, /^(CC\d\.\d|A1\.\d|C1\.\d|PI1\.\d|P\d(\.\d)?)$/);
        if (key === 'nist-800-53-r5') for (const id of ids) assert.match(id, /^[A-Z]{2}-\d+(\(\d+\))?$/);
        if (key === 'nist-csf-2.0') for (const id of ids) assert.match(id, /^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$/);
      }
    }
  });

  void it('metadata is complete, links are https, and the prose is ours', () => {
    for (const r of ALL_RULES) {
      const m = r.meta;
      for (const field of ['title', 'description', 'rationale', 'remediation'] as const) assert.ok(m[field].length > 20 || field === 'title', `${m.id}: ${field} too short`);
      assert.ok(m.links.length > 0 && m.links.every((l) => l.startsWith('https://')), `${m.id}: links`);
      // CIS text is CC BY-NC-SA: our rationale must not reuse the benchmark's stock phrasing.
      assert.doesNotMatch(m.rationale, /Profile Applicability|Audit Procedure|CIS recommends/i);
      assert.ok(Object.keys(m.resourceTypes).length > 0, `${m.id}: resourceTypes`);
    }
  });

  void it('catalog rules target a catalog kind and declare exactly its resource types', () => {
    const kinds = new Set<string>();
    for (const k of CATALOG) {
      assert.ok(!kinds.has(k.kind), `catalog kind ${k.kind} is declared twice`);
      kinds.add(k.kind);
    }
    for (const r of ALL_RULES) {
      if (r.target !== 'catalog') continue;
      const kind = CATALOG.find((k) => k.kind === r.kind);
      assert.ok(kind, `${r.meta.id}: unknown catalog kind ${r.kind}`);
      for (const t of r.meta.resourceTypes.terraform ?? []) assert.ok(kind.terraform.includes(t), `${r.meta.id}: ${t} is not a Terraform type of ${r.kind}`);
      for (const t of r.meta.resourceTypes.cloudformation ?? []) assert.ok((kind.cloudformation ?? []).includes(t), `${r.meta.id}: ${t} is not a CloudFormation type of ${r.kind}`);
    }
  });

  void it('every rule has fixtures for every platform it covers', () => {
    for (const r of ALL_RULES) {
      const base = join(ROOT, 'test', 'rules', r.meta.id.split('-')[0]!.toLowerCase());
      const dir = readdirSync(base)
        .map((s) => join(base, s, r.meta.name))
        .find((d) => existsSync(d));
      assert.ok(dir, `${r.meta.id}: no fixture folder ${relative(ROOT, base)}/*/${r.meta.name}`);
      const names = readdirSync(dir);
      if (r.meta.resourceTypes.terraform) {
        assert.ok(names.includes('pass.tf') && names.includes('fail.tf'), `${r.meta.id}: pass.tf and fail.tf`);
      }
      if (r.meta.resourceTypes.cloudformation) {
        assert.ok(names.includes('pass.cfn.yaml') && names.includes('fail.cfn.yaml'), `${r.meta.id}: pass.cfn.yaml and fail.cfn.yaml`);
      }
    }
  });

  void it('no scaffold marker is left: npm run new-rule writes one wherever only the author knows what to write', () => {
    assert.deepEqual(scaffoldMarkersLeft(ROOT), [], `fill in every ${SCAFFOLD_MARKER} of these files`);
  });

  void it('peer aliases are well-formed ids of known tools; CloudFormation-only tools only on CloudFormation rules', () => {
    const FORMAT: Record<string, RegExp> = {
      checkov: /^CKV2?_(AWS|AZURE|GCP)_\d+$/,
      trivy: /^AVD-(AWS|AZU|GCP)-\d{4}$/,
      tfsec: /^(aws|azure|google)-[a-z0-9-]+$/,
      kics: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      cfn_nag: /^[FW]\d+$/,
      guard: /^[A-Z0-9_]+$/,
      'cfn-lint': /^[EWI]\d{4}$/,
    };
    let count = 0;
    for (const r of ALL_RULES) {
      for (const [tool, ids] of Object.entries(r.meta.aliases ?? {})) {
        assert.ok(FORMAT[tool], `${r.meta.id}: unknown tool ${tool}`);
        assert.ok(ids && ids.length > 0, `${r.meta.id}: empty ${tool} list`);
        assert.equal(new Set(ids).size, ids!.length, `${r.meta.id}: duplicate ${tool} ids`);
        for (const id of ids!) assert.match(id, FORMAT[tool]!, `${r.meta.id}: ${tool} id ${id}`);
        // A peer id of another cloud would suppress the wrong check.
        const cloud = r.meta.id.startsWith('AZURE-') ? 'azure' : r.meta.id.startsWith('GCP-') ? 'gcp' : 'aws';
        for (const id of ids!) {
          const of = /AZU|^azure-/.test(id) ? 'azure' : /GCP|^google-/.test(id) ? 'gcp' : /AWS|^aws-/.test(id) ? 'aws' : null;
          if (of) assert.equal(of, cloud, `${r.meta.id}: ${tool} id ${id} is of another cloud`);
        }
        if (tool === 'cfn_nag' || tool === 'guard' || tool === 'cfn-lint') assert.ok(r.meta.resourceTypes.cloudformation, `${r.meta.id}: ${tool} alias on a rule without CloudFormation`);
        count += ids!.length;
      }
    }
    assert.ok(count > 350, `${count} aliases`);
  });
});
