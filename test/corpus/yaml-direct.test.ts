// SPDX-License-Identifier: Apache-2.0
// The direct YAML reader (server/src/parsers/cfn/yamlDirect.ts) over every YAML file of the corpus: it
// reads almost all of them, each exactly as the `yaml` library's reading does (tree and diagnostics,
// property for property), with LF and with CRLF line breaks; and so it does for damaged copies (a seeded piece inserted, cut or re-indented)
// whenever it reads them rather than leaving them to the library.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { corpusFiles } from '../support/corpus';
import { parseYamlByLibrary } from '../../server/src/parsers/cfn/parseYaml';
import { readYamlDirect } from '../../server/src/parsers/cfn/yamlDirect';

const files = corpusFiles(/\.(ya?ml|template)$/i).map(({ path, rel }) => ({ path, rel, text: readFileSync(path, 'utf8') }));

void test('corpus YAML: read directly as the library reads it, for almost every file', () => {
  let direct = 0;
  for (const { path, text } of files) {
    const result = readYamlDirect(text);
    if (!result) continue;
    direct++;
    if (!isDeepStrictEqual(result, parseYamlByLibrary(text))) assert.deepStrictEqual(result, parseYamlByLibrary(text), path);
  }
  assert.ok(files.length > 250, `${files.length} files`);
  // Left to the library: document markers, tab indentation, CRLF line ends, a few other shapes.
  assert.ok(direct >= files.length * 0.9, `${direct} of ${files.length} read directly`);
});

void test('corpus YAML with CRLF line breaks (as saved on Windows): read directly as the library reads it', () => {
  let direct = 0;
  for (const { path, text } of files) {
    const crlf = text.replace(/\r?\n/g, '\r\n');
    const result = readYamlDirect(crlf);
    if (!result) continue;
    direct++;
    if (!isDeepStrictEqual(result, parseYamlByLibrary(crlf))) assert.deepStrictEqual(result, parseYamlByLibrary(crlf), path);
  }
  assert.ok(direct >= files.length * 0.9, `${direct} of ${files.length} read directly`);
});

void test('corpus YAML, damaged: whatever is read directly equals the library reading', () => {
  const pieces = [':', ' ', '-', '#', "'", '"', '[', ']', '{', '}', ',', '!', '|', '>', '\n', '  ', '\t', '&', '*', '?', '\\', 'x', '0', '.', '!Ref ', '- ', ': ', '!GetAZs', '\n  ', '\n- '];
  let cases = 0;
  let direct = 0;
  for (const { path, rel, text } of files) {
    if (!readYamlDirect(text)) continue;
    let seed = [...rel].reduce((h, c) => (h * 31 + c.charCodeAt(0)) & 0x7fffffff, 7);
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let k = 0; k < 6; k++) {
      const lines = text.split('\n');
      const at = random(text.length + 1);
      let damaged: string;
      switch (random(5)) {
        case 0:
          damaged = text.slice(0, at);
          break;
        case 1: {
          const i = random(lines.length);
          lines.splice(i, 1);
          damaged = lines.join('\n');
          break;
        }
        case 2: {
          const i = random(lines.length);
          lines[i] = random(2) === 0 ? ` ${lines[i]}` : lines[i]!.replace(/^ {1,2}/, '');
          damaged = lines.join('\n');
          break;
        }
        case 3:
          damaged = text.slice(0, at) + text.slice(at + 1 + random(3));
          break;
        default:
          damaged = text.slice(0, at) + pieces[random(pieces.length)]! + text.slice(at);
      }
      cases++;
      const result = readYamlDirect(damaged);
      if (!result) continue;
      direct++;
      if (!isDeepStrictEqual(result, parseYamlByLibrary(damaged))) assert.deepStrictEqual(result, parseYamlByLibrary(damaged), `${path}, damaged copy ${k}`);
    }
  }
  assert.ok(direct > cases / 3, `${direct} of ${cases} damaged copies read directly`);
});
