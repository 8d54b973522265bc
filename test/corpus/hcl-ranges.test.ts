// SPDX-License-Identifier: Apache-2.0
// Differential test of our HCL parser against HashiCorp's (hcl-oracle) on every .tf/.tfvars file of the
// shared real-world corpus: every block and attribute must have the same ranges and expression type, the
// diagnostics the same summaries, and the token stream the same kinds and byte ranges. All differences
// are collected and printed (grouped by field, then in full) before the test fails, because one run
// should give the parser's author the complete list.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { lexHcl, parseHcl } from '../../server/src/parsers/hcl';
import { LineIndex } from '../../server/src/core/positions';
import { compareGoStrings, toOracleShape } from '../../server/src/parsers/hcl/oracle-shape';
import { TOKEN_NAMES } from '../../server/src/parsers/hcl/tokens';
import { hclCorpusFiles, mapLimit } from '../support/corpus';
import type { CorpusFile } from '../support/corpus';
import { runOracle, runOracleLex } from '../support/oracle';
import type { OracleAttribute, OracleBlock, OracleOutput, OracleRange, OracleToken } from '../support/oracle';

/** Oracle processes in flight: the machine has 2 cores, and each process is short-lived. */
const CONCURRENCY = 4;
/** Token differences printed per file: after the first, later ones are usually the same shift repeated. */
const TOKEN_DIFFS_SHOWN_PER_FILE = 3;

interface Difference {
  file: string;
  /** Where in the tree, e.g. `Blocks[2](resource "a" "b").Attributes[tags]`. */
  path: string;
  field: string;
  ours: string;
  theirs: string;
}

/**
 * Differences we accept on purpose. Each entry must say why ours is right or why the difference cannot
 * matter; an entry without a convincing reason is a parser bug to fix instead. Empty on purpose.
 */
interface KnownDifference {
  file: RegExp;
  field: string;
  path?: RegExp;
  reason: string;
}
const KNOWN_DIFFERENCES: readonly KnownDifference[] = [];

function isKnown(d: Difference): boolean {
  return KNOWN_DIFFERENCES.some((k) => k.file.test(d.file) && k.field === d.field && (!k.path || k.path.test(d.path)));
}

interface Totals {
  files: number;
  blocks: number;
  attributes: number;
  tokens: number;
  oracleDiagnostics: number;
}

const fmtRange = (r: OracleRange): string =>
  `${r.Start.Line}:${r.Start.Column}(${r.Start.Byte})-${r.End.Line}:${r.End.Column}(${r.End.Byte})`;
const sameRange = (a: OracleRange, b: OracleRange): boolean =>
  a.Start.Line === b.Start.Line &&
  a.Start.Column === b.Start.Column &&
  a.Start.Byte === b.Start.Byte &&
  a.End.Line === b.End.Line &&
  a.End.Column === b.End.Column &&
  a.End.Byte === b.End.Byte;

function blockName(b: OracleBlock): string {
  return [b.Type, ...(b.Labels ?? []).map((l) => JSON.stringify(l))].join(' ');
}

/** Compares two bodies (the root, or two blocks' contents) recursively. */
function compareBlock(ours: OracleBlock, theirs: OracleBlock, path: string, report: (path: string, field: string, ours: string, theirs: string) => void, totals: Totals): void {
  if (ours.Type !== theirs.Type) report(path, 'Type', ours.Type, theirs.Type);
  if (JSON.stringify(ours.Labels) !== JSON.stringify(theirs.Labels)) report(path, 'Labels', JSON.stringify(ours.Labels), JSON.stringify(theirs.Labels));
  for (const field of ['Range', 'TypeRange', 'OpenBrace', 'CloseBrace'] as const) {
    if (!sameRange(ours[field], theirs[field])) report(path, field, fmtRange(ours[field]), fmtRange(theirs[field]));
  }

  // Attributes: the oracle prints them in Go map order (random), so match them by name.
  const ourAttrs = new Map((ours.Attributes ?? []).map((a) => [a.Name, a]));
  const theirAttrs = [...(theirs.Attributes ?? [])].sort((a, b) => compareGoStrings(a.Name, b.Name));
  for (const t of theirAttrs) {
    totals.attributes++;
    const o = ourAttrs.get(t.Name);
    const at = `${path}.Attributes[${t.Name}]`;
    if (!o) {
      report(at, 'Attribute', 'missing', `present at ${fmtRange(t.Range)}`);
      continue;
    }
    ourAttrs.delete(t.Name);
    compareAttribute(o, t, at, report);
  }
  for (const o of ourAttrs.values()) report(`${path}.Attributes[${o.Name}]`, 'Attribute', `present at ${fmtRange(o.Range)}`, 'missing');

  // Blocks keep source order in both.
  const ourBlocks = ours.Blocks ?? [];
  const theirBlocks = theirs.Blocks ?? [];
  if (ourBlocks.length !== theirBlocks.length) report(path, 'Blocks.length', String(ourBlocks.length), String(theirBlocks.length));
  for (let i = 0; i < Math.max(ourBlocks.length, theirBlocks.length); i++) {
    const o = ourBlocks[i];
    const t = theirBlocks[i];
    if (o && t) {
      totals.blocks++;
      compareBlock(o, t, `${path}.Blocks[${i}](${blockName(t)})`, report, totals);
    } else if (o) {
      report(`${path}.Blocks[${i}]`, 'Block', `extra ${blockName(o)} at ${fmtRange(o.Range)}`, 'none');
    } else if (t) {
      report(`${path}.Blocks[${i}]`, 'Block', 'none', `${blockName(t)} at ${fmtRange(t.Range)}`);
    }
  }
}

