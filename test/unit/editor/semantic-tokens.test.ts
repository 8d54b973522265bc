// SPDX-License-Identifier: Apache-2.0
// Terraform semantic tokens from our parser (issue 14, item 2): the exact token list of a sample that has
// every kind of token and the LSP encoding (well-formed tokens on every prefix of a half-typed file:
// test/fuzz/prefix-sweeps.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeSemanticTokens, terraformSemanticTokens } from '../../../server/src/editor/semantic-tokens';
import type { SemanticToken } from '../../../server/src/editor/semantic-tokens';
import { repoRoot } from '../../support/corpus';

const SAMPLE = readFileSync(join(repoRoot(), 'test', 'fixtures', 'editor', 'highlight.tf'), 'utf8');

/** `line:character type[.modifiers] "text"`: what a reader checks against the file. */
function show(text: string, tokens: readonly SemanticToken[]): string[] {
  const lines = text.split('\n');
  return tokens.map((t) => `${t.line}:${t.character} ${[t.type, ...t.modifiers].join('.')} ${JSON.stringify(lines[t.line]!.slice(t.character, t.character + t.length))}`);
}

const EXPECTED = [
  '0:0 comment "# Highlighting sample: every kind of token our parser classifies."',
  '1:0 keyword "variable"',
  '1:9 variable.declaration "\\"prefix\\""',
  '2:2 property.declaration "type"',
  '2:10 operator "="',
  '2:12 type "string"',
  '3:2 property.declaration "default"',
  '3:10 operator "="',
  '3:12 string "\\"app\\""',
  '6:0 keyword "resource"',
  '6:9 type "\\"aws_s3_bucket\\""',
  '6:25 variable.declaration "\\"logs\\""',
  '7:2 property.declaration "bucket"',
  '7:9 operator "="',
  '7:11 string "\\""',
  '7:12 operator "${"',
  '7:14 variable.defaultLibrary "var"',
  '7:18 property "prefix"',
  '7:24 operator "}"',
  '7:25 string "-logs\\""',
  '8:2 property.declaration "count"',
  '8:9 operator "="',
  '8:11 variable.defaultLibrary "var"',
  '8:15 property "enabled"',
  '8:23 operator "?"',
  '8:25 number "1"',
  '8:27 operator ":"',
  '8:29 number "0"',
  '9:2 property.declaration "tags"',
  '9:7 operator "="',
  '10:4 property "Name"',
  '10:10 operator "="',
  '10:12 function "upper"',
  '10:18 variable.defaultLibrary "local"',
  '10:24 property "name"',
  '11:4 string "\\"env\\""',
  '11:10 operator "="',
  '11:12 keyword "true"',
  '13:2 comment "/* two"',
  '14:0 comment "     lines */"',
  '15:2 keyword "dynamic"',
  '15:10 variable.declaration "\\"rule\\""',
  '16:4 property.declaration "for_each"',
  '16:13 operator "="',
  '16:16 keyword "for"',
  '16:20 parameter.declaration "k"',
  '16:23 parameter.declaration "v"',
  '16:25 keyword "in"',
  '16:28 variable.defaultLibrary "var"',
  '16:32 property "rules"',
  '16:38 operator ":"',
  '16:40 parameter "v"',
  '16:42 keyword "if"',
  '16:45 parameter "k"',
  '16:47 operator "!="',
  '16:50 string "\\"x\\""',
  '17:4 keyword "content"',
  '18:6 property.declaration "id"',
  '18:9 operator "="',
  '18:11 parameter "rule"',
  '18:16 property "value"',
  '18:22 property "id"',
  '21:2 property.declaration "policy"',
  '21:9 operator "="',
  '21:11 string "<<-EOT"',
  '22:0 string "    "',
  '22:4 operator "${"',
  '22:6 variable "aws_s3_bucket"',
  '22:20 property "other"',
  '22:26 property "arn"',
  '22:29 operator "}"',
  '22:30 string "/*"',
  '23:0 string "    "',
  '23:4 operator "%{"',
  '23:7 keyword "for"',
  '23:11 parameter.declaration "s"',
  '23:13 keyword "in"',
  '23:16 variable.defaultLibrary "var"',
  '23:20 property "list"',
  '23:25 operator "}"',
  '23:26 operator "${"',
  '23:28 parameter "s"',
  '23:29 operator "}"',
  '23:30 operator "%{"',
  '23:33 keyword "endfor"',
  '23:40 operator "}"',
  '24:2 string "EOT"',
  '27:0 comment "// line comment"',
  '28:0 keyword "output"',
  '28:7 variable.declaration "\\"arns\\""',
  '29:2 property.declaration "value"',
  '29:8 operator "="',
  '29:10 variable "aws_s3_bucket"',
  '29:24 property "logs"',
  '29:29 operator "*"',
  '29:32 property "arn"',
];

void describe('terraform semantic tokens', () => {
  void it('classifies every token of the sample exactly', () => {
    assert.deepEqual(show(SAMPLE, terraformSemanticTokens(SAMPLE)), EXPECTED);
  });

  void it('encodes relative to the previous token, with the legend indices', () => {
    const text = 'a = "x" # c\nb = 1\n';
    const tokens = terraformSemanticTokens(text);
    assert.deepEqual(show(text, tokens), ['0:0 property.declaration "a"', '0:2 operator "="', '0:4 string "\\"x\\""', '0:8 comment "# c"', '1:0 property.declaration "b"', '1:2 operator "="', '1:4 number "1"']);
    // property=4 declaration=bit 0; operator=9; string=6; comment=8; number=7.
    assert.deepEqual(encodeSemanticTokens(tokens), [0, 0, 1, 4, 1, 0, 2, 1, 9, 0, 0, 2, 3, 6, 0, 0, 4, 3, 8, 0, 1, 0, 1, 4, 1, 0, 2, 1, 9, 0, 0, 2, 1, 7, 0]);
  });

  void it('counts columns in UTF-16 units and splits CRLF lines like LF ones', () => {
    const text = 'x = "é😀" # ü\r\ny = true\r\n';
    assert.deepEqual(
      terraformSemanticTokens(text).map((t) => [t.line, t.character, t.length, t.type]),
      [[0, 0, 1, 'property'], [0, 2, 1, 'operator'], [0, 4, 5, 'string'], [0, 10, 3, 'comment'], [1, 0, 1, 'property'], [1, 2, 1, 'operator'], [1, 4, 4, 'keyword']],
    );
  });

});
