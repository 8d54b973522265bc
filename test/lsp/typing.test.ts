// SPDX-License-Identifier: Apache-2.0
// Flicker while typing: the README's Terraform and CloudFormation examples (the example workspace
// `npm run demo` scans) typed character by character into a real server, one didChange per keystroke,
// every publish recorded. A flicker event is a diagnostic (a finding by rule id + the resource its range
// is anchored on; anything else by code, message and line) that appears, vanishes and appears again, or
// one that is there before and after the typing but vanishes in between. Target: none.
//
// The pause that releases held syntax errors (`iacCompliance.typingDelay`) is set far above the time a
// keystroke takes here, so no pause happens in the middle of the typing whatever the machine's load; the
// end of each scenario is the pause, made by setting the delay to 0 (the server then publishes the plain
// analysis at once), so "after" is what the user sees once they stop. The pause timer itself is tested
// at the end of this file, by waiting for the publish it causes.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { LspSession, ROOT, offsetAt, positionAt, scratchUri } from './harness';

/** Far above a keystroke's round trip: the typing below never pauses. */
const NO_PAUSE = 600_000;

interface Example {
  name: string;
  file: string;
  text: string;
}

/**
 * The examples the README shows: fenced `hcl`/`terraform`/`yaml`/`json` template blocks in README.md when it has them,
 * and the example workspace it points `npm run demo` at.
 */
