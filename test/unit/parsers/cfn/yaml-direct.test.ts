// SPDX-License-Identifier: Apache-2.0
// The direct YAML reader (server/src/parsers/cfn/yamlDirect.ts) against the `yaml` library's reading
// (parseYamlByLibrary): what it reads must be the same tree and diagnostics, exactly (positions, values,
// styles, tags, property for property); what it does not read it must leave to the library (null).
// Hand-written cases for each construct, then seeded random documents built from them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { parseYaml, parseYamlByLibrary } from '../../../../server/src/parsers/cfn/parseYaml';
import { readYamlDirect } from '../../../../server/src/parsers/cfn/yamlDirect';

/** Read directly, and the same as the library's reading. */
function same(text: string): void {
  const direct = readYamlDirect(text);
  assert.ok(direct, `not read directly: ${JSON.stringify(text)}`);
  assert.deepStrictEqual(direct, parseYamlByLibrary(text), JSON.stringify(text));
  assert.deepStrictEqual(parseYaml(text), direct);
}

/** Left to the library. */
function library(text: string): void {
  assert.equal(readYamlDirect(text), null, JSON.stringify(text));
}

describe('direct YAML reading: the same tree as the library', () => {
  it('block mappings and sequences, compact forms, empty values', () => {
    same('a: 1\nb: x\n');
    same('A:\n  B:\n    C: d\n  E: f\nG: h\n');
    same('a:\n- x\n- y\nb: z\n');
    same('a:\n  - x\n  -   y\n');
    same('- a: 1\n  b: 2\n- c\n- - d\n  - e\n');
    same('a:\nb: 1\n');
    same('a:   # comment\n\nb: x\n');
    same('a:\n- \n- x\n');
    same('a:\n  -\n    b: c\n');
    same('# head\n\na: 1 # one\n  # indented comment\nb: 2\n# tail');
    same('a: 1\na: 2\nb: {c: 1, c: 2}\n');
    same('  a: 1\n  b: 2\n');
  });

  it('a value on the line under its key, its item or its tag', () => {
    same('a:\n  !Ref X\nb:\n  "q"\nc:\n  |\n   x\nd:\n  plain # c\ne:\n  # comment\n  [x, y]\n');
    same('-\n  x\n-\n  !GetAtt A.B\n- k:\n    v\n');
    same('a: !Sub\n  "${X}-y"\nb: !If\n  [C, x, y]\nc: !Foo\n  z\n');
  });

  it('CRLF line breaks, a leading document marker', () => {
    same('a: 1\r\nb:\r\n  - x # c\r\n  - [y,\r\n    z]\r\nc: |\r\n  l1\r\n\r\n  l2\r\nd: >-\r\n  f1\r\n  f2\r\ne:\r\n');
    same('---\na: 1\n');
    same('# head\n--- # doc\r\na: !Ref X\r\n');
  });

  it('plain scalars resolved by the YAML 1.2 core schema, keys as written', () => {
    same('a: 80\nb: -1\nc: +1\nd: 0o17\ne: 0x1F\nf: 1e3\ng: 1.5\nh: .5\ni: .inf\nj: -.Inf\nk: .nan\n');
    same('a: null\nb: Null\nc: ~\nd: true\ne: False\nf: TRUE\ng: yes\nh: 2010-09-09\ni: 007\nj: -0\nk: 1_000\n');
    same('80: a\ntrue: b\nnull: c\n~: d\n1.50: e\nKey : f\na b: g\nx:y: h\n');
    same('a: http://x/y?z=1#frag\nb: a#b\nc: -x\nd: ?x\ne: :x\nf: ü € 😀\ng: a b  \n');
  });

  it('quoted scalars on one line, with the common escapes', () => {
    same(`a: 'it''s'\nb: "say \\"hi\\""\nc: "\\n\\t\\\\\\/ \\u00e9\\x41"\nd: ''\ne: ""\n'q k': 1\n"d k": 2\n`);
    same(`a: "${'x'.repeat(5000)}"\n`);
  });

  it('flow collections, nested and across lines', () => {
    same('a: [x, 1, "q", [y, {b: c}]]\nb: {c: 1, d: [2, 3]}\nc: []\nd: {}\ne: [a, b, ]\n');
    same('a: [x,\n  y,   # comment\n  z]\nb: {\n  c: d\n  }\n');
    same('a: { "Fn::GetAtt": [A, B] }\nb: {Ref: X}\nc: {Condition: C}\nd: {Condition: [1]}\n');
  });

  it('literal and folded block scalars with their chomping', () => {
    same('a: |\n  x\n  y\n\nb: 1\n');
    same('a: |-\n  x\n\n\nb: 1\n');
    same('a: |+\n  x\n\n\nb: 1\n');
    same('a: >\n  x\n  y\n\n  z\n');
    same('a: >-\n  x\n  y\nb: >+\n  z\n\n');
    same('a: |\n\n  x\n    indented\n  #not a comment\n');
    same('- |\n  x\n- >\n  y\n');
    same('a: | # comment\n  x\n');
    // YAML 1.2's example 8.10: more-indented lines keep their line breaks in a folded scalar.
    same('a: >\n\n folded\n line\n\n next\n line\n   * bullet\n\n   * list\n   * lines\n\n last\n line\n');
    same('a: >-\n  x\n  \ttabbed\n  y\n\n\n  z\n');
  });

  it("CloudFormation's short tags, foreign tags kept, empty arguments", () => {
    same('a: !Ref X\nb: !GetAtt A.B.C\nc: !Sub "a${X}"\nd: !Sub |\n  #!/bin/bash\n  echo ${X}\n');
    same('a: !If\n  - C\n  - !Ref A\n  - !GetAtt B.Arn\nb: !Join\n  - ""\n  - - x\n    - !Ref Y\n');
    same('a: !If [C, !Ref A, !GetAtt B.Arn]\nb: !Select [0, !GetAZs ""]\n');
    same('a: !GetAZs\nb: !GetAZs   # region\nc:\n  - !GetAZs\n  - x\n');
    same('a: !Ref\nb: !Sub\n');
    same('a: !Rain::Embed x.py\nb: !Foo 80\nc: !Bar "q"\n');
    same('a: !Rain::S3\n  Path: x\n  Zip: true\nb: !Foo [x, 1]\nc: !Foo {d: e}\nf: !Foo |\n  g\nh:\n  - !Foo\n    - i\n');
    same('a: !Foo\n  Fn::GetAtt: [A, B]\nb: !Foo { Ref: X }\n');
    same('a: !Equals [!Ref A, "b"]\nb: !FindInMap [M, !Ref "AWS::Region", K]\n');
    // A tag's name in a comment before it (parseYaml's findTag skips comments, and so does the check here).
    same('a:\n  - x # !Ref\n  - !Ref X\nb: # see !If docs\n  !If [C, x, y]\n');
  });
});

