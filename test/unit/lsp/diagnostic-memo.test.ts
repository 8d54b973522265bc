// SPDX-License-Identifier: Apache-2.0
// diagnostic-memo.ts: a finding object seen again (the analysis reuses it) gets the same diagnostic while
// its range and facts hold, a new one as soon as one of them changes; the entry follows its offsets; only
// the latest publish's findings are kept; while nothing is reused, a publish only probes a few findings.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { LineIndex } from '../../../server/src/core/positions';
import { DiagnosticMemo } from '../../../server/src/lsp/diagnostic-memo';

function builder(): { build: () => Diagnostic; count: () => number } {
  let n = 0;
  return {
    build: () => {
      n++;
      return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: `built ${n}` };
    },
    count: () => n,
  };
}

/** One publish of one finding. */
function one(memo: DiagnosticMemo, ...args: Parameters<DiagnosticMemo['entry']>): ReturnType<DiagnosticMemo['entry']> {
  memo.begin();
  const e = memo.entry(...args);
  memo.finish();
  return e;
}

void describe('diagnostic memo', () => {
  const before = new LineIndex('aaaa\nbbbb bbbb\ncccc\n');
  // One character typed on the first line: offsets after it move, the second line's ranges do not.
  const typed = new LineIndex('aaaXa\nbbbb bbbb\ncccc\n');
  // A line added above: the same offsets shifted by one, the ranges by one line.
  const newline = new LineIndex('\naaaa\nbbbb bbbb\ncccc\n');

  void it('reuses the diagnostic of the same finding while its range and facts hold', () => {
    const memo = new DiagnosticMemo();
    const finding = {};
    const b = builder();
    const first = one(memo, before, finding, 'R|r|violation', 5, 9, 'r', false, 'message', 'high', null, b.build);
    const again = one(memo, before, finding, 'R|r|violation', 5, 9, 'r', false, 'message', 'high', null, b.build);
    assert.equal(again, first, 'nothing changed: the same entry');
    const moved = one(memo, typed, finding, 'R|r|violation', 6, 10, 'r', false, 'message', 'high', null, b.build);
    assert.equal(moved.diagnostic, first.diagnostic, 'offsets moved, range did not: the same diagnostic');
    assert.deepEqual([moved.start, moved.end], [6, 10], 'the entry has the new offsets');
    assert.equal(b.count(), 1);
  });

  void it('rebuilds when the range, the key or a fact changed, or for another finding object', () => {
    const memo = new DiagnosticMemo();
    const finding = {};
    const b = builder();
    const first = one(memo, before, finding, 'R|r|violation', 5, 9, 'r', false, 'message', 'high', null, b.build);
    const down = one(memo, newline, finding, 'R|r|violation', 6, 10, 'r', false, 'message', 'high', null, b.build);
    assert.notEqual(down.diagnostic, first.diagnostic, 'a line added above: new range, new diagnostic');
    const longer = one(memo, newline, finding, 'R|r|violation', 6, 11, 'r', false, 'message', 'high', null, b.build);
    assert.notEqual(longer.diagnostic, down.diagnostic, 'the end moved');
    const reworded = one(memo, newline, finding, 'R|r|violation', 6, 11, 'r', false, 'other message', 'high', null, b.build);
    assert.notEqual(reworded.diagnostic, longer.diagnostic, 'the message changed');
    const lower = one(memo, newline, finding, 'R|r|violation', 6, 11, 'r', false, 'other message', 'low', null, b.build);
    assert.notEqual(lower.diagnostic, reworded.diagnostic, 'the severity changed');
    const rule = {};
    const otherRule = one(memo, newline, finding, 'R|r|violation', 6, 11, 'r', false, 'other message', 'low', rule, b.build);
    assert.notEqual(otherRule.diagnostic, lower.diagnostic, 'the rule object changed (custom rules reloaded)');
    const otherKey = one(memo, newline, finding, 'R|r|unverifiable', 6, 11, 'r', false, 'other message', 'low', rule, b.build);
    assert.notEqual(otherKey.diagnostic, otherRule.diagnostic, 'the kind changed');
    const fresh = one(memo, newline, {}, 'R|r|unverifiable', 6, 11, 'r', false, 'other message', 'low', rule, b.build);
    assert.notEqual(fresh.diagnostic, otherKey.diagnostic, 'an equal finding built afresh is not looked up by content');
    assert.equal(b.count(), 8);
  });

  void it('gives a new entry, with the same diagnostic, when only the resource it is grouped under changed', () => {
    const memo = new DiagnosticMemo();
    const finding = {};
    const b = builder();
    const first = one(memo, before, finding, 'R|r|violation', 5, 9, 'r', false, 'm', 'high', null, b.build);
    const regrouped = one(memo, before, finding, 'R|r|violation', 5, 9, null, false, 'm', 'high', null, b.build);
    assert.notEqual(regrouped, first);
    assert.equal(regrouped.group, null);
    assert.equal(regrouped.diagnostic, first.diagnostic);
  });

  void it('keeps only what the latest publish used, and probes while nothing is reused', () => {
    const memo = new DiagnosticMemo();
    const b = builder();
    const findings = Array.from({ length: 40 }, () => ({}));
    const publish = (fs: object[]): number => {
      memo.begin();
      let asked = 0;
      for (const f of fs) {
        if (!memo.wanted) continue;
        asked++;
        memo.entry(before, f, 'R|r|violation', 5, 9, 'r', false, 'm', 'high', null, b.build);
      }
      memo.finish();
      return asked;
    };
    assert.equal(publish(findings), 40, 'the first publish records everything');
    assert.equal(publish([findings[0]!]), 1);
    const built = b.count();
    assert.equal(publish([findings[1]!]), 1);
    assert.equal(b.count(), built + 1, 'finding 1 was not in the latest publish: forgotten, built again');
    // Fresh findings only (no reuse): the next publish probes a few, then builds without looking.
    const fresh = (): object[] => Array.from({ length: 40 }, () => ({}));
    assert.equal(publish(fresh()), 40, 'one lookup without a hit is not enough to judge: full');
    assert.equal(publish(fresh()), 16, 'forty lookups, no hit: probes');
    const probed = fresh();
    assert.equal(publish(probed), 16, 'still nothing reused: probes');
    assert.equal(publish(probed), 16, 'the probed findings come back: they hit');
    assert.equal(publish(probed), 40, 'a probe hit (the analysis reuses again): full');
  });
});
