// SPDX-License-Identifier: Apache-2.0
// Error recovery on damaged real-world files. For every corpus .tf/.tfvars file, 100 truncations and 100
// one-character insertions/deletions (reproducible: see test/support/damage.ts). On each damaged text:
// - our parser returns (no exception) within a second;
// - every top-level block that ended before the damage keeps exactly its ranges and labels: an editor
//   typing at the end of a file must not lose the findings above;
// - we recover at least as many top-level blocks as HashiCorp's parser does on the same text (asked of
//   hcl-oracle-batch, one long-running process fed the texts as a stream).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseHcl } from '../../server/src/parsers/hcl';
import { LineIndex } from '../../server/src/core/positions';
import type { Block, HclFile } from '../../server/src/parsers/hcl/ast';
import { hclCorpusFiles } from '../support/corpus';
import type { CorpusFile } from '../support/corpus';
import { applyDamage, damageOffset, damagesFor, describeDamage } from '../support/damage';
import type { Damage } from '../support/damage';
import { BatchOracle } from '../support/oracle';
import type { BatchResult } from '../support/oracle';

const TRUNCATIONS = 100;
const EDITS = 100;
const MAX_PARSE_MS = 1000;
/**
 * HashiCorp's lexer is slow (grapheme segmentation of every token): the oracle needs about 2.5 times
 * the CPU time of this process (~105 s vs ~42 s), so two oracle processes keep both cores busy.
 */
const ORACLE_PROCESSES = 2;
/** Examples printed per kind of failure (all are counted). */
const EXAMPLES_SHOWN = 15;

type FailureKind = 'exception' | 'slow' | 'lost block' | 'fewer blocks than oracle';
/** Differences from hclsyntax that are reported for the parser's author but not asserted. */
type NoteKind = 'top-level block ranges differ' | 'first diagnostic differs';

/**
 * Summaries hclsyntax reports from its token check (checkInvalidTokens, run before parsing), so they
 * come first. Counted apart in the notes: one missing feature should not hide other differences.
 */
const LEXER_SUMMARIES = new Set(['Unsupported operator', 'Invalid character', 'Invalid multi-line string', 'Invalid character encoding']);

interface Failure {
  kind: FailureKind | NoteKind;
  file: string;
  /** Index into damagesFor(file, text), to replay the case. */
  index: number;
  damage: string;
  detail: string;
}

interface Totals {
  files: number;
  texts: number;
  oursBlocks: number;
  oracleBlocks: number;
  /** Top-level blocks ending before the damage, i.e. that had to survive it. */
  blocksToPreserve: number;
  blocksPreserved: number;
  oraclePanics: number;
  slowestMs: number;
  oursParseMs: number;
  /** Time spent waiting for the oracle after our own checks of a file were done. */
  oracleWaitMs: number;
  /** Texts where our top-level block byte ranges equal the oracle's (informational). */
  sameBlockRanges: number;
  /** Texts where our first diagnostic (summary and subject) equals the oracle's, or neither has one. */
  sameFirstDiagnostic: number;
  /** Texts where the oracle's first diagnostic is one of LEXER_SUMMARIES and ours differs. */
  lexerDiagnosticFirst: number;
}

/** What we keep of our parse of a damaged text, to compare with the oracle's answer. */
interface OurSummary {
  blocks: number;
  /** Top-level block byte ranges, as the oracle reports them, in JSON. */
  ranges: string;
  first?: { Summary: string; Subject: [number, number] };
}

/** A file with its damaged texts, the oracle's answers already requested. */
interface Prepared {
  file: CorpusFile;
  source: string;
  damages: Damage[];
  texts: string[];
  oracle: Promise<BatchResult[]>;
}

function prepare(file: CorpusFile, batch: BatchOracle): Prepared {
  const source = readFileSync(file.path, 'utf8');
  const damages = damagesFor(file.rel, source, TRUNCATIONS, EDITS);
  const texts = damages.map((d) => applyDamage(source, d));
  return { file, source, damages, texts, oracle: batch.parseAll(texts) };
}

const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start === b.start && a.end === b.end;

