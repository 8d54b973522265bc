// SPDX-License-Identifier: Apache-2.0
// The workspace listing: which files a scan reads, each once however many links lead to it. The walk takes
// an entry's kind from its folder's listing and looks up only links, and a file that is no link is taken to
// be where its folder really is: these tests hold it to the answers of a lookup of every path.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { listWorkspaceFiles } from '../../../server/src/service/workspace-files';
import type { WalkProblem } from '../../../server/src/service/workspace-files';

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'iac-list-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function listed(root: string, problems?: WalkProblem[]): string[] {
  return listWorkspaceFiles(root, [], problems).map((p) => relative(root, p).split(sep).join('/'));
}

void describe('listWorkspaceFiles', () => {
  void it('lists candidates in name order, folders included, and skips other files and excluded folders', () => {
    const root = workspace({ 'b.tf': '', 'a/main.tf': '', 'a/README.md': '', 'a/t.yaml': '', 'node_modules/m/main.tf': '', 'z.tfvars': '', 'LICENSE': '' });
    try {
      assert.deepEqual(listed(root), ['a/main.tf', 'a/t.yaml', 'b.tf', 'z.tfvars']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  void it('lists a file reached by a link and by its own path once, at the path the walk meets first', { skip: process.platform === 'win32' }, () => {
    const root = workspace({ 'b/main.tf': '', 'c/other.tf': '' });
    try {
      symlinkSync(join('..', 'b', 'main.tf'), join(root, 'c', 'link.tf'));
      mkdirSync(join(root, 'a'));
      symlinkSync(join('..', 'b', 'main.tf'), join(root, 'a', 'first.tf'));
      assert.deepEqual(listed(root), ['a/first.tf', 'c/other.tf']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  void it('follows a linked folder once, and lists a file seen through it and directly once', { skip: process.platform === 'win32' }, () => {
    const outside = workspace({ 'mod/main.tf': '', 'mod/vars.tf': '' });
    const root = workspace({ 'x/main.tf': '' });
    try {
      symlinkSync(join(outside, 'mod'), join(root, 'linked'));
      symlinkSync(join(outside, 'mod'), join(root, 'twice'));
      const problems: WalkProblem[] = [];
      assert.deepEqual(listed(root, problems), ['linked/main.tf', 'linked/vars.tf', 'x/main.tf']);
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.match(problems[0]!.message, /already scanned/);
      // A link to a file inside the linked folder: the same file again.
      symlinkSync(join(outside, 'mod', 'vars.tf'), join(root, 'x', 'vars-link.tf'));
      assert.deepEqual(listed(root), ['linked/main.tf', 'linked/vars.tf', 'x/main.tf']);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  void it('skips a broken link and lists a linked file whose name is a candidate', { skip: process.platform === 'win32' }, () => {
    const root = workspace({ 'data/template.txt': 'Resources: {}\n', 'main.tf': '' });
    try {
      symlinkSync(join(root, 'nowhere.tf'), join(root, 'broken.tf'));
      symlinkSync(join(root, 'data', 'template.txt'), join(root, 'stack.yaml'));
      assert.deepEqual(listed(root), ['main.tf', 'stack.yaml']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
