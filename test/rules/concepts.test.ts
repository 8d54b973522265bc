// SPDX-License-Identifier: Apache-2.0
// The control concepts (rules/concepts.ts) against the reference maps in ../shared/reference/compliance:
// anchors are CIS AWS recommendations of the reference data; every id of a concept is either filed under an
// anchor by the maps or declared `beyondMaps` (our judgement), and `beyondMaps` holds nothing the maps give.
// Rules whose SOC 2 / NIST / CSF ids are a concept's name it, so the mapping note comes from one place.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../rules';
import { byConcept, CONCEPTS } from '../../rules/concepts';
import type { ConceptId, ControlConcept } from '../../rules/concepts';
import { sharedDir } from '../support/corpus';

function tsv(name: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(join(sharedDir(), 'reference', 'compliance', name), 'utf8').trim().split('\n');
  const cols = head!.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i]!, v])));
}

/** Ids the maps file under (version, recommendation), from the given columns. */
function mapIds(file: string, columns: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const row of tsv(file)) {
    const key = `${row.cis_version} ${row.cis_rec_id}`;
    const ids = out.get(key) ?? new Set<string>();
    for (const c of columns) for (const id of (row[c] ?? '').split(',')) if (id) ids.add(id);
    out.set(key, ids);
  }
  return out;
}

const MAPS = {
  soc2: mapIds('soc2-map.tsv', ['soc2_tsc_criteria']),
  nist: mapIds('nist-map.tsv', ['nist_base_controls', 'nist_800_53_r5_controls']),
  csf: mapIds('csf2-map.tsv', ['nist_csf_2_0_subcategories']),
};
const FORMS = { soc2: /^(CC\d\.\d|A1\.\d|C1\.\d|PI1\.\d|P\d(\.\d)?)$/, nist: /^[A-Z]{2}-\d+(\(\d+\))?$/, csf: /^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$/ };
const entries = Object.entries(CONCEPTS) as [ConceptId, ControlConcept][];

void describe('control concepts', () => {
  void it('anchors are CIS AWS recommendations of the reference data', () => {
    const cis = new Set(tsv('cis-aws.tsv').map((r) => `${r.cis_version} ${r.rec_id}`));
    for (const [id, c] of entries) {
      assert.ok(c.anchors.length > 0, `${id}: no anchor`);
      for (const a of c.anchors) assert.ok(cis.has(`${a.version} ${a.id}`), `${id}: CIS AWS ${a.version} has no recommendation ${a.id}`);
      assert.ok(c.reasoning.length > 80, `${id}: reasoning too short`);
    }
  });

  void it('every id is filed under an anchor by the maps, or declared beyond them; beyondMaps holds nothing the maps give', () => {
    for (const [id, c] of entries) {
      const all = [...c.soc2, ...c.nist, ...c.csf];
      for (const b of c.beyondMaps) assert.ok(all.includes(b), `${id}: beyondMaps lists ${b}, which the concept does not map`);
      for (const fw of ['soc2', 'nist', 'csf'] as const) {
        assert.ok(c[fw].length > 0, `${id}: no ${fw} id`);
        assert.equal(new Set(c[fw]).size, c[fw].length, `${id}: duplicate ${fw} id`);
        const mapped = new Set<string>();
        for (const a of c.anchors) for (const x of MAPS[fw].get(`${a.version} ${a.id}`) ?? []) mapped.add(x);
        for (const x of c[fw]) {
          assert.match(x, FORMS[fw], `${id}: ${x} is not a ${fw} id`);
          assert.ok(mapped.has(x) !== c.beyondMaps.includes(x), `${id}: ${x} ${mapped.has(x) ? 'is in the anchors\' maps but listed in beyondMaps' : 'is neither in the anchors\' maps nor in beyondMaps'}`);
        }
      }
    }
  });

  void it('rules with a concept\'s ids name the concept (generated note), and every concept is used', () => {
    const used = new Set<ConceptId>();
    for (const r of ALL_RULES) {
      const f = r.meta.frameworks;
      for (const [id, c] of entries) {
        const same = (f['soc2-2017'] ?? []).join() === c.soc2.join() && (f['nist-800-53-r5'] ?? []).join() === c.nist.join() && (f['nist-csf-2.0'] ?? []).join() === c.csf.join();
        if (!same) continue;
        const cis = Object.fromEntries(Object.entries(f).filter(([k]) => k.startsWith('cis-')));
        // A rule's own remark follows the generated note.
        assert.ok(r.meta.mappingNote?.startsWith(byConcept(id, { cis }).mappingNote), `${r.meta.id}: has the ids of concept ${id}; name it with byConcept('${id}')`);
        used.add(id);
      }
    }
    for (const [id] of entries) assert.ok(used.has(id), `concept ${id} is used by no rule`);
  });

  // The only ids typed by hand are CIS ids (and the maps' ids of a CIS recommendation, next to them): a rule
  // no CIS recommendation covers evidences a concept, or it is not mapped at all.
  void it('a rule without CIS ids has its SOC 2 / NIST / CSF ids from a concept', () => {
    const typed: string[] = [];
    for (const r of ALL_RULES) {
      const f = r.meta.frameworks;
      const keys = Object.keys(f).filter((k) => (f[k as keyof typeof f] ?? []).length > 0);
      if (keys.length === 0 || keys.some((k) => k.startsWith('cis-'))) continue;
      const concept = entries.find(([, c]) => (f['soc2-2017'] ?? []).join() === c.soc2.join() && (f['nist-800-53-r5'] ?? []).join() === c.nist.join() && (f['nist-csf-2.0'] ?? []).join() === c.csf.join());
      if (concept === undefined || !r.meta.mappingNote?.startsWith(byConcept(concept[0]).mappingNote)) typed.push(`${r.meta.id} (${keys.map((k) => `${k}: ${(f[k as keyof typeof f] ?? []).join('/')}`).join('; ')})`);
    }
    assert.deepEqual(typed, [], 'rules with hand-typed non-CIS ids: name a concept of rules/concepts.ts with byConcept(), adding one if none fits');
  });
});
