// SPDX-License-Identifier: Apache-2.0
// Differential test of attribute values: every .tf/.tfvars file of the real-world corpus is parsed by our
// parser and rendered the way @cdktf/hcl2json renders HashiCorp's tree (test/support/hcl2json-shape.ts),
// then compared with hcl2json's own output. All differences are collected and printed before failing,
// because each one is a parser bug (or a genuine, commented allow-list entry below).
import { test } from 'node:test';
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { HclFile, Span } from '../../server/src/parsers/hcl';
import { parseHcl } from '../../server/src/parsers/hcl';
import { parseTfJson } from '../../server/src/parsers/hcl/tfjson';
import type { JsonValue, ShapeDifference } from '../support/hcl2json-shape';
import { Hcl2JsonShapeError, diffShapes, hcl2json, isSyntaxRejection, toHcl2JsonShape } from '../support/hcl2json-shape';

/**
 * Known, understood differences: `file` relative to the corpus root, `path` a JSON path from the report.
 * Keep it empty unless a difference is certain to be hcl2json's (not our parser's) doing; say why.
 */
const ALLOWED: readonly { file: string; path: string; reason: string }[] = [];

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = up;
  }
  return dir;
}

function collect(dir: string, acc: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, acc);
    else if (name.endsWith('.tf') || name.endsWith('.tfvars')) acc.push(p);
  }
  return acc;
}

interface FileDifference extends ShapeDifference {
  file: string;
}

const corpus = join(repoRoot(), '..', 'shared', 'corpus', 'real');
const skip = !existsSync(corpus) && `no corpus at ${corpus}`;

interface OracleResult {
  file: string;
  text: string;
  theirs?: JsonValue;
  error?: unknown;
}

/** hcl2json's output for every corpus file, computed once for both tests below. */
let oracleRun: Promise<{ results: OracleResult[]; startupMs: number; perFileMs: number }> | undefined;
function oracleResults(): Promise<{ results: OracleResult[]; startupMs: number; perFileMs: number }> {
  oracleRun ??= (async () => {
    const started = performance.now();
    await hcl2json('warmup.tf', ''); // WASM start-up, measured apart from the per-file cost
    const startupMs = performance.now() - started;
    const results: OracleResult[] = [];
    for (const path of collect(corpus, [])) {
      const file = relative(corpus, path);
      const text = readFileSync(path, 'utf8');
      try {
        results.push({ file, text, theirs: await hcl2json(file, text) });
      } catch (error) {
        results.push({ file, text, error });
      }
    }
    return { results, startupMs, perFileMs: performance.now() - started - startupMs };
  })();
  return oracleRun;
}

test('values of every corpus .tf/.tfvars file match @cdktf/hcl2json', { skip }, async (t) => {
  const { results, startupMs, perFileMs } = await oracleResults();
  const differences: FileDifference[] = [];
  const rejected: string[] = [];
  let compared = 0;
  const t0 = performance.now();

  for (const { file, text, theirs, error: theirError } of results) {
    const parsed = parseHcl(text);
    let ours: JsonValue | undefined;
    let ourError: unknown;
    try {
      ours = toHcl2JsonShape(parsed);
    } catch (err) {
      ourError = err;
    }
    const ourSyntaxErrors = parsed.diagnostics.filter((d) => d.severity === 'error');

    if (theirError !== undefined) {
      rejected.push(`${file}: ${message(theirError)}`);
      if (isSyntaxRejection(theirError) && ourSyntaxErrors.length === 0) {
        differences.push({ file, path: '(file)', ours: 'no syntax error', theirs: message(theirError) });
      } else if (!isSyntaxRejection(theirError) && !(ourError instanceof Hcl2JsonShapeError)) {
        differences.push({ file, path: '(file)', ours: 'converted', theirs: message(theirError) });
      }
      continue;
    }
    compared++;
    const d = ourSyntaxErrors[0];
    if (d !== undefined) {
      differences.push({ file, path: '(diagnostics)', ours: `${d.summary}: ${d.detail} at ${d.subject.start}-${d.subject.end}`, theirs: 'no syntax error' });
    }
    if (ourError !== undefined) {
      differences.push({ file, path: '(file)', ours: message(ourError), theirs: 'converted' });
      continue;
    }
    for (const diff of diffShapes(ours, theirs)) differences.push({ file, ...diff });
  }
  const oursMs = performance.now() - t0;

  const unexpected = differences.filter((d) => !ALLOWED.some((a) => a.file === d.file && a.path === d.path));
  const summary = [
    `hcl2json values: ${results.length} files, ${compared} compared, ${rejected.length} rejected by hcl2json, ` +
      `${unexpected.length} differences (${differences.length - unexpected.length} allowed)`,
    `time: hcl2json start-up ${startupMs.toFixed(0)} ms + ${perFileMs.toFixed(0)} ms, ours (parse + render) ${oursMs.toFixed(0)} ms`,
  ];
  report(t, summary, rejected.map((r) => `rejected by hcl2json: ${r}`), unexpected);
  assert.ok(compared > 0, 'no file compared');
  assert.equal(unexpected.length, 0, `${unexpected.length} differences from hcl2json, see the report above`);
});

