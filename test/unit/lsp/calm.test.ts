// SPDX-License-Identifier: Apache-2.0
// calm.ts decisions, one publish at a time, on real analyses: an unclosed block keeps the findings of the
// blocks it swallowed (stale) and its error waits; an error on an earlier line is released; a finding that
// appears on the caret's line waits and freezes its resource. And the typingDelay setting's validation.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFs, TEST_TODAY } from '../../support/fixture-runner';
import { AnalysisService } from '../../../server/src/service/analysis';
import { ALL_RULES } from '../../../rules';
import { calmEntries, groupAt, newCalmDoc, textDelta } from '../../../server/src/lsp/calm';
import type { Entry, TextEditSpan } from '../../../server/src/lsp/calm';
import { entriesOf } from '../../../server/src/lsp/publish';
import type { ServerState } from '../../../server/src/lsp/state';
import { DEFAULT_SETTINGS } from '../../../server/src/protocol';
import type { DiagnosticData } from '../../../server/src/protocol';
import { readSettings } from '../../../server/src/handlers/didChangeConfiguration';

const PATH = '/w/main.tf';
const state = { settings: DEFAULT_SETTINGS, rulesById: new Map(ALL_RULES.map((r) => [r.meta.id, r])), projectFindings: new Set<string>() } as unknown as ServerState;

function analyze(service: AnalysisService, text: string): { a: ReturnType<AnalysisService['analyzeFile']>; entries: Entry[] } {
  service.setOverlay(PATH, text);
  const a = service.analyzeFile(PATH);
  return { a, entries: entriesOf(state, a) };
}

const TEXT = `resource "aws_kms_key" "a" {
  description = "a"
}

resource "aws_db_instance" "b" {
  engine              = "postgres"
  publicly_accessible = true
}
`;

/** A session: the plain analysis of `TEXT` published, then one edit (offsets in the text before it). */
function session(): { service: AnalysisService; doc: ReturnType<typeof newCalmDoc>; edit: (at: number, removed: number, insert: string) => Entry[] } {
  const service = new AnalysisService({ fs: new MemoryFs(), rules: ALL_RULES, today: TEST_TODAY });
  const first = analyze(service, TEXT);
  const doc = newCalmDoc(TEXT);
  doc.shown = first.entries;
  doc.typing = true;
  let text = TEXT;
  return {
    service,
    doc,
    edit: (at, removed, insert) => {
      text = text.slice(0, at) + insert + text.slice(at + removed);
      const { a, entries } = analyze(service, text);
      const edits: TextEditSpan[] = [{ at, removed, inserted: insert.length }];
      return calmEntries(doc, a, entries, edits);
    },
  };
}

const codes = (es: Entry[]): string[] => es.map((e) => `${String(e.diagnostic.code)}${(e.diagnostic.data as DiagnosticData | undefined)?.stale ? ' (stale)' : ''} @${e.diagnostic.range.start.line}`).sort();

void describe('calm', () => {
  void it('a deleted closing brace: the error waits, the swallowed resource keeps its findings, marked stale', () => {
    const s = session();
    const before = codes(s.doc.shown);
    assert.ok(before.some((c) => c.startsWith('AWS-RDS-002')), 'the example has a finding on the second resource');
    const brace = TEXT.indexOf('}');
    const out = s.edit(brace, 1, '');
    assert.deepEqual(out.filter((e) => e.syntax), [], 'the unclosed block error waits');
    const rds = out.filter((e) => e.group === 'aws_db_instance.b');
    assert.ok(rds.length > 0 && rds.every((e) => (e.diagnostic.data as DiagnosticData).stale === true), 'kept and marked stale');
    // Deleting the brace moves no line: every finding is where it was.
    assert.deepEqual(codes(out).map((c) => c.replace(' (stale)', '')), before);
    assert.equal(s.doc.holding, true);
  });

  void it('an error on an earlier line than the edit is published; a new finding on the edited line waits and freezes its resource', () => {
    const s = session();
    const eol = TEXT.indexOf('\n', TEXT.indexOf('engine'));
    // `tags =` is half-typed on a new line, then the edit moves on to the next line.
    assert.deepEqual(s.edit(eol, 0, '\n  tags =').filter((e) => e.syntax), []);
    const moved = s.edit(eol + '\n  tags ='.length, 0, '\n  ');
    assert.equal(moved.filter((e) => e.syntax).length, 1, 'released once the edit is on another line');
    const fresh = session();
    const value = TEXT.indexOf('true');
    // `tru` is a reference: a "cannot verify" on the caret's line, which waits; the violation stays.
    const out = fresh.edit(value + 3, 1, '');
    const rds = out.filter((e) => e.diagnostic.code === 'AWS-RDS-002');
    assert.equal(rds.length, 1);
    assert.equal((rds[0]!.diagnostic.data as DiagnosticData).kind, 'violation');
    assert.equal((rds[0]!.diagnostic.data as DiagnosticData).stale, true);
  });

  void it('textDelta and groupAt', () => {
    assert.deepEqual(textDelta('abc', 'abXc'), { at: 2, removed: 0, inserted: 1 });
    assert.deepEqual(textDelta('abc', 'ac'), { at: 1, removed: 1, inserted: 0 });
    assert.equal(textDelta('abc', 'abc'), null);
    const spans = [
      { address: 'a', span: { start: 0, end: 10 } },
      { address: 'b', span: { start: 20, end: 30 } },
    ];
    assert.equal(groupAt(spans, 5), 'a');
    assert.equal(groupAt(spans, 15), null);
    assert.equal(groupAt(spans, 30), 'b');
    assert.equal(groupAt([], 3), null);
  });

  void it('typingDelay: a number of ms from 0 to 10 minutes; anything else is the default', () => {
    assert.equal(readSettings({ typingDelay: 0 }).typingDelay, 0);
    assert.equal(readSettings({ iacCompliance: { typingDelay: 250 } }).typingDelay, 250);
    assert.equal(readSettings({ typingDelay: -1 }).typingDelay, DEFAULT_SETTINGS.typingDelay);
    assert.equal(readSettings({ typingDelay: '100' }).typingDelay, DEFAULT_SETTINGS.typingDelay);
    assert.equal(readSettings({ typingDelay: Number.NaN }).typingDelay, DEFAULT_SETTINGS.typingDelay);
    assert.equal(readSettings({ typingDelay: 1e9 }).typingDelay, 600_000);
    assert.equal(DEFAULT_SETTINGS.typingDelay, 500);
  });
});