describe('direct YAML reading: left to the library', () => {
  it('anchors, aliases, other tags, markers and directives', () => {
    library('a: &x 1\nb: *x\n');
    library('a: !!str 1\n');
    library('a: 1\n---\nb: 2\n');
    library('--- a: 1\n');
    library('---\n---\na: 1\n');
    library('%YAML 1.2\n---\na: 1\n');
    library('a: !Foo\nb: c\n');
    library('a: !Ref{x}\n');
  });

  it('multi-line scalars, indentation indicators, tabs, carriage returns, byte order marks', () => {
    library('a: x\n  y\n');
    library('a:\n  x\n  y\n');
    library('a: "x\n  y"\n');
    library('a: [x\n  y]\n');
    library('a: |2\n   x\n');
    library('a:\tx\n');
    library('a: 1\rb: 2\r');
    library('a: "x\r\n  y"\r\n');
    library('\ufeffa: 1\n');
    library('a: |\n  x');
  });

  it('syntax problems', () => {
    library('a: b: c\n');
    library('a: 1\n  b: 2\n');
    library('a:\n  - x\n b: y\n');
    library('a: [x, y\n');
    library('a: "x\n');
    library('- x\na: 1\n');
    library('a: @x\n');
    library('');
    library('just a scalar\n');
    library('a: "\\q"\n');
    library('a: "x"#c\n');
    library('a: [x]y\n');
  });
});