function compareAttribute(o: OracleAttribute, t: OracleAttribute, path: string, report: (path: string, field: string, ours: string, theirs: string) => void): void {
  for (const field of ['Range', 'NameRange', 'ExprRange'] as const) {
    if (!sameRange(o[field], t[field])) report(path, field, fmtRange(o[field]), fmtRange(t[field]));
  }
  if (o.ExprType !== t.ExprType) report(path, 'ExprType', o.ExprType, t.ExprType);
}

function compareDiagnostics(ours: OracleOutput, theirs: OracleOutput, report: (path: string, field: string, ours: string, theirs: string) => void): void {
  const show = (o: OracleOutput): string =>
    JSON.stringify((o.Diags ?? []).map((d) => `${d.Summary} @${d.Subject ? fmtRange(d.Subject) : '-'}`));
  const ourSummaries = (ours.Diags ?? []).map((d) => d.Summary);
  const theirSummaries = (theirs.Diags ?? []).map((d) => d.Summary);
  if (JSON.stringify(ourSummaries) !== JSON.stringify(theirSummaries)) report('Diags', 'Diags', show(ours), show(theirs));
}

interface OurToken {
  type: string;
  start: number;
  end: number;
}

function compareTokens(ours: OurToken[], theirs: OracleToken[], report: (path: string, field: string, ours: string, theirs: string) => void): number {
  const show = (t: OurToken | undefined): string => (t ? `${t.type} ${t.start}-${t.end}` : 'none');
  let shown = 0;
  let differing = 0;
  const n = Math.max(ours.length, theirs.length);
  for (let i = 0; i < n; i++) {
    const o = ours[i];
    const t = theirs[i];
    if (o && t && o.type === t.type && o.start === t.start && o.end === t.end) continue;
    differing++;
    if (shown++ < TOKEN_DIFFS_SHOWN_PER_FILE) report(`Tokens[${i}]`, 'Token', show(o), show(t));
  }
  if (differing > TOKEN_DIFFS_SHOWN_PER_FILE) {
    report('Tokens', 'Token(more)', `${differing - TOKEN_DIFFS_SHOWN_PER_FILE} more differing tokens not shown`, `of ${theirs.length}`);
  }
  if (ours.length !== theirs.length) report('Tokens', 'Tokens.length', String(ours.length), String(theirs.length));
  return Math.min(ours.length, theirs.length);
}

async function compareFile(file: CorpusFile, totals: Totals): Promise<Difference[]> {
  const diffs: Difference[] = [];
  const report = (path: string, field: string, ours: string, theirs: string): void => {
    const d = { file: file.rel, path, field, ours, theirs };
    if (!isKnown(d)) diffs.push(d);
  };
  const source = readFileSync(file.path, 'utf8');
  const [theirTree, theirTokens] = await Promise.all([runOracle(file.path), runOracleLex(file.path)]);

  let ourTree: OracleOutput;
  let ourTokens: OurToken[];
  try {
    ourTree = toOracleShape(parseHcl(source), { filename: file.path });
    const lines = new LineIndex(source);
    ourTokens = lexHcl(source).map((t) => ({ type: TOKEN_NAMES[t.type] ?? `?${t.type}`, start: lines.byteOffset(t.start), end: lines.byteOffset(t.end) }));
  } catch (e) {
    report('', 'exception', e instanceof Error ? (e.stack ?? e.message) : String(e), 'no exception');
    return diffs;
  }

  totals.files++;
  totals.oracleDiagnostics += theirTree.Diags?.length ?? 0;
  compareBlock(ourTree.Body, theirTree.Body, 'Body', report, totals);
  compareDiagnostics(ourTree, theirTree, report);
  totals.tokens += compareTokens(ourTokens, theirTokens, report);
  return diffs;
}

const files = hclCorpusFiles();

test('HCL parser matches hcl-oracle on every corpus file (ranges, expression types, diagnostics, tokens)', { skip: files.length === 0 && 'corpus not found' }, async () => {
  const started = Date.now();
  const totals: Totals = { files: 0, blocks: 0, attributes: 0, tokens: 0, oracleDiagnostics: 0 };
  const perFile = await mapLimit(files, CONCURRENCY, (f) => compareFile(f, totals));
  const diffs = perFile.flat();

  const byField = new Map<string, number>();
  for (const d of diffs) byField.set(d.field, (byField.get(d.field) ?? 0) + 1);
  const filesWithDiffs = new Set(diffs.map((d) => d.file)).size;
  const lines = [
    `hcl-ranges: ${totals.files} files, ${totals.blocks} blocks, ${totals.attributes} attributes, ${totals.tokens} tokens compared; ` +
      `${totals.oracleDiagnostics} oracle diagnostics; ${diffs.length} differences in ${filesWithDiffs} files; ` +
      `${KNOWN_DIFFERENCES.length} allow-list entries; ${((Date.now() - started) / 1000).toFixed(1)} s`,
  ];
  if (diffs.length > 0) {
    lines.push('differences by field: ' + [...byField].map(([f, n]) => `${f}=${n}`).join(', '));
    for (const d of diffs) lines.push(`  ${d.file}  ${d.path}  ${d.field}: ours ${d.ours} | oracle ${d.theirs}`);
  }
  console.log(lines.join('\n'));
  assert.equal(diffs.length, 0, `${diffs.length} differences from hcl-oracle (listed above)`);
});