// hcl2json's output *is* Terraform JSON syntax (blocks nested by label, bodies in arrays, expressions as
// "${...}" strings), so feeding it back through parseTfJson and rendering the result must reproduce it:
// a corpus-sized check of the .tf.json reader, its escape handling and its spans.
test('.tf.json round trip: parseTfJson(hcl2json output) renders back to the same output', { skip }, async (t) => {
  const { results } = await oracleResults();
  const differences: FileDifference[] = [];
  let compared = 0;
  const t0 = performance.now();
  for (const { file, theirs } of results) {
    // .tfvars hold variable values, not blocks: their JSON form is not read with the .tf.json block rules.
    if (theirs === undefined || !file.endsWith('.tf')) continue;
    compared++;
    const json = JSON.stringify(theirs, null, 1);
    const parsed = parseTfJson(json);
    for (const d of parsed.diagnostics) {
      differences.push({ file, path: '(diagnostics)', ours: `${d.summary}: ${d.detail} at ${d.subject.start}`, theirs: 'none' });
    }
    for (const problem of spanProblems(parsed)) differences.push({ file, path: '(spans)', ours: problem, theirs: 'nested spans' });
    let ours: JsonValue | undefined;
    try {
      // Expression source text inside a JSON string is the string's unescaped content.
      ours = toHcl2JsonShape(parsed, { sourceText: (start, end) => JSON.parse(`"${json.slice(start, end)}"`) as string });
    } catch (err) {
      differences.push({ file, path: '(file)', ours: message(err), theirs: 'converted' });
      continue;
    }
    for (const diff of diffShapes(ours, theirs)) differences.push({ file, ...diff });
  }
  const summary = [
    `.tf.json round trip: ${compared} files, ${differences.length} differences, ${(performance.now() - t0).toFixed(0)} ms`,
  ];
  report(t, summary, [], differences);
  assert.ok(compared > 0, 'no file compared');
  assert.equal(differences.length, 0, `${differences.length} round-trip differences, see the report above`);
});

/**
 * Every span lies in the file and inside its parent's span (a block's type and labels inside the body that
 * holds the block, since a block's own span is just its body object). Reports at most five per file.
 */
function spanProblems(file: HclFile): string[] {
  const problems: string[] = [];
  const len = file.source.length;
  const keys: (string | number)[] = []; // the path to the current node, spelled out only for a problem
  const visit = (node: unknown, container: Span): void => {
    if (typeof node !== 'object' || node === null || problems.length >= 5) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        keys.push(i);
        visit(item, container);
        keys.pop();
      });
      return;
    }
    const rec = node as Record<string, unknown>;
    let inner = container;
    if (typeof rec['start'] === 'number' && typeof rec['end'] === 'number') {
      const s = { start: rec['start'], end: rec['end'] };
      const where = (): string => `$${keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')}: ${s.start}-${s.end}`;
      if (!(0 <= s.start && s.start <= s.end && s.end <= len)) problems.push(`${where()} outside the file`);
      // A splat's placeholder spans the splat marker, which hclsyntax leaves outside an attribute splat's
      // `each` range (`a.*.b`: `each` is `.b`), so it is exempt.
      else if (rec['type'] !== 'AnonSymbol' && (s.start < container.start || s.end > container.end)) {
        problems.push(`${where()} outside its parent ${container.start}-${container.end}`);
      }
      inner = s;
    }
    for (const key in rec) {
      const value = rec[key];
      if (typeof value !== 'object' || value === null) continue;
      const outside = rec['type'] === 'Block' && (key === 'typeRange' || key === 'labels' || key === 'header');
      keys.push(key);
      visit(value, outside ? container : inner);
      keys.pop();
    }
  };
  visit(file.body, { start: 0, end: len });
  return problems;
}

function report(t: TestContext, summary: string[], notes: string[], differences: FileDifference[]): void {
  for (const line of summary) t.diagnostic(line);
  console.log(
    [
      ...summary,
      ...notes,
      ...differences.map((d) => `${d.file} ${d.path}\n    ours:   ${show(d.ours)}\n    theirs: ${show(d.theirs)}`),
    ].join('\n'),
  );
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function show(v: JsonValue | undefined): string {
  const s = v === undefined ? '(absent)' : JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s;
}
