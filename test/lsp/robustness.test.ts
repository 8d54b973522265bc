// SPDX-License-Identifier: Apache-2.0
// Nothing a client sends takes the server down or makes it give up on a file: random bytes, random
// UTF-16 code units (lone surrogates), 5 MB documents, edits that split surrogate pairs or point past the
// end, positions out of range, and protocol misuse. After each, the server still answers and still
// analyzes a known document correctly. Inputs come from a seeded PRNG: a failure replays exactly.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, Position, Range } from 'vscode-languageserver';
import { mulberry32 } from '../support/damage';
import { LspSession, fixture, scratchUri, shape } from './harness';
import { pinnedStart, PROBLEMS_TF } from './expected';

const EXTENSIONS = ['tf', 'tfvars', 'tf.json', 'yaml', 'yml', 'json', 'template'];

/** Strings from raw bytes three ways: Latin-1, UTF-8 with replacement characters, and raw UTF-16 units. */
function randomTexts(rnd: () => number, length: number): { how: string; text: string }[] {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(rnd() * 256);
  let units = '';
  for (let i = 0; i < length / 2; i++) units += String.fromCharCode(Math.floor(rnd() * 0x10000));
  return [
    { how: 'latin1 bytes', text: bytes.toString('latin1') },
    { how: 'utf8 bytes', text: bytes.toString('utf8') },
    { how: 'utf16 units', text: units },
  ];
}

/** Text from the characters that matter to the parsers, so the random input gets past the lexers. */
function randomSyntax(rnd: () => number, length: number): string {
  const pieces = ['{', '}', '[', ']', '"', '=', ':', '-', ' ', '  ', '\n', '\n  ', '#', '${', '<<EOF\n', 'EOF\n', '!Ref ', '!Sub ', 'Resources', 'Type', 'AWS::S3::Bucket', 'resource', '"aws_s3_bucket"', 'true', '0.0.0.0/0', ',', '\\', '\t', '\r', '\uD800', '\uDC00', '😀', '*', '&a', '%', '@'];
  let out = '';
  while (out.length < length) out += pieces[Math.floor(rnd() * pieces.length)];
  return out;
}

function randomPosition(rnd: () => number, text: string, wild: boolean): Position {
  const lines = text.split('\n').length;
  if (wild && rnd() < 0.2) return { line: Math.floor(rnd() * (lines + 10)), character: Math.floor(rnd() * 500) };
  return { line: Math.floor(rnd() * lines), character: Math.floor(rnd() * 80) };
}

function randomRange(rnd: () => number, text: string, wild: boolean): Range {
  const a = randomPosition(rnd, text, wild);
  const b = rnd() < 0.5 ? a : randomPosition(rnd, text, wild);
  const before = a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before ? { start: a, end: b } : { start: b, end: a };
}

/** No analysis failure reported on the document or in the log. */
function assertAnalyzed(s: LspSession, d: Diagnostic[], what: string): void {
  const failed = d.filter((x) => /could not analyze/.test(x.message));
  assert.deepEqual(failed.map((x) => x.message), [], `${what}: the analysis threw`);
  const logged = s.logMessages.filter((m) => /uncaught|failed/i.test(m));
  assert.deepEqual(logged, [], `${what}: errors logged`);
}

/** The server is alive and analyzes a known file exactly as it should. */
async function assertHealthy(s: LspSession, what: string): Promise<void> {
  assert.equal(s.alive, true, `${what}: the server is running`);
  const uri = scratchUri('robust-health', `${what.replace(/[^A-Za-z0-9]+/g, '-')}-${s.mark()}.tf`);
  const d = await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')));
  assert.deepEqual(d.map(shape), PROBLEMS_TF, `${what}: the server still analyzes correctly`);
  assert.ok(await s.hover(uri, { line: 25, character: 5 }), `${what}: hover still answers`);
  s.close(uri);
}

