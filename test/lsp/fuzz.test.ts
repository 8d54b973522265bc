// SPDX-License-Identifier: Apache-2.0
// Fuzzing over JSON-RPC: seeded random edits to the fixtures (Terraform, CloudFormation YAML and JSON),
// typed into one server as incremental didChange bursts with hovers and code actions in between, and
// compared at checkpoints with what a second server publishes for the same text opened fresh (no edit
// history, no incremental parse). Any difference is a bug in incremental parsing, coalescing or caching.
// 2,400 edits by default (~10-20 s); IAC_FUZZ_ITERATIONS=60000 for a long run, IAC_FUZZ_SEED to replay.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../support/damage';
import { LspSession, fixture, scratchUri, shape } from './harness';
import { pinnedStart } from './expected';

const ITERATIONS = Number(process.env['IAC_FUZZ_ITERATIONS'] ?? 2400);
const SEED = Number(process.env['IAC_FUZZ_SEED'] ?? 13);
/** Edits between comparisons with the fresh server. */
const CHECKPOINT = 40;

/** Pieces that matter to the parsers and the rules, so edits reach the evaluator and not only the lexer. */
const PIECES: Record<string, string[]> = {
  tf: ['{', '}', '[', ']', '"', '=', '\n', '\n  ', ' ', '#', '${', '}', 'true', 'false', '"0.0.0.0/0"', 'var.x', 'count = 2\n', 'resource "aws_s3_bucket" "z" {\n', 'enabled = true\n', 'local.a', '\r\n', '\r', '//', '/*', '*/', '<<EOF\n', 'EOF\n'],
  yaml: [':', ' ', '\n', '\n  ', '\n    ', '- ', '!Ref ', '!Sub ', '"', "'", '{', '}', '[', ']', 'true', 'false', 'Type: AWS::S3::Bucket', '0.0.0.0/0', '&a ', '*a', '#', '\t', '\r\n', '|\n'],
  json: ['{', '}', '[', ']', '"', ':', ',', ' ', '\n', 'true', 'false', 'null', '"Type": "AWS::S3::Bucket"', '"0.0.0.0/0"', '{"Ref": "X"}', '\\', '\r\n'],
};

const FILES: [string, string, keyof typeof PIECES][] = [
  ['problems.tf', 'main.tf', 'tf'],
  ['problems.yaml', 'stack.yaml', 'yaml'],
  ['problems.template.json', 'stack.json', 'json'],
];

void describe('fuzzing over JSON-RPC: edited server vs a fresh one', () => {
  let edited: LspSession;
  let fresh: LspSession;
  before(async () => {
    [edited, fresh] = await Promise.all([LspSession.start(pinnedStart()), LspSession.start(pinnedStart())]);
  });
  after(async () => {
    await Promise.all([edited.shutdown(), fresh.shutdown()]);
  });

  void it(`${ITERATIONS} seeded edits (seed ${SEED}) publish what a fresh server publishes for the same text`, async () => {
    const rnd = mulberry32(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const perFile = Math.ceil(ITERATIONS / FILES.length);
    let checkpoints = 0;
    for (const [source, name, lang] of FILES) {
      const uri = scratchUri('fuzz', name);
      let version = edited.open(uri, fixture(source));
      for (let i = 1; i <= perFile; i++) {
        const text = edited.text(uri);
        const at = Math.floor(rnd() * (text.length + 1));
        const r = rnd();
        // Insert a piece, delete a few characters, replace a span, or undo damage by restoring the fixture.
        const len = r < 0.45 ? 0 : Math.floor(rnd() * 12);
        const insert = r < 0.85 ? pick(PIECES[lang]!) : '';
        const range = { start: edited.positionAt(uri, at), end: edited.positionAt(uri, Math.min(text.length, at + len)) };
        version = rnd() < 0.01 ? edited.change(uri, [{ text: fixture(source) }]) : edited.change(uri, [{ range, text: insert }]);
        // Bursts of edits between waits, so coalescing and the incremental parsers both see many shapes.
        if (rnd() < 0.2) await edited.diagnosticsAt(uri, version, { timeoutMs: 20000 });
        if (rnd() < 0.03) await edited.hover(uri, edited.positionAt(uri, Math.floor(rnd() * edited.text(uri).length)));
        if (rnd() < 0.02) await edited.codeActions(uri, { start: edited.positionAt(uri, 0), end: edited.positionAt(uri, edited.text(uri).length) }, []);
        if (i % CHECKPOINT !== 0 && i !== perFile) continue;
        const got = await edited.diagnosticsAt(uri, version, { timeoutMs: 20000 });
        const copy = scratchUri('fuzz-fresh', `${checkpoints}`, name);
        const expected = await fresh.diagnosticsAt(copy, fresh.open(copy, edited.text(uri)), { timeoutMs: 20000 });
        fresh.close(copy);
        checkpoints++;
        assert.deepEqual(got.map(shape), expected.map(shape), `${name} after ${i} edits (seed ${SEED}): the edited server differs from a fresh one. Text:\n${edited.text(uri).slice(0, 3000)}`);
      }
      edited.close(uri);
    }
    assert.equal(edited.alive && fresh.alive, true);
    assert.ok(checkpoints >= FILES.length, `${checkpoints} checkpoints`);
  });
});