function readmeExamples(): Example[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const out: Example[] = [];
  for (const m of readme.matchAll(/```(hcl|terraform|tf|yaml|json)\n([\s\S]*?)```/g)) {
    const body = m[2]!;
    const file = m[1] === 'yaml' ? 'template.yaml' : m[1] === 'json' ? 'template.json' : 'main.tf';
    const ours = m[1] === 'yaml' ? /^Resources:/m.test(body) : m[1] === 'json' ? /"Resources"\s*:/.test(body) : /^resource "/m.test(body);
    if (ours) out.push({ name: `README block ${out.length + 1}`, file, text: body });
  }
  assert.match(readme, /examples\//, 'the README points at the example workspace');
  for (const [name, file] of [
    ['examples/terraform/main.tf', 'main.tf'],
    ['examples/cloudformation/storage.yaml', 'storage.yaml'],
    ['examples/cloudformation/network.json', 'network.json'],
  ] as const) {
    out.push({ name, file, text: readFileSync(join(ROOT, name), 'utf8') });
  }
  return out;
}

/** One scenario: from `start` to `final`, where every intermediate text is final[0:a] + final[b:]. */
interface Scenario {
  what: string;
  /** The resource being edited (its findings may change), when there is one. */
  block?: string;
  final: string;
  /** The (a, b) of the opened text, then of each keystroke. */
  steps: { a: number; b: number }[];
}

/**
 * Types `insert` at `at` of `base`, one character per keystroke, except that a line break and the
 * indentation after it are one keystroke (Enter in an editor that indents).
 */
function typing(what: string, base: string, at: number, insert: string, block?: string): Scenario {
  const final = base.slice(0, at) + insert + base.slice(at);
  const steps = [{ a: at, b: at + insert.length }];
  for (let k = 0; k < insert.length; ) {
    k++;
    if (insert[k - 1] === '\n') while (k < insert.length && (insert[k] === ' ' || insert[k] === '\t')) k++;
    steps.push({ a: at + k, b: at + insert.length });
  }
  return { what, block, final, steps };
}

/** Deletes `value` at `at` with backspaces, then types it again. */
function retyping(what: string, base: string, at: number, value: string, block: string): Scenario {
  const steps = [];
  for (let k = value.length; k >= 0; k--) steps.push({ a: at + k, b: at + value.length });
  for (let k = 1; k <= value.length; k++) steps.push({ a: at + k, b: at + value.length });
  return { what, block, final: base, steps };
}

function indexOrThrow(text: string, find: string, from = 0): number {
  const i = text.indexOf(find, from);
  assert.ok(i >= 0, `${JSON.stringify(find)} is in the example`);
  return i;
}

/** What is typed into a complete example: a nested key in each resource, a new resource mid-file, values retyped. */
function scenarios(e: Example): Scenario[] {
  const t = e.text;
  const out: Scenario[] = [typing('the whole file from an empty one', '', 0, t)];
  if (e.file.endsWith('.tf')) {
    const headers = [...t.matchAll(/^resource "([^"]+)" "([^"]+)" \{$/gm)];
    for (const h of headers) {
      const close = indexOrThrow(t, '\n}', h.index);
      out.push(typing(`a nested block in ${h[1]}.${h[2]}`, t, close, '\n\n  lifecycle {\n    create_before_destroy = true\n  }', `${h[1]}.${h[2]}`));
    }
    if (headers.length > 1) {
      const second = headers[1]!.index;
      out.push(typing('a new resource between two others', t, second - 1, '\nresource "aws_s3_bucket" "extra" {\n  bucket = "acme-extra"\n}\n', 'aws_s3_bucket.extra'));
    }
    for (const m of t.matchAll(/^ {2}(\w+) += (true|false)$/gm)) {
      const header = [...headers].reverse().find((h) => h.index < m.index)!;
      out.push(retyping(`the value of ${m[1]}`, t, m.index + m[0].length - m[2]!.length, m[2]!, `${header[1]}.${header[2]}`));
    }
  } else if (e.file.endsWith('.json')) {
    const ids = [...t.matchAll(/^ {4}"(\w+)": \{\n {6}"Type": /gm)];
    for (const id of ids) {
      const props = indexOrThrow(t, '"Properties": {', id.index);
      out.push(typing(`a nested key in ${id[1]}`, t, props + '"Properties": {'.length, '\n        "Tags": [{ "Key": "team", "Value": "platform" }],', id[1]));
    }
    for (const m of t.matchAll(/"(CidrIp)": ("0\.0\.0\.0\/0")/g)) {
      const owner = [...ids].reverse().find((x) => x.index < m.index)!;
      out.push(retyping(`the value of ${m[1]}`, t, m.index + m[0].length - m[2]!.length, m[2]!, owner[1]));
    }
  } else {
    const ids = [...t.matchAll(/^ {2}(\w+):\n {4}Type: /gm)];
    for (const id of ids) {
      const props = t.indexOf('\n    Properties:', id.index);
      const next = ids.find((x) => x.index > id.index)?.index ?? t.length;
      if (props < 0 || props > next) continue;
      const eol = indexOrThrow(t, '\n', props + 1);
      out.push(typing(`a nested key in ${id[1]}`, t, eol, '\n      Tags:\n        - Key: team\n          Value: platform', id[1]));
    }
    if (ids.length > 1) out.push(typing('a new resource between two others', t, ids[1]!.index - 1, '\n  ExtraBucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-extra\n', 'ExtraBucket'));
    for (const m of t.matchAll(/^ +(\w+): (true|false|"\*")$/gm)) {
      const owner = [...ids].reverse().find((x) => x.index < m.index)!;
      out.push(retyping(`the value of ${m[1]}`, t, m.index + m[0].length - m[2]!.length, m[2]!, owner[1]));
    }
  }
  return out;
}

interface FlickerEvent {
  key: string;
  kind: 'reappeared' | 'vanished while it holds before and after' | 'vanished outside the edited block';
  /** The keystroke at which it happened and the line typed then. */
  at: number;
  line: string;
}

/** A diagnostic's identity across keystrokes; the line of non-findings is counted in the final text. */
function keyOf(d: Diagnostic, text: string, step: { a: number; b: number }, final: string): string {
  const data = d.data as { resource?: string } | undefined;
  if (data?.resource) return `${String(d.code)} on ${data.resource}`;
  const o = offsetAt(text, d.range.start);
  const inFinal = o <= step.a ? o : o + (step.b - step.a);
  return `${String(d.code)} "${d.message}" at line ${positionAt(final, inFinal).line + 1}`;
}

function flickerEvents(sc: Scenario, states: Set<string>[], texts: string[]): FlickerEvent[] {
  const events: FlickerEvent[] = [];
  const keys = new Set(states.flatMap((s) => [...s]));
  const first = states[0]!;
  const last = states.at(-1)!;
  const lineAt = (i: number): string => {
    const step = sc.steps[Math.min(i, sc.steps.length - 1)]!;
    const text = texts[i]!;
    const caret = Math.min(step.a, text.length);
    return text.slice(text.lastIndexOf('\n', caret - 1) + 1, caret);
  };
  for (const key of keys) {
    let vanished = false;
    for (let i = 1; i < states.length; i++) {
      const was = states[i - 1]!.has(key);
      const is = states[i]!.has(key);
      if (was && !is) {
        vanished = true;
        if (first.has(key) && last.has(key)) {
          const outside = sc.block !== undefined && !key.endsWith(` on ${sc.block}`) && key.includes(' on ');
          events.push({ key, kind: outside ? 'vanished outside the edited block' : 'vanished while it holds before and after', at: i, line: lineAt(i) });
        }
      }
      if (!was && is && vanished) events.push({ key, kind: 'reappeared', at: i, line: lineAt(i) });
    }
  }
  return events;
}

void describe('typing the README examples character by character', () => {
  let s: LspSession;
  const settings = { typingDelay: NO_PAUSE };
  before(async () => {
    s = await LspSession.start({ initializationOptions: { settings: { iacCompliance: settings } } });
  });
  after(() => s.shutdown());

  interface Typed {
    sc: Scenario;
    uri: string;
    /** The version and text after the opening and after each keystroke. */
    versions: number[];
    texts: string[];
  }

  /** Opens the scenario's first text and types the rest, one keystroke per didChange, each waiting for its publish. */
  async function type(sc: Scenario, uri: string): Promise<Typed> {
    const textOf = (step: { a: number; b: number }): string => sc.final.slice(0, step.a) + sc.final.slice(step.b);
    const typed: Typed = { sc, uri, versions: [s.open(uri, textOf(sc.steps[0]!))], texts: [textOf(sc.steps[0]!)] };
    await s.diagnosticsAt(uri, typed.versions[0]);
    for (let k = 1; k < sc.steps.length; k++) {
      const prev = sc.steps[k - 1]!;
      const step = sc.steps[k]!;
      // One keystroke: a character typed (a grows) or deleted (a shrinks) at the caret.
      const current = s.text(uri);
      const change =
        step.a > prev.a
          ? { range: { start: positionAt(current, prev.a), end: positionAt(current, prev.a) }, text: sc.final.slice(prev.a, step.a) }
          : { range: { start: positionAt(current, step.a), end: positionAt(current, prev.a) }, text: '' };
      typed.versions.push(s.change(uri, [change]));
      typed.texts.push(textOf(step));
      assert.equal(s.text(uri), typed.texts.at(-1));
      await s.diagnosticsAt(uri, typed.versions.at(-1));
    }
    assert.equal(s.text(uri), sc.final);
    return typed;
  }

  /** What the user saw in one scenario: the opened text, each keystroke, the pause (in publish order). */
  function statesOf(t: Typed): { states: Set<string>[]; texts: string[] } {
    const states: Set<string>[] = [];
    const texts: string[] = [];
    for (const p of s.publishesFor(t.uri)) {
      const i = t.versions.indexOf(p.params.version!);
      if (i < 0) continue;
      states.push(new Set(p.params.diagnostics.map((d) => keyOf(d, t.texts[i]!, t.sc.steps[i]!, t.sc.final))));
      texts.push(t.texts[i]!);
    }
    return { states, texts };
  }

  for (const example of readmeExamples()) {
    void it(`${example.name}: no flicker`, async () => {
      // The scenarios are typed side by side, each in its own document (and directory: a Terraform module
      // is a directory), so the server always has work queued; each document still gets one keystroke at
      // a time, after the previous one's publish.
      const all = scenarios(example);
      const typed = await Promise.all(all.map((sc, n) => type(sc, scratchUri('typing', example.file, `${n}`, example.file))));
      // The pause: the delay drops to 0 and the server publishes every open document's plain analysis.
      const pauseMark = s.mark();
      s.changeConfiguration({ typingDelay: 0 });
      await Promise.all(typed.map((t) => s.waitForPublish(t.uri, () => true, { since: pauseMark })));
      const report: string[] = [];
      let total = 0;
      for (const t of typed) {
        const { states, texts } = statesOf(t);
        assert.equal(states.length, t.sc.steps.length + 1, `${t.sc.what}: one publish per keystroke, plus the pause`);
        const events = flickerEvents(t.sc, states, texts);
        total += events.length;
        for (const e of events.slice(0, 5)) report.push(`${t.sc.what}: ${e.key} ${e.kind} at keystroke ${e.at} (line so far: ${JSON.stringify(e.line)})`);
        if (events.length > 5) report.push(`${t.sc.what}: ... ${events.length - 5} more`);
        s.close(t.uri);
      }
      s.changeConfiguration(settings);
      await s.barrier();
      assert.equal(total, 0, `flicker events:\n${report.join('\n')}`);
    });
  }
});

void describe('the pause', () => {
  void it('a syntax error at the caret is published once the typing pauses, by the pause timer', async () => {
    const s = await LspSession.start({ initializationOptions: { settings: { iacCompliance: { typingDelay: 150 } } } });
    try {
      const uri = scratchUri('typing-pause', 'main.tf');
      const text = 'resource "aws_kms_key" "k" {\n  description = "k"\n}\n';
      await s.diagnosticsAt(uri, s.open(uri, text));
      const at = positionAt(text, text.indexOf('\n}'));
      const v = s.change(uri, [{ range: { start: at, end: at }, text: '\n  enable_key_rotation =' }]);
      const first = await s.diagnosticsAt(uri, v);
      assert.deepEqual(first.filter((d) => d.code === 'syntax'), [], 'held while typing');
      const paused = await s.waitForDiagnostics(uri, (d, p) => p.version === v && d.some((x) => x.code === 'syntax'), { since: 0 });
      assert.equal(paused.filter((d) => d.code === 'syntax').length, 1);
    } finally {
      await s.shutdown();
    }
  });

  void it('a syntax error is published at once when the edit moves to another line', async () => {
    const s = await LspSession.start({ initializationOptions: { settings: { iacCompliance: { typingDelay: NO_PAUSE } } } });
    try {
      const uri = scratchUri('typing-line', 'main.tf');
      const text = 'resource "aws_kms_key" "k" {\n  description = "k"\n}\n';
      await s.diagnosticsAt(uri, s.open(uri, text));
      const at = positionAt(text, text.indexOf('\n}'));
      const half = await s.diagnosticsAt(uri, s.change(uri, [{ range: { start: at, end: at }, text: '\n  enable_key_rotation =' }]));
      assert.deepEqual(half.filter((d) => d.code === 'syntax'), []);
      const eol = positionAt(s.text(uri), s.text(uri).lastIndexOf('=') + 1);
      const next = await s.diagnosticsAt(uri, s.change(uri, [{ range: { start: eol, end: eol }, text: '\n  ' }]));
      assert.deepEqual(
        next.filter((d) => d.code === 'syntax').map((d) => d.range.start.line),
        [2],
      );
    } finally {
      await s.shutdown();
    }
  });
});

void describe('what the user saw blink', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ initializationOptions: { settings: { iacCompliance: { typingDelay: NO_PAUSE } } } });
  });
  after(() => s.shutdown());

  /** Types `insert` at `at`, one character per didChange, and returns each keystroke's diagnostics. */
  async function typeInto(uri: string, text: string, at: number, insert: string): Promise<{ line: string; caretLine: number; diagnostics: Diagnostic[] }[]> {
    await s.diagnosticsAt(uri, s.open(uri, text));
    const out = [];
    for (let k = 0; k < insert.length; k++) {
      const pos = positionAt(s.text(uri), at + k);
      const d = await s.diagnosticsAt(uri, s.change(uri, [{ range: { start: pos, end: pos }, text: insert[k]! }]));
      const now = s.text(uri);
      out.push({ line: now.slice(now.lastIndexOf('\n', at + k) + 1, at + k + 1), caretLine: positionAt(now, at + k + 1).line, diagnostics: d });
    }
    s.close(uri);
    return out;
  }

  const example = (name: string): string => readFileSync(join(ROOT, 'examples', name), 'utf8');

  void it('CloudFormation: the bucket keeps its findings while a nested key is started, marked stale while it does not parse', async () => {
    const text = example('cloudformation/storage.yaml');
    const uri = scratchUri('blink', 'bucket.yaml');
    const opened = await s.diagnosticsAt(uri, s.open(uri, text));
    s.close(uri);
    // The bucket's findings at or above medium (Error or Warning): what must not blink while typing.
    const high = opened.filter((d) => (d.severity ?? 3) <= 2 && (d.data as { resource?: string }).resource === 'DataBucket').map((d) => [String(d.code), d.severity] as const);
    assert.ok(high.length > 0, 'the example bucket has a finding of medium severity or more');
    const at = text.indexOf('\n', text.indexOf('Properties:', text.indexOf('DataBucket:')));
    const steps = await typeInto(uri, text, at, '\n      Versioning');
    let stale = 0;
    for (const { line, diagnostics } of steps) {
      const bucket = diagnostics.filter((d) => (d.data as { resource?: string } | undefined)?.resource === 'DataBucket');
      for (const [code, severity] of high) assert.ok(bucket.some((d) => d.code === code && d.severity === severity), `${code} is shown at ${JSON.stringify(line)}`);
      assert.deepEqual(diagnostics.filter((d) => d.code === 'syntax'), [], `no syntax error blinks at ${JSON.stringify(line)}`);
      if (bucket.some((d) => (d.data as { stale?: boolean }).stale)) stale++;
    }
    assert.ok(stale > 0, 'while the half-typed key does not parse, the kept findings say they are stale');
  });

  void it('CloudFormation: `AWS::S3::Bucket` typed after `Type:` blinks no error at `::`', async () => {
    const text = example('cloudformation/storage.yaml');
    const at = text.indexOf('\n', text.indexOf('Resources:'));
    const steps = await typeInto(scratchUri('blink', 'type.yaml'), text, at, '\n  ExtraBucket:\n    Type: AWS::S3::Bucket');
    for (const { line, caretLine, diagnostics } of steps) assert.deepEqual(diagnostics.filter((d) => d.code === 'syntax' || d.range.start.line === caretLine), [], `nothing at ${JSON.stringify(line)}`);
  });

  void it('Terraform: no error at the caret in a resource header, no "cannot verify" on a half-typed value', async () => {
    const text = example('terraform/main.tf');
    const at = text.indexOf('\n}', text.indexOf('resource "aws_db_instance"'));
    const steps = await typeInto(scratchUri('blink', 'main.tf'), text, at, '\n  kms_key_id = aws_kms_key.data.arn');
    const before = steps[0]!.diagnostics.filter((d) => d.code !== 'syntax').length;
    for (const { line, caretLine, diagnostics } of steps) {
      assert.deepEqual(diagnostics.filter((d) => d.code === 'syntax'), [], `no syntax error at ${JSON.stringify(line)}`);
      assert.deepEqual(diagnostics.filter((d) => d.range.start.line === caretLine), [], `nothing on the line being typed at ${JSON.stringify(line)}`);
      assert.ok(diagnostics.length >= before, `no finding vanishes at ${JSON.stringify(line)}`);
    }
    const header = await typeInto(scratchUri('blink', 'header.tf'), text, text.length, '\nresource "aws_s3_bucket" "more" {');
    for (const { line, diagnostics } of header) assert.deepEqual(diagnostics.filter((d) => d.code === 'syntax'), [], `no syntax error at ${JSON.stringify(line)}`);
  });
});