void describe('robustness', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start(pinnedStart());
  });
  after(() => s.shutdown());

  void it('random bytes and random UTF-16 as every kind of file, then random edits, hovers and code actions', async () => {
    const rnd = mulberry32(20240611);
    for (const ext of EXTENSIONS) {
      for (const { how, text } of [...randomTexts(rnd, 3000), { how: 'syntax soup', text: randomSyntax(rnd, 3000) }]) {
        const what = `${how} as .${ext}`;
        const uri = scratchUri('robust-random', `${how.replace(/ /g, '-')}.${ext}`);
        assertAnalyzed(s, await s.diagnosticsAt(uri, s.open(uri, text)), what);
        // A burst of random incremental edits, some with ranges past the end of the document.
        let version = 0;
        for (let i = 0; i < 10; i++) {
          const replacement = rnd() < 0.5 ? randomSyntax(rnd, Math.floor(rnd() * 20)) : randomTexts(rnd, 8)[2]!.text;
          version = s.change(uri, [{ range: randomRange(rnd, s.text(uri), true), text: replacement }]);
        }
        const d = await s.diagnosticsAt(uri, version);
        assertAnalyzed(s, d, `${what} after edits`);
        for (let i = 0; i < 3; i++) await s.hover(uri, randomPosition(rnd, s.text(uri), true));
        await s.codeActions(uri, randomRange(rnd, s.text(uri), true), d);
        await s.codeActions(uri, randomRange(rnd, s.text(uri), true), [], ['source.fixAll.iacCompliance']);
        s.close(uri);
      }
    }
    await assertHealthy(s, 'random input');
  });

  void it('random damage to the fixtures, typed as a burst of edits: every version analyzes, quick fixes still apply', async () => {
    const rnd = mulberry32(7);
    for (const [file, name] of [
      ['problems.tf', 'main.tf'],
      ['problems.yaml', 'stack.yaml'],
      ['problems.template.json', 'stack.json'],
    ] as const) {
      const uri = scratchUri('robust-damage', name);
      await s.diagnosticsAt(uri, s.open(uri, fixture(file)));
      let version = 0;
      for (let i = 0; i < 40; i++) {
        const text = s.text(uri);
        const at = Math.floor(rnd() * text.length);
        const r = rnd();
        const range = r < 0.5 ? { start: s.positionAt(uri, at), end: s.positionAt(uri, at) } : { start: s.positionAt(uri, at), end: s.positionAt(uri, Math.min(text.length, at + Math.floor(rnd() * 6))) };
        version = s.change(uri, [{ range, text: r < 0.5 ? randomSyntax(rnd, 1).slice(0, 2) : '' }]);
        if (i % 10 === 9) {
          const d = await s.diagnosticsAt(uri, version);
          assertAnalyzed(s, d, `${file} damage ${i}`);
          // Every offered quick fix produces text the server can analyze again.
          for (const x of d.filter((y) => y.code !== 'syntax' && y.code !== 'suppression').slice(0, 3)) {
            for (const a of (await s.codeActions(uri, x.range, [x])) ?? []) assert.ok(a.edit?.changes?.[uri], `${a.title} has an edit`);
          }
        }
      }
      s.close(uri);
    }
    await assertHealthy(s, 'damaged fixtures');
  });

  void it('invalid UTF-16: lone surrogates in the text, edits splitting a surrogate pair, positions inside a pair', async () => {
    const texts: [string, string][] = [
      ['tf', 'resource "aws_s3_bucket" "\uD800x" {\n  bucket = "\uDC00\uD83D"\n}\n# \uDFFF\nresource "aws_db_instance" "d" {\n  publicly_accessible = true # 😀\n}\n'],
      ['yaml', 'Resources:\n  B\uD800:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: "\uDC00"\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: { DBName: 😀, PubliclyAccessible: true }\n'],
      ['json', '{"Resources":{"B\uD800":{"Type":"AWS::S3::Bucket","Properties":{"BucketName":"\uDC00😀"}}}}'],
    ];
    for (const [ext, text] of texts) {
      const uri = scratchUri('robust-utf16', `sur.${ext}`);
      const d = await s.diagnosticsAt(uri, s.open(uri, text));
      assertAnalyzed(s, d, `lone surrogates .${ext}`);
      assert.ok(d.some((x) => String(x.code).startsWith('AWS-')), `.${ext}: findings despite the lone surrogates`);
      // Insert between the two halves of 😀 (a position inside the pair), then delete one half.
      const emoji = s.text(uri).indexOf('😀');
      const inside = s.positionAt(uri, emoji + 1);
      let version = s.change(uri, [{ range: { start: inside, end: inside }, text: 'x' }]);
      assertAnalyzed(s, await s.diagnosticsAt(uri, version), `split pair .${ext}`);
      version = s.change(uri, [{ range: { start: s.positionAt(uri, emoji), end: s.positionAt(uri, emoji + 1) }, text: '' }]);
      assertAnalyzed(s, await s.diagnosticsAt(uri, version), `half a pair .${ext}`);
      await s.hover(uri, inside);
      for (const x of d) await s.codeActions(uri, x.range, [x]);
      s.close(uri);
    }
    await assertHealthy(s, 'lone surrogates');
  });

  void it('5 MB documents (a huge heredoc, a huge block scalar, a huge line) and 256 KiB of random bytes; the server answers afterwards', async () => {
    // Just under the 5 MiB file size limit (iacCompliance.maxFileSize), with the fixture on top.
    const five = 5_000_000;
    const huge = 'x'.repeat(120) + '\n';
    const docs: [string, string][] = [
      ['big.tf', `${fixture('problems.tf')}\nlocals {\n  blob = <<-EOT\n${huge.repeat(Math.ceil(five / huge.length))}  EOT\n}\n`],
      ['big.yaml', `${fixture('problems.yaml')}Outputs:\n  Blob:\n    Value: |\n${('      ' + huge).repeat(Math.ceil(five / (huge.length + 6)))}`],
      ['big.json', `{"Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"BucketName":"${'y'.repeat(five)}"}}}}`],
      // (5 MB of random bytes takes ~7 s per keystroke while every invalid character is its own
      // diagnostic: see the next test.)
      ['big-garbage.tf', randomTexts(mulberry32(5), 256 * 1024)[0]!.text],
    ];
    for (const [name, text] of docs) {
      assert.ok(text.length >= (name === 'big-garbage.tf' ? 256 * 1024 : five), `${name} is ${text.length} characters`);
      const uri = scratchUri('robust-big', name);
      const d = await s.diagnosticsAt(uri, s.open(uri, text), { timeoutMs: 15000 });
      assertAnalyzed(s, d, name);
      if (name === 'big.tf') assert.deepEqual(d.map(shape), PROBLEMS_TF, 'the findings of the small part');
      // A keystroke at the top and one at the end of the 5 MB document.
      const end = s.positionAt(uri, s.text(uri).length);
      const v = s.change(uri, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' },
        { range: { start: end, end }, text: '\n' },
      ]);
      assertAnalyzed(s, await s.diagnosticsAt(uri, v, { timeoutMs: 15000 }), `${name} after edits`);
      s.close(uri);
    }
    await assertHealthy(s, '5 MB documents');
  });

  void it(
    'an object used as an index key (`{a = 1}[{}]`, e.g. half-typed) does not make the analysis throw',
    async () => {
      const uri = scratchUri('robust-index', 'main.tf');
      const text = 'resource "aws_s3_bucket" "b" {\n  bucket = {a = 1}[{}]\n}\n';
      const d = await s.diagnosticsAt(uri, s.open(uri, text));
      s.logMessages.length = 0;
      assert.deepEqual(
        d.map((x) => String(x.code)),
        ['AWS-S3-001', 'AWS-S3-002', 'AWS-S3-003'],
        d.map((x) => x.message).join('\n'),
      );
    },
  );

  void it(
    'syntax diagnostics are bounded: 100,000 invalid characters do not publish 100,000 diagnostics',
    async () => {
      const uri = scratchUri('robust-bounded', 'junk.tf');
      const d = await s.diagnosticsAt(uri, s.open(uri, '@'.repeat(100000)), { timeoutMs: 20000 });
      s.close(uri);
      assert.ok(d.length >= 1, 'reports the junk');
      assert.ok(d.length <= 1000, `${d.length} diagnostics`);
    },
  );

  void it('protocol misuse: changes and closes of unknown documents, reopening, odd versions, bad positions', async () => {
    const uri = scratchUri('robust-misuse', 'main.tf');
    const unknown = scratchUri('robust-misuse', 'never-opened.tf');
    s.notify('textDocument/didChange', { textDocument: { uri: unknown, version: 3 }, contentChanges: [{ text: 'x' }] });
    s.notify('textDocument/didClose', { textDocument: { uri: unknown } });
    s.notify('textDocument/didChange', { textDocument: { uri: unknown, version: 3 }, contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }] });
    assert.equal(await s.hover(unknown, { line: 0, character: 0 }), null);
    assert.deepEqual(await s.codeActions(unknown, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, []), []);
    // Opened twice without a close, then a change with no content changes, then a range end before its start.
    s.open(uri, 'resource "aws_s3_bucket" "a" {}\n');
    const v = s.open(uri, fixture('problems.tf'));
    assert.deepEqual((await s.diagnosticsAt(uri, v)).map(shape), PROBLEMS_TF);
    s.notify('textDocument/didChange', { textDocument: { uri, version: v + 1 }, contentChanges: [] });
    s.notify('textDocument/didChange', {
      textDocument: { uri, version: v + 2 },
      contentChanges: [{ range: { start: { line: 9, character: 0 }, end: { line: 5, character: 0 } }, text: '' }],
    });
    // Out-of-range and negative positions in requests: an answer or an error reply, never a crash.
    for (const position of [
      { line: -1, character: 0 },
      { line: 0, character: -5 },
      { line: 2 ** 31, character: 2 ** 31 },
    ]) {
      await s.hover(uri, position).catch(() => undefined);
      await s.codeActions(uri, { start: position, end: position }, []).catch(() => undefined);
    }
    // Garbage in the code action context: a diagnostic with foreign data.
    const d = await s.diagnosticsAt(uri, v);
    const weird = { ...d[0]!, data: { ruleId: 42, start: 'x' } };
    await s.codeActions(uri, d[0]!.range, [weird as unknown as Diagnostic]).catch(() => undefined);
    await s.codeActions(uri, d[0]!.range, [{ ...d[0]!, data: null } as unknown as Diagnostic]).catch(() => undefined);
    await s.request('iacCompliance/auditWorkspace', { folders: ['\u0000/nope', ''] }).catch(() => undefined);
    await s.request('iacCompliance/auditWorkspace', null).catch(() => undefined);
    s.close(uri);
    await assertHealthy(s, 'protocol misuse');
  });
});
