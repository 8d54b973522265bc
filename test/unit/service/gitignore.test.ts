// SPDX-License-Identifier: Apache-2.0
// .gitignore patterns, and the workspace listing honouring .gitignore files at the root and below.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { isIgnored, parseGitignore } from '../../../server/src/service/gitignore';
import { listWorkspaceFiles } from '../../../server/src/service/workspace-files';

void describe('.gitignore', () => {
  const rules = parseGitignore(['# generated', 'gen/', '*.auto.tf', '/top.tf', 'deep/**/x.tf', '!keep.auto.tf', 'a?c.tf', 'n[0-9].tf', ''].join('\n'), '');
  const cases: [string, boolean, boolean][] = [
    ['gen', true, true],
    ['sub/gen', true, true],
    ['gen', false, false], // a file named gen: `gen/` is for folders only
    ['x.auto.tf', false, true],
    ['sub/x.auto.tf', false, true],
    ['keep.auto.tf', false, false], // negated afterwards
    ['top.tf', false, true],
    ['sub/top.tf', false, false], // anchored to the root
    ['deep/x.tf', false, true],
    ['deep/a/b/x.tf', false, true],
    ['abc.tf', false, true],
    ['abbc.tf', false, false],
    ['n7.tf', false, true],
    ['nx.tf', false, false],
    ['main.tf', false, false],
  ];
  for (const [path, isDir, expected] of cases) {
    void it(`${path}${isDir ? '/' : ''} ${expected ? 'is' : 'is not'} ignored`, () => assert.equal(isIgnored(rules, path, isDir), expected));
  }
  void it('a nested .gitignore applies below its folder only', () => {
    const nested = parseGitignore('*.tf\n', 'mod');
    assert.equal(isIgnored(nested, 'mod/a.tf', false), true);
    assert.equal(isIgnored(nested, 'mod/sub/a.tf', false), true);
    assert.equal(isIgnored(nested, 'a.tf', false), false);
    assert.equal(isIgnored(nested, 'other/a.tf', false), false);
  });
  void it('an invalid line is skipped alone, as git does; the other lines apply', () => {
    const r = parseGitignore('[z-a]\n*.auto.tf\nn[!0-9].tf\n', '');
    assert.equal(isIgnored(r, 'x.auto.tf', false), true);
    assert.equal(isIgnored(r, 'na.tf', false), true);
    assert.equal(isIgnored(r, 'n1.tf', false), false);
    assert.equal(isIgnored(r, 'z', false), false);
  });
  void it('lone CR line breaks separate lines; escaped trailing spaces are kept', () => {
    const r = parseGitignore('a.tf\rb.tf\r\nc\\ \n', '');
    assert.deepEqual(['a.tf', 'b.tf', 'c ', 'c'].map((p) => isIgnored(r, p, false)), [true, true, true, false]);
  });
  void it('star-heavy lines match in linear time', { timeout: 5000 }, () => {
    const r = parseGitignore(`${'*a'.repeat(30)}*b\nx/${'**/'.repeat(30)}Q\n`, '');
    assert.equal(isIgnored(r, 'a'.repeat(3000), false), false);
    assert.equal(isIgnored(r, `x/${'a/'.repeat(1000)}b`, false), false);
    assert.equal(isIgnored(r, `x/${'a/'.repeat(1000)}Q`, false), true);
  });
  void it('the workspace listing honours them', () => {
    const root = mkdtempSync(join(tmpdir(), 'iac-gitignore-'));
    try {
      const files: Record<string, string> = {
        '.gitignore': 'generated/\n*.auto.tf\n',
        'main.tf': '',
        'x.auto.tf': '',
        'generated/g.tf': '',
        'mod/.gitignore': 'local.tf\n',
        'mod/local.tf': '',
        'mod/main.tf': '',
        'other/local.tf': '',
      };
      for (const [rel, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, rel)), { recursive: true });
        writeFileSync(join(root, rel), text);
      }
      const listed = listWorkspaceFiles(root).map((p) => relative(root, p).split(sep).join('/'));
      assert.deepEqual(listed, ['main.tf', 'mod/main.tf', 'other/local.tf']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
