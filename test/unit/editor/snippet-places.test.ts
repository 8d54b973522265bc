// SPDX-License-Identifier: Apache-2.0
// Where the server offers snippets (issue 14, item 3): at the top level of a .tf file and directly under
// a template's Resources, never inside a block, an expression, a string, a heredoc or a comment. The cursor
// is written `|` in each case.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expandSnippet, SNIPPETS, snippetPlace } from '../../../server/src/editor/snippets';
import type { SnippetPlace } from '../../../server/src/editor/snippets';
import { analyzeText } from '../../support/fixture-runner';

function at(path: string, withCursor: string): SnippetPlace | null {
  const offset = withCursor.indexOf('|');
  return snippetPlace(path, withCursor.replace('|', ''), offset);
}

/** The text with the snippet (placeholders at their defaults) inserted where it is offered. */
function insert(path: string, withCursor: string, body: string): string {
  const place = at(path, withCursor)!;
  const text = withCursor.replace('|', '');
  const indent = /[ \t]*$/.exec(text.slice(0, place.start))![0];
  const snippet = expandSnippet(body).split('\n').join(`\n${indent}`);
  let out = text.slice(0, place.start) + place.before + snippet + place.after + text.slice(place.end);
  if (place.commaAt !== null) out = out.slice(0, place.commaAt) + ',' + out.slice(place.commaAt);
  return out;
}

const TF = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n';

void describe('snippet places: terraform', () => {
  void it('offered at the top level, replacing the word typed so far', () => {
    assert.deepEqual(at('/w/main.tf', '|'), { language: 'terraform', start: 0, end: 0, before: '', after: '', commaAt: null });
    const p = at('/w/main.tf', `${TF}\niac-s3|`)!;
    assert.deepEqual([p.language, p.start, p.end], ['terraform', TF.length + 1, TF.length + 7]);
    assert.ok(at('/w/main.tf', `${TF}\n|\n${TF}`), 'between two blocks');
  });
  void it('not inside a block, after an expression, in a string, heredoc or comment, or in other files', () => {
    const none: [string, string][] = [
      ['in a block', 'resource "aws_s3_bucket" "b" {\n  iac|\n}\n'],
      ['Enter after an expression in a block', 'resource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.logs.id\n  |\n}\n'],
      ['right after an expression', 'resource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.logs.id|\n}\n'],
      ['after an expression at the top level', 'x = aws_s3_bucket.logs.id|\n'],
      ['in an unclosed block being typed', 'resource "aws_s3_bucket" "b" {\n\n|'],
      ['in a multi-line list', 'locals {\n  x = [\n|\n  ]\n}\n'],
      ['in a line comment', '# iac|\n'],
      ['in an open block comment', '/* notes\n|\n'],
      ['in a heredoc', 'locals {\n  p = <<EOT\n|\nEOT\n}\n'],
      ['before text on the line', '|resource "aws_s3_bucket" "b" {}\n'],
    ];
    for (const [what, text] of none) assert.equal(at('/w/main.tf', text), null, what);
    assert.equal(at('/w/terraform.tfvars', '|'), null, '.tfvars');
    assert.equal(at('/w/main.tf.json', '|'), null, '.tf.json');
  });
});

const YAML = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n';

void describe('snippet places: cloudformation yaml', () => {
  void it('offered at the indentation of the resource names under Resources', () => {
    assert.deepEqual(at('/w/stack.yaml', `${YAML}  iac|\n`), { language: 'cloudformation-yaml', start: YAML.length + 2, end: YAML.length + 5, before: '', after: '', commaAt: null });
    assert.ok(at('/w/stack.yaml', 'Resources:\n  |'), 'an empty Resources section');
    assert.ok(at('/w/stack.yaml', `${YAML}\n  # a comment\n  |\nOutputs: {}\n`), 'after a blank line and a comment');
  });
  void it('not inside a resource, in another section or at the wrong indentation', () => {
    assert.equal(at('/w/stack.yaml', `${YAML}    |\n`), null, 'in the resource');
    assert.equal(at('/w/stack.yaml', `${YAML}    Properties:\n      |\n`), null, 'in its properties');
    assert.equal(at('/w/stack.yaml', 'Parameters:\n  |\n'), null, 'Parameters');
    assert.equal(at('/w/stack.yaml', `${YAML}Outputs:\n  |\n`), null, 'Outputs');
    assert.equal(at('/w/stack.yaml', `${YAML}|`), null, 'column 0');
  });
  void it('the inserted snippet parses as part of the template', () => {
    const text = insert('/w/stack.yaml', `${YAML}  |\n`, SNIPPETS['cloudformation-yaml'].find((s) => s.prefix === 'iac-kms-key')!.body);
    const a = analyzeText('/fixture/template.yaml', text);
    assert.deepEqual(a.syntax, []);
    assert.deepEqual(a.resources.map((r) => r.address).sort(), ['Key', 'Topic']);
  });
});

const JSON_TEMPLATE = (body: string): string => `{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n${body}\n  }\n}\n`;

void describe('snippet places: cloudformation json', () => {
  const key = SNIPPETS['cloudformation-json'].find((s) => s.prefix === 'iac-kms-key')!.body;
  const topic = '    "Topic": {"Type": "AWS::SNS::Topic"}';
  for (const [what, body] of [
    ['the only resource', '    iac|'],
    ['after a resource (a comma is added after it)', `${topic}\n    iac|`],
    ['before a resource (a comma is added after the snippet)', `    "iac|"\n${topic}`],
    ['between two resources', `${topic},\n    |\n${topic.replace('Topic', 'Other')}`],
  ] as const) {
    void it(`offered as ${what}, and the result parses`, () => {
      const text = insert('/w/stack.json', JSON_TEMPLATE(body), key);
      const a = analyzeText('/fixture/template.json', text);
      assert.deepEqual(a.syntax, [], text);
      assert.ok(a.resources.some((r) => r.address === 'Key'), text);
    });
  }
  void it('not inside a resource or another section', () => {
    assert.equal(at('/w/stack.json', JSON_TEMPLATE('    "Topic": {\n      |\n    }')), null, 'in a resource');
    assert.equal(at('/w/stack.json', '{\n  "Parameters": {\n    |\n  }\n}\n'), null, 'Parameters');
    assert.equal(at('/w/stack.json', '{\n  |\n}\n'), null, 'the root');
    assert.equal(at('/w/stack.json', JSON_TEMPLATE('    "Topic": |')), null, 'a value position');
  });
});