/** Why a block of the damaged parse is not the undamaged block it should be, or undefined if it is. */
function blockMismatch(before: Block, after: Block | undefined): string | undefined {
  if (!after) return 'missing';
  const labels = (b: Block): string => JSON.stringify(b.labels.map((l) => [l.value, l.start, l.end]));
  const problems: string[] = [];
  if (after.blockType !== before.blockType) problems.push(`type ${after.blockType} != ${before.blockType}`);
  if (labels(after) !== labels(before)) problems.push(`labels ${labels(after)} != ${labels(before)}`);
  if (after.typeRange.start !== before.typeRange.start || after.closeBrace.end !== before.closeBrace.end) problems.push('Range');
  if (!sameSpan(after.typeRange, before.typeRange)) problems.push('TypeRange');
  if (!sameSpan(after.openBrace, before.openBrace)) problems.push('OpenBrace');
  if (!sameSpan(after.closeBrace, before.closeBrace)) problems.push('CloseBrace');
  return problems.length > 0 ? problems.join(', ') : undefined;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Our parse in the terms hcl-oracle-batch answers in (byte offsets). */
function summarize(file: HclFile): OurSummary {
  const lines = new LineIndex(file.source);
  const ranges = file.body.blocks.map((b) => [lines.byteOffset(b.typeRange.start), lines.byteOffset(b.closeBrace.end)]);
  const d = file.diagnostics[0];
  const first = d && { Summary: d.summary, Subject: [lines.byteOffset(d.subject.start), lines.byteOffset(d.subject.end)] as [number, number] };
  return { blocks: file.body.blocks.length, ranges: JSON.stringify(ranges), ...(first ? { first } : {}) };
}

async function checkFile(p: Prepared, totals: Totals, fail: (f: Failure) => void, note: (f: Failure) => void): Promise<void> {
  const base = parseHcl(p.source);
  const ourResults: (OurSummary | undefined)[] = [];

  for (let i = 0; i < p.texts.length; i++) {
    // Let the event loop run between parses: it feeds the oracle's stdin and drains its stdout while we work.
    await yieldToEventLoop();
    const damage = p.damages[i]!;
    const report = (kind: FailureKind, detail: string): void =>
      fail({ kind, file: p.file.rel, index: i, damage: describeDamage(damage, p.source), detail });
    let damaged: HclFile;
    const t0 = performance.now();
    try {
      damaged = parseHcl(p.texts[i]!);
    } catch (e) {
      report('exception', e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' / ') : String(e));
      ourResults.push(undefined);
      continue;
    }
    const ms = performance.now() - t0;
    totals.oursParseMs += ms;
    totals.slowestMs = Math.max(totals.slowestMs, ms);
    if (ms > MAX_PARSE_MS) report('slow', `${ms.toFixed(0)} ms`);
    ourResults.push(summarize(damaged));
    totals.oursBlocks += damaged.body.blocks.length;

    const at = damageOffset(damage);
    const blocks = base.body.blocks;
    for (let j = 0; j < blocks.length && blocks[j]!.closeBrace.end <= at; j++) {
      const before = blocks[j]!;
      // A block left open by a syntax error in the undamaged file proves nothing (its "close" is at EOF).
      if (before.closeBrace.end === before.closeBrace.start) continue;
      totals.blocksToPreserve++;
      // Text before the damage is untouched, so the block must be the j-th of the damaged parse too.
      const problem = blockMismatch(before, damaged.body.blocks[j]);
      if (problem) report('lost block', `block #${j} (${before.blockType} at offset ${before.start}): ${problem}`);
      else totals.blocksPreserved++;
    }
  }

  const waitStart = performance.now();
  const oracle = await p.oracle;
  totals.oracleWaitMs += performance.now() - waitStart;
  for (let i = 0; i < oracle.length; i++) {
    const theirs = oracle[i]!;
    totals.texts++;
    if (theirs.Blocks < 0) {
      totals.oraclePanics++;
      continue;
    }
    totals.oracleBlocks += theirs.Blocks;
    const ours = ourResults[i];
    if (!ours) continue;
    const failure = (kind: FailureKind | NoteKind, detail: string): Failure => ({
      kind,
      file: p.file.rel,
      index: i,
      damage: describeDamage(p.damages[i]!, p.source),
      detail,
    });
    if (ours.blocks < theirs.Blocks) {
      fail(failure('fewer blocks than oracle', `ours ${ours.blocks} < oracle ${theirs.Blocks} (oracle block byte ranges ${JSON.stringify(theirs.Ranges ?? [])})`));
    }
    const theirRanges = JSON.stringify(theirs.Ranges ?? []);
    if (ours.ranges === theirRanges) totals.sameBlockRanges++;
    else note(failure('top-level block ranges differ', `ours ${ours.ranges} oracle ${theirRanges}`));
    if (JSON.stringify(ours.first) === JSON.stringify(theirs.First)) totals.sameFirstDiagnostic++;
    else if (theirs.First && LEXER_SUMMARIES.has(theirs.First.Summary)) totals.lexerDiagnosticFirst++;
    else note(failure('first diagnostic differs', `ours ${JSON.stringify(ours.first)} oracle ${JSON.stringify(theirs.First)}`));
  }
  totals.files++;
}