void describe('the other files of a Terraform module', () => {
  void it('wait while a block of one of them is typed and does not parse, and follow once it does', async () => {
    const s = await LspSession.start({ initializationOptions: { settings: { iacCompliance: { typingDelay: NO_PAUSE } } } });
    try {
      const bucketUri = scratchUri('module-calm', 'bucket.tf');
      const blockUri = scratchUri('module-calm', 'block.tf');
      await s.diagnosticsAt(bucketUri, s.open(bucketUri, 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n'));
      const block = 'resource "aws_s3_bucket_public_access_block" "logs" {\n  bucket                  = aws_s3_bucket.logs.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n';
      await s.diagnosticsAt(blockUri, s.open(blockUri, block));
      await s.barrier();
      const pab = (d: Diagnostic[]): boolean => d.some((x) => x.code === 'AWS-S3-001');
      const settled = s.publishesFor(bucketUri).at(-1)!.params.diagnostics;
      assert.equal(pab(settled), false, 'the public access block in block.tf covers the bucket');
      const mark = s.mark();
      // A nested block typed at the top of the public access block: while it is unclosed it swallows the
      // settings after it.
      const at = block.indexOf('\n') + 1;
      const typed = '  lifecycle {\n    create_before_destroy = true\n  }\n';
      for (let k = 0; k < typed.length; k++) {
        const pos = positionAt(s.text(blockUri), at + k);
        await s.diagnosticsAt(blockUri, s.change(blockUri, [{ range: { start: pos, end: pos }, text: typed[k]! }]));
      }
      await s.barrier();
      const bucketPublishes = s.publishesFor(bucketUri).filter((p) => p.seq >= mark);
      assert.ok(bucketPublishes.length > 0, 'bucket.tf was re-validated once block.tf parsed again');
      for (const p of bucketPublishes) assert.equal(pab(p.params.diagnostics), false, 'the bucket never lost its public access block');
    } finally {
      await s.shutdown();
    }
  });
});
