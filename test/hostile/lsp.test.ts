// SPDX-License-Identifier: Apache-2.0
// Hostile inputs over LSP, generated at test time (nothing hostile is committed). Each is opened in the
// BUILT server, driven over JSON-RPC with the test harness (waiting on events, never sleeping), and must
// get a clear diagnostic within the harness's timeout, leave the server answering (code actions and fix-all
// on the hostile document, a hover on another), leave the diagnostics of the documents already open
// exactly as they were, and keep the server process's peak resident memory (VmHWM, Linux) under 500 MB.
// The server runs with Node's default heap, as an editor starts it, so a blow-up shows as memory, not as
// a crash; the audit case reads files from disk (UTF-16, invalid UTF-8), as only the server does.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { LspSession, fileUri, fixture, positionOf, scratchUri, shape } from '../lsp/harness';
import type { DiagnosticShape } from '../lsp/harness';
import type { AuditResult } from '../../server/src/protocol';

const MEMORY_LIMIT_MB = 500;
const SETTINGS = { cannotVerifySeverity: 'information', typingDelay: 0 };
/** Generous for a shared 2-core machine; the failures this guards against took minutes or never ended. */
const BIG_TIMEOUT_MS = 20_000;

/** Peak resident memory of a process in MB (VmHWM), or undefined where /proc is not there. */
function peakRssMb(pid: number | undefined): number | undefined {
  if (process.platform !== 'linux' || pid === undefined) return undefined;
  const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : undefined;
}

function aliasBomb(extra: string[] = []): string {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Metadata:', '      l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 9; i++) lines.push(`      l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  return [...lines, ...extra].join('\n') + '\n';
}

/** Anchors at the top level of the template, outside any resource (code actions once took > 30 s on it). */
function topLevelAliasBomb(): string {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Metadata:', '  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 9; i++) lines.push(`  l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  return [...lines, 'Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Metadata: *l8', ''].join('\n');
}

const metricFilter = (pattern: string): string =>
  `resource "aws_cloudtrail" "t" {\n  name = "t"\n  s3_bucket_name = "b"\n}\nresource "aws_cloudwatch_log_metric_filter" "f" {\n  name = "f"\n  log_group_name = "g"\n  pattern = ${JSON.stringify(pattern)}\n  metric_transformation {\n    name = "m"\n    namespace = "n"\n    value = "1"\n  }\n}\n`;

const EVAL_BOMB = [
  'locals {',
  '  a = range(1000)',
  '  b = jsonencode([for x in local.a : [for y in local.a : [for z in local.a : "${x}-${y}-${z}"]]])',
  '  c = [for i in range(100000) : join(",", [for j in range(1000) : tostring(j)])]',
  '}',
  'resource "aws_s3_bucket" "b" {',
  '  bucket = local.b',
  '}',
  // A checked setting that depends on the bomb: "cannot verify", naming the evaluation limit.
  'resource "aws_s3_bucket_public_access_block" "b" {',
  '  bucket                  = aws_s3_bucket.b.id',
  '  block_public_acls       = length(local.b) > 0',
  '  block_public_policy     = true',
  '  ignore_public_acls      = true',
  '  restrict_public_buckets = length(local.c) > 0',
  '}',
  '',
].join('\n');

const FIVE_MB = 5_000_000;
const line = (n: number): string => 'a'.repeat(n);
const BOM_TF = 'resource "aws_s3_bucket" "u" {}\n';

interface Case {
  name: string;
  text: string;
  /** What a clear diagnostic says; `finding` when the document must simply be checked (a rule's finding). */
  expected: RegExp | 'finding' | null;
  timeoutMs?: number;
}