const cpuSeconds = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;

function groupByKind(list: readonly Failure[]): Map<Failure['kind'], Failure[]> {
  const byKind = new Map<Failure['kind'], Failure[]>();
  for (const f of list) {
    const group = byKind.get(f.kind);
    if (group) group.push(f);
    else byKind.set(f.kind, [f]);
  }
  return byKind;
}

/** Up to EXAMPLES_SHOWN failures, from as many different files as possible. */
function examples(list: readonly Failure[]): Failure[] {
  const firstPerFile = new Map<string, Failure>();
  for (const f of list) if (!firstPerFile.has(f.file)) firstPerFile.set(f.file, f);
  const picked = [...firstPerFile.values()].slice(0, EXAMPLES_SHOWN);
  for (const f of list) if (picked.length < EXAMPLES_SHOWN && !picked.includes(f)) picked.push(f);
  return picked;
}

const files = hclCorpusFiles();

test('HCL parser recovers from truncations and one-character edits at least as well as hclsyntax', { skip: files.length === 0 && 'corpus not found', timeout: 15 * 60_000 }, async () => {
  const started = Date.now();
  const totals: Totals = { files: 0, texts: 0, oursBlocks: 0, oracleBlocks: 0, blocksToPreserve: 0, blocksPreserved: 0, oraclePanics: 0, slowestMs: 0, oursParseMs: 0, oracleWaitMs: 0, sameBlockRanges: 0, sameFirstDiagnostic: 0, lexerDiagnosticFirst: 0 };
  const cpuStart = process.cpuUsage();
  const failures: Failure[] = [];
  const notes: Failure[] = [];
  const oracles = Array.from({ length: ORACLE_PROCESSES }, () => new BatchOracle());
  try {
    // Files are dealt round-robin to the oracle processes and sent ORACLE_PROCESSES files ahead, so
    // every oracle always has a file to parse while we check the current one.
    const inFlight: Prepared[] = [];
    for (let n = 0; n < files.length; n++) {
      while (inFlight.length <= ORACLE_PROCESSES && n + inFlight.length < files.length) {
        const k = n + inFlight.length;
        inFlight.push(prepare(files[k]!, oracles[k % ORACLE_PROCESSES]!));
      }
      await checkFile(inFlight.shift()!, totals, (f) => failures.push(f), (f) => notes.push(f));
    }
  } finally {
    await Promise.all(oracles.map((o) => o.close()));
  }

  const pct = (n: number): string => `${((100 * n) / Math.max(1, totals.texts)).toFixed(2)}%`;
  const lines = [
    `hcl-recovery: ${totals.files} files, ${totals.texts} damaged texts; top-level blocks ours ${totals.oursBlocks} vs oracle ${totals.oracleBlocks}; ` +
      `blocks preserved ${totals.blocksPreserved}/${totals.blocksToPreserve}; oracle panics ${totals.oraclePanics}; ` +
      `our parse time ${(totals.oursParseMs / 1000).toFixed(1)} s (slowest ${totals.slowestMs.toFixed(1)} ms); ` +
      `waiting for the oracle ${(totals.oracleWaitMs / 1000).toFixed(1)} s; test process CPU ${cpuSeconds(process.cpuUsage(cpuStart)).toFixed(1)} s; ` +
      `wall ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `not asserted: top-level block byte ranges equal to the oracle's on ${pct(totals.sameBlockRanges)} of texts; ` +
      `first diagnostic equal on ${pct(totals.sameFirstDiagnostic)}, ` +
      `oracle's first is a token-check diagnostic we lack (${[...LEXER_SUMMARIES].join(', ')}) on ${pct(totals.lexerDiagnosticFirst)}`,
  ];
  for (const list of [groupByKind(failures), groupByKind(notes)]) {
    for (const [kind, group] of list) {
      lines.push(`${kind}: ${group.length} damaged texts in ${new Set(group.map((f) => f.file)).size} files; examples:`);
      for (const f of examples(group)) lines.push(`  ${f.file} [damage #${f.index}] ${f.damage}: ${f.detail}`);
    }
  }
  console.log(lines.join('\n'));
  assert.equal(failures.length, 0, `${failures.length} recovery failures (listed above)`);
});