describe('direct YAML reading: random documents', () => {
  it('every document read directly equals the library reading (seeded)', () => {
    let seed = 20261207;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const pick = <T>(all: readonly T[]): T => all[random(all.length)]!;
    const scalars = ['!Foo [a, 1]', '!Foo {a: 1}', 'a', 'foo bar', '80', '-1', '0o17', '0x1F', '1e3', '.inf', 'null', '~', 'true', 'False', 'yes', '2010-09-09', 'x:y', 'a#b', "'q'", "'it''s'", '"d"', '"e\\"s\\n"', "''", '[a, b]', '[a, [b, {c: d}]]', '{a: 1, b: [2]}', '[]', '{}', '!Ref X', '!GetAtt A.B', '!Sub "${X}"', '!If [C, a, !Ref B]', '!GetAZs', '!Foo x', '{ "Fn::GetAtt": [A, B] }', '{Ref: X}', 'a b ', 'ü'];
    const keys = ['Key', 'a', 'b', '"q k"', "'s k'", '80', 'true', 'Fn::If', 'Ref', 'Condition', 'a b', 'x:y', 'Key '];
    const block = (indent: number, depth: number): string => {
      const pad = ' '.repeat(indent);
      const out: string[] = [];
      const count = 1 + random(3);
      if (depth > 2 || random(2) === 0) {
        for (let i = 0; i < count; i++) {
          const k = pick(keys);
          const kind = depth > 2 ? 3 : random(4);
          if (kind === 0 && random(4) === 0) out.push(`${pad}${k}:${pick(['', ' # c'])}\n${pad}${pick([' ', '  ', '    '])}${pick(scalars)}`);
          else if (kind === 0) out.push(`${pad}${k}:${pick(['', ' # c'])}\n${block(indent + pick([0, 1, 2, 4]), depth + 1)}`);
          else if (kind === 1) out.push(`${pad}${k}: ${pick(['|', '|-', '|+', '>', '>-', '!Sub |'])}\n${pad}  one\n${pick(['', '\n', `${pad}  two\n`])}${pad}  end${pick(['', '\n'])}`);
          else if (kind === 2) out.push(`${pad}${k}: ${pick(['!If', '!Join', '!Sub', '!Rain::S3'])}\n${block(indent + 2, depth + 1)}`);
          else out.push(`${pad}${k}: ${pick(scalars)}${pick(['', ' # c'])}`);
          if (random(6) === 0) out.push(pick(['', `${pad}# comment`]));
        }
      } else {
        for (let i = 0; i < count; i++) {
          const kind = random(4);
          if (kind === 0) out.push(`${pad}-\n${block(indent + 2, depth + 1)}`);
          else if (kind === 1) out.push(`${pad}- ${pick(keys)}: ${pick(scalars)}\n${pad}  ${pick(keys)}: ${pick(scalars)}`);
          else if (kind === 2) out.push(`${pad}- - ${pick(scalars)}\n${pad}  - ${pick(scalars)}`);
          else out.push(`${pad}- ${pick(scalars)}`);
        }
      }
      return out.join('\n');
    };
    // Each document as built, then damaged by one inserted, deleted or re-indented piece.
    const pieces = [':', ' ', '-', '#', "'", '"', '[', ']', '{', '}', ',', '!', '|', '>', '\n', '  ', '\t', '&', '*', '\\', 'x', '!Ref ', '- ', ': ', '\n  ', '\n- '];
    const damaged = (text: string): string => {
      const at = random(text.length + 1);
      const kind = random(3);
      if (kind === 0) return text.slice(0, at) + pick(pieces) + text.slice(at);
      if (kind === 1) return text.slice(0, at) + text.slice(at + 1 + random(3));
      return text.slice(0, at);
    };
    let read = 0;
    let readDamaged = 0;
    for (let i = 0; i < 1500; i++) {
      const text = block(0, 0) + pick(['', '\n']);
      for (const variant of [text, damaged(text), damaged(text.replace(/\n/g, '\r\n'))]) {
        const direct = readYamlDirect(variant);
        if (!direct) continue;
        if (variant === text) read++;
        else readDamaged++;
        if (!isDeepStrictEqual(direct, parseYamlByLibrary(variant))) assert.deepStrictEqual(direct, parseYamlByLibrary(variant), JSON.stringify(variant));
      }
    }
    assert.ok(read >= 1400, `${read} of 1500 read directly`);
    // Many damages leave valid YAML of the shape read directly (a changed value, a cut at a line end).
    assert.ok(readDamaged >= 600, `${readDamaged} of 3000 damaged documents read directly`);
  });
});
