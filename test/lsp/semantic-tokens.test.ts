// SPDX-License-Identifier: Apache-2.0
// textDocument/semanticTokens over JSON-RPC (issue 14, item 2): the legend, the full and range results
// decoded back to text, nothing for CloudFormation, no provider when the client says HashiCorp's extension
// highlights Terraform, and a registration for Terraform documents only when the client registers late.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import { LspSession, scratchUri } from './harness';
import { pinnedStart } from './expected';

const TEXT = 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true # yearly\n  description         = "${var.app} key"\n}\n';

/** Tokens decoded with the server's own legend: `line:character type[.modifiers] "text"`. */
function decode(text: string, tokens: SemanticTokens, legend: SemanticTokensLegend): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type, bits] = tokens.data.slice(i, i + 5) as [number, number, number, number, number];
    line += dl;
    character = dl === 0 ? character + dc : dc;
    const mods = legend.tokenModifiers.filter((_, b) => bits & (1 << b));
    out.push(`${line}:${character} ${[legend.tokenTypes[type], ...mods].join('.')} ${JSON.stringify(lines[line]!.slice(character, character + length))}`);
  }
  return out;
}

const FULL = [
  '0:0 keyword "resource"',
  '0:9 type "\\"aws_kms_key\\""',
  '0:23 variable.declaration "\\"k\\""',
  '1:2 property.declaration "enable_key_rotation"',
  '1:22 operator "="',
  '1:24 keyword "true"',
  '1:29 comment "# yearly"',
  '2:2 property.declaration "description"',
  '2:22 operator "="',
  '2:24 string "\\""',
  '2:25 operator "${"',
  '2:27 variable.defaultLibrary "var"',
  '2:31 property "app"',
  '2:34 operator "}"',
  '2:35 string " key\\""',
];

void describe('semantic tokens over LSP', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start(pinnedStart());
  });
  after(() => s.shutdown());

  void it('announces a legend of standard types and returns exact tokens for a Terraform document', async () => {
    const provider = s.initializeResult.capabilities.semanticTokensProvider!;
    assert.deepEqual(provider.legend, {
      tokenTypes: ['keyword', 'type', 'variable', 'parameter', 'property', 'function', 'string', 'number', 'comment', 'operator'],
      tokenModifiers: ['declaration', 'defaultLibrary'],
    });
    assert.deepEqual([provider.full, provider.range], [true, true]);
    const uri = scratchUri('tokens', 'main.tf');
    s.open(uri, TEXT);
    const full = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(decode(TEXT, full, provider.legend), FULL);
    // A range: the tokens of line 1 only (the first token encoded from the start of the document).
    const range = await s.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } } });
    assert.deepEqual(decode(TEXT, range, provider.legend), FULL.filter((t) => t.startsWith('1:')));
  });

  void it('follows edits, and gives CloudFormation nothing (its grammar colours it)', async () => {
    const legend = s.initializeResult.capabilities.semanticTokensProvider!.legend;
    const uri = scratchUri('tokens-edit', 'main.tf');
    s.open(uri, TEXT);
    s.change(uri, [{ range: { start: { line: 1, character: 24 }, end: { line: 1, character: 28 } }, text: 'false' }]);
    const after = await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(decode(s.text(uri), after, legend).slice(5, 7), ['1:24 keyword "false"', '1:30 comment "# yearly"']);
    const yaml = scratchUri('tokens-cfn', 'stack.yaml');
    s.open(yaml, 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Key:\n    Type: AWS::KMS::Key\n');
    assert.deepEqual((await s.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: yaml } })).data, []);
  });
});

void describe('semantic tokens: coexistence and registration', () => {
  void it('with `semanticTokens: false` (HashiCorp extension installed) no provider is announced', async () => {
    const s = await LspSession.start({ initializationOptions: { semanticTokens: false } });
    try {
      assert.equal(s.initializeResult.capabilities.semanticTokensProvider, undefined);
      await s.barrier();
      assert.deepEqual(s.registrations, []);
    } finally {
      await s.shutdown();
    }
  });

  void it('a client that registers late gets the provider for Terraform documents only', async () => {
    const s = await LspSession.start({ textDocumentCapabilities: { semanticTokens: { dynamicRegistration: true, requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } } });
    try {
      assert.equal(s.initializeResult.capabilities.semanticTokensProvider, undefined);
      await s.barrier();
      const reg = s.registrations.find((r) => r.method === 'textDocument/semanticTokens');
      assert.ok(reg, JSON.stringify(s.registrations));
      const options = reg.registerOptions as { documentSelector: unknown; full: boolean; range: boolean };
      assert.deepEqual(options.documentSelector, [{ language: 'terraform' }, { language: 'terraform-vars' }, { pattern: '**/*.{tf,tfvars}' }]);
      assert.deepEqual([options.full, options.range], [true, true]);
    } finally {
      await s.shutdown();
    }
  });
});