const CASES: Case[] = [
  { name: 'bomb/metadata.yaml', text: aliasBomb(), expected: /alias/i },
  { name: 'bomb/action.yaml', text: aliasBomb(['  Policy:', '    Type: AWS::IAM::ManagedPolicy', '    Properties:', '      PolicyDocument:', '        Statement:', '          - Effect: Allow', '            Action: *l8', '            Resource: "*"']), expected: /alias/i },
  { name: 'bomb/top-level.yaml', text: topLevelAliasBomb(), expected: /alias/i },
  { name: 'filter/regex.tf', text: metricFilter('{ $.eventName = %^(.|.|.)*Q$% }'), expected: 'finding' },
  { name: 'filter/glob.tf', text: metricFilter('{ $.eventName = "************Q" }'), expected: 'finding' },
  { name: 'filter/both.tf', text: metricFilter('{ ($.eventName = "*a*a*a*a*a*a*a*a*a*a*a*a*b") || ($.errorCode = %(x+x+)+y%) }'), expected: 'finding' },
  { name: 'filter/budget.tf', text: metricFilter('{ $.eventName = %(a{900}){900}% }'), expected: /matching limit/ },
  { name: 'eval/main.tf', text: EVAL_BOMB, expected: /evaluation limit/ },
  { name: 'deep/list.tf', text: `locals {\n  x = ${'['.repeat(700)}1${']'.repeat(700)}\n}\n`, expected: /nest/i },
  { name: 'deep/parens.tf', text: `locals {\n  y = ${'('.repeat(3000)}1${')'.repeat(3000)}\n}\n`, expected: /nest/i },
  { name: 'deep/blocks.tf', text: `resource "aws_s3_bucket" "b" {\n${'x {\n'.repeat(700)}${'}\n'.repeat(700)}}\n`, expected: /nest/i },
  { name: 'deep/t.json', text: `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Metadata":${'['.repeat(5000)}${']'.repeat(5000)}}}}`, expected: /nest/i },
  { name: 'deep/objects.json', text: `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Metadata":${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}}}}`, expected: /nest/i },
  { name: 'deep/flow.yaml', text: `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, expected: /nest/i },
  { name: 'deep/block.yaml', text: `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata:\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(6 + i)}k${i}:`).join('\n')} x\n`, expected: /nest/i },
  { name: 'deep/seq.yaml', text: `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(6 + 2 * i)}-`).join('\n')} x\n`, expected: /nest/i },
  { name: 'deep/main.tf.json', text: `{"locals":{"x":${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}}}`, expected: /nest/i },
  // What an editor hands over for odd bytes: NUL characters, U+FFFD for invalid UTF-8, UTF-16 read as
  // single bytes (a NUL after every character), a byte order mark.
  { name: 'bytes/nul.yaml', text: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B\u0000:\n    Type: AWS::S3::Bucket\n# \u0000\n', expected: 'finding' },
  { name: 'bytes/nul.tf', text: 'resource "aws_s3_bucket" "n" {\n  bucket = "a\u0000b"\n}\n\u0000\u0000', expected: /Invalid character/ },
  { name: 'bytes/nul.json', text: '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Metadata":"\u0000"}}}\u0000', expected: /Invalid control character/ },
  { name: 'bytes/replacement.tf', text: 'resource "aws_s3_bucket" "r\ufffd\ufffd" {\n  bucket = "\ufffd(\ufffd"\n}\n', expected: 'finding' },
  { name: 'bytes/surrogate.yaml', text: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata: {x: "\ud800"}\n', expected: 'finding' },
  { name: 'bytes/utf16-as-bytes.tf', text: `\u00ff\u00fe${BOM_TF.split('').map((c) => `${c}\u0000`).join('')}`, expected: /Invalid character/ },
  { name: 'bytes/bom.tf', text: `\ufeff${BOM_TF}`, expected: 'finding' },
  // 5 MB single lines (just under the size limit) and half a million syntax errors on one line.
  { name: 'long/a.tf', text: `resource "aws_s3_bucket" "long" { bucket = "${line(FIVE_MB)}" }`, expected: 'finding', timeoutMs: BIG_TIMEOUT_MS },
  { name: 'long/t.yaml', text: `{AWSTemplateFormatVersion: "2010-09-09", Resources: {B: {Type: "AWS::S3::Bucket", Properties: {BucketName: "${line(FIVE_MB)}"}}}}`, expected: 'finding', timeoutMs: BIG_TIMEOUT_MS },
  { name: 'long/t.json', text: `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"BucketName":"${line(FIVE_MB)}"}}}}`, expected: 'finding', timeoutMs: BIG_TIMEOUT_MS },
  { name: 'long/b.tf.json', text: `{"resource":{"aws_s3_bucket":{"j":{"bucket":"${line(FIVE_MB)}"}}}}`, expected: 'finding', timeoutMs: BIG_TIMEOUT_MS },
  { name: 'many/a.tf', text: Array.from({ length: 500_000 }, (_, i) => `x${i}=1`).join(' ; ').slice(0, FIVE_MB), expected: /Invalid character: The ";" character is not valid/, timeoutMs: BIG_TIMEOUT_MS },
  // Over the size limit: one error naming the limit and its setting.
  { name: 'big/main.tf', text: `${fixture('problems.tf')}\nlocals {\n  blob = "${line(6 * 1024 * 1024)}"\n}\n`, expected: /over the 5\.0 MB limit \(setting iacCompliance\.maxFileSize/, timeoutMs: BIG_TIMEOUT_MS },
];

const isFinding = (d: Diagnostic): boolean => /^AWS-/.test(String(d.code));

void describe('hostile inputs: LSP', () => {
  let s: LspSession;
  /** Documents open all along, in their own folders: their diagnostics must never change. */
  const keepers: { uri: string; text: string; expected: DiagnosticShape[] }[] = [
    { uri: scratchUri('hostile-keep-tf', 'main.tf'), text: fixture('problems.tf'), expected: [] },
    { uri: scratchUri('hostile-keep-yaml', 'stack.yaml'), text: fixture('problems.yaml'), expected: [] },
  ];
  const peaks: string[] = [];
  let keptFrom = 0;

  before(async () => {
    // Every rule (the metric-filter rules too), every finding shown at once.
    s = await LspSession.start({ initializationOptions: { settings: { iacCompliance: SETTINGS } } });
    for (const k of keepers) {
      k.expected = (await s.diagnosticsAt(k.uri, s.open(k.uri, k.text))).map(shape);
      assert.ok(k.expected.some((d) => d.code.startsWith('AWS-')), k.uri);
    }
    keptFrom = s.mark();
  });
  after(async () => {
    await s.shutdown();
    // The measurements, for the record (docs/limits.md quotes them).
    if (peaks.length > 0) console.log(`server peak RSS (VmHWM) after each case:\n  ${peaks.join('\n  ')}`);
  });

  /** The server still answers and the documents open all along kept their diagnostics; memory bounded. */
  async function assertHealthy(name: string): Promise<void> {
    assert.equal(s.alive, true, s.serverStderr);
    for (const k of keepers) {
      for (const p of s.publishesFor(k.uri).filter((x) => x.seq >= keptFrom)) assert.deepEqual(p.params.diagnostics.map(shape), k.expected, `${k.uri} changed after ${name}`);
    }
    const hover = await s.hover(keepers[0]!.uri, positionOf(keepers[0]!.text, 'aws_s3_bucket'));
    assert.ok(hover, 'a hover on another document is answered');
    const peak = peakRssMb(s.child.pid);
    if (peak !== undefined) {
      peaks.push(`${name}: ${Math.round(peak)} MB`);
      assert.ok(peak < MEMORY_LIMIT_MB, `peak RSS ${Math.round(peak)} MB after ${name}`);
    }
  }

  for (const c of CASES) {
    void it(`${c.name}: a clear diagnostic in bounded time and memory; the server answers; other documents unchanged`, async () => {
      const uri = scratchUri('hostile', c.name);
      const d = await s.diagnosticsAt(uri, s.open(uri, c.text), { timeoutMs: c.timeoutMs ?? 10_000 });
      const said = JSON.stringify(d.map((x) => `${String(x.code)}: ${x.message}`)).slice(0, 600);
      if (c.expected === 'finding') assert.ok(d.some(isFinding), said);
      else if (c.expected) assert.ok(d.some((x) => c.expected instanceof RegExp && c.expected.test(x.message)), said);
      const actions = await s.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, d.slice(0, 5), undefined);
      assert.ok(Array.isArray(actions) || actions === null);
      await s.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.iacCompliance']);
      s.close(uri);
      await assertHealthy(c.name);
    });
  }

  void it('a document over the size limit is analyzed once iacCompliance.maxFileSize is raised, and an error again when lowered', async () => {
    const uri = scratchUri('hostile-size', 'main.tf');
    const text = `${fixture('problems.tf')}\nlocals {\n  blob = "${line(6 * 1024 * 1024)}"\n}\n`;
    const d = await s.diagnosticsAt(uri, s.open(uri, text), { timeoutMs: BIG_TIMEOUT_MS });
    assert.equal(d.length, 1, JSON.stringify(d.map((x) => x.message)).slice(0, 500));
    s.changeConfiguration({ ...SETTINGS, maxFileSize: 8 });
    const raised = await s.waitForDiagnostics(uri, (x) => x.some(isFinding), { timeoutMs: BIG_TIMEOUT_MS });
    assert.deepEqual(raised.map(shape), keepers[0]!.expected);
    s.changeConfiguration(SETTINGS);
    await s.waitForDiagnostics(uri, (x) => x.length === 1 && /limit/.test(x[0]!.message), { timeoutMs: BIG_TIMEOUT_MS });
    s.close(uri);
    // A configuration change re-checks the open documents: the same diagnostics again.
    await s.barrier();
    await assertHealthy('size limit raised and lowered');
  });

  void it('typing next to an evaluation bomb in the same module stays fast', async () => {
    const bomb = scratchUri('hostile-module', 'bomb.tf');
    const next = scratchUri('hostile-module', 'main.tf');
    await s.diagnosticsAt(bomb, s.open(bomb, EVAL_BOMB));
    await s.diagnosticsAt(next, s.open(next, fixture('problems.tf')));
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const v = s.replaceText(next, '}', `}\n# edit ${i}`);
      await s.diagnosticsAt(next, v);
      times.push(performance.now() - started);
    }
    // The bomb's module is evaluated within its budget once per change: well under a second each here
    // (it took ~5 s per keystroke before the budgets); 2 s leaves room for a loaded machine.
    assert.ok(Math.max(...times) < 2000, `keystrokes took ${times.map(Math.round).join(', ')} ms`);
    s.close(bomb);
    s.close(next);
    await assertHealthy('evaluation bomb in the module');
  });

  void it('an audit reading hostile files from disk (UTF-16, invalid UTF-8, NUL, alias and evaluation bombs) reports each and keeps the neighbour', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iac-hostile-lsp-audit-'));
    try {
      const tf = 'resource "aws_s3_bucket" "enc" {\n  bucket = "enc"\n}\n';
      const yaml = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Enc:\n    Type: AWS::S3::Bucket\n';
      const utf16 = (text: string, le: boolean): Buffer => {
        const b = Buffer.from(text, 'utf16le');
        if (!le) b.swap16();
        return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), b]);
      };
      const bad = (text: string, at: string): Buffer => Buffer.concat([Buffer.from(text.slice(0, text.indexOf(at))), Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf8]), Buffer.from(text.slice(text.indexOf(at)))]);
      const files: Record<string, { bytes: Buffer | string; expected: RegExp }> = {
        'ok/main.tf': { bytes: fixture('problems.tf'), expected: /^AWS-S3-001:/ },
        'enc/le.tf': { bytes: utf16(tf, true), expected: /UTF-16 .*read UTF-8 only/ },
        'enc/be.yaml': { bytes: utf16(yaml, false), expected: /UTF-16 .*read UTF-8 only/ },
        'enc/nobom.tf': { bytes: Buffer.from(tf.replace(/enc/g, 'nobom'), 'utf16le'), expected: /UTF-16 \(little-endian, without a byte order mark/ },
        'bad/main.tf': { bytes: bad(tf, 'enc"\n}'), expected: /Invalid character encoding: byte 0xC3/ },
        'bad/t.yaml': { bytes: bad(yaml, 'Type'), expected: /Invalid character encoding: byte 0xC3/ },
        'nul/t.json': { bytes: '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Metadata":"\u0000"}}}\u0000', expected: /Invalid control character/ },
        'bomb/t.yaml': { bytes: aliasBomb(), expected: /alias/i },
        'eval/main.tf': { bytes: EVAL_BOMB, expected: /evaluation limit/ },
        'deep/main.tf': { bytes: `locals {\n  x = ${'['.repeat(700)}1${']'.repeat(700)}\n}\n`, expected: /nest/i },
      };
      for (const [rel, f] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), f.bytes);
      }
      const mark = s.mark();
      const result = await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [dir] }, BIG_TIMEOUT_MS);
      assert.ok(result.files >= 6, JSON.stringify(result));
      for (const [rel, f] of Object.entries(files)) {
        const published = s.publishes.slice(mark).filter((p) => p.params.uri === fileUri(join(dir, rel)));
        assert.equal(published.length, 1, `${rel} is published once`);
        const said = published[0]!.params.diagnostics.map((d) => `${String(d.code)}: ${d.message}`);
        assert.ok(said.some((m) => f.expected.test(m) || f.expected.test(m.slice(m.indexOf(': ') + 2))), `${rel}: ${JSON.stringify(said).slice(0, 600)}`);
      }
      // The neighbour's diagnostics are those of the same file alone.
      const neighbour = s.publishes.slice(mark).find((p) => p.params.uri === fileUri(join(dir, 'ok/main.tf')))!;
      const alone = mkdtempSync(join(tmpdir(), 'iac-hostile-lsp-alone-'));
      try {
        mkdirSync(join(alone, 'ok'));
        writeFileSync(join(alone, 'ok/main.tf'), fixture('problems.tf'));
        const mark2 = s.mark();
        await s.request<AuditResult>('iacCompliance/auditWorkspace', { folders: [alone] }, BIG_TIMEOUT_MS);
        const single = s.publishes.slice(mark2).find((p) => p.params.uri === fileUri(join(alone, 'ok/main.tf')))!;
        // Account-level ("missing") findings stand once per workspace, so they depend on the other files.
        const own = (d: Diagnostic[]): DiagnosticShape[] => d.map(shape).filter((x) => x.kind !== 'missing');
        assert.deepEqual(own(neighbour.params.diagnostics), own(single.params.diagnostics));
        assert.ok(own(single.params.diagnostics).length > 0);
      } finally {
        rmSync(alone, { recursive: true, force: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await assertHealthy('audit of hostile files on disk');
  });
});
