// SPDX-License-Identifier: Apache-2.0
// Evaluation in the editor: a finding decided by a variable's default points at the default
// (relatedInformation); `iacCompliance.defaults: unknown` turns that into "cannot verify"; a module call's
// finding follows unsaved edits of the called module, and edits of its variable defaults on disk
// (workspace/didChangeWatchedFiles) or in an open document.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { LspSession, fileUri } from './harness';
import { pinned, pinnedStart } from './expected';
import { dbInstance } from '../support/terraform-snippets';

const DB = (publicly: string): string =>
  dbInstance('this', { storage_encrypted: 'true', deletion_protection: 'true', backup_retention_period: '7', multi_az: 'true', publicly_accessible: publicly });
const VARIABLES = 'variable "public" {\n  type    = bool\n  default = true\n}\n';
/**
 * A module whose instance is public only when both inputs are: the call sets `public`, the module's
 * default of `allow_public` decides (alone, with both defaults false, the module reports nothing).
 */
const VARIABLES2 = (allow: boolean): string =>
  `variable "public" {\n  type    = bool\n  default = false\n}\nvariable "allow_public" {\n  type    = bool\n  default = ${allow}\n}\n`;
const CALL2 = 'module "db" {\n  source = "../modules/db2"\n  public = true\n}\n';

function rds(d: Diagnostic[]): Diagnostic[] {
  return d.filter((x) => x.code === 'AWS-RDS-002');
}

void describe('evaluation in the editor', () => {
  let s: LspSession;
  let dir: string;
  before(async () => {
    s = await LspSession.start(pinnedStart());
    dir = mkdtempSync(join(tmpdir(), 'iac-lsp-eval-'));
    mkdirSync(join(dir, 'modules', 'db'), { recursive: true });
    mkdirSync(join(dir, 'env'));
    mkdirSync(join(dir, 'modules', 'db2'), { recursive: true });
    mkdirSync(join(dir, 'env2'));
    writeFileSync(join(dir, 'modules', 'db2', 'variables.tf'), VARIABLES2(false));
    writeFileSync(join(dir, 'modules', 'db2', 'main.tf'), DB('var.public && var.allow_public'));
    writeFileSync(join(dir, 'env2', 'main.tf'), CALL2);
    writeFileSync(join(dir, 'modules', 'db', 'variables.tf'), VARIABLES.replace('default = true', 'default = false'));
    writeFileSync(join(dir, 'modules', 'db', 'main.tf'), DB('false'));
    writeFileSync(join(dir, 'env', 'main.tf'), 'module "db" {\n  source = "../modules/db"\n  public = true\n}\n');
    writeFileSync(join(dir, 'variables.tf'), VARIABLES);
    writeFileSync(join(dir, 'main.tf'), DB('var.public'));
  });
  after(async () => {
    await s.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  void it('a finding decided by a default links to the default', async () => {
    const uri = fileUri(join(dir, 'main.tf'));
    const [d] = rds(await s.diagnosticsAt(uri, s.open(uri, DB('var.public'))));
    assert.ok(d, 'the default makes the instance public');
    assert.match(d.message, /with the default value of var\.public \(true\)/);
    assert.deepEqual(d.relatedInformation, [
      { location: { uri: fileUri(join(dir, 'variables.tf')), range: { start: { line: 2, character: 12 }, end: { line: 2, character: 16 } } }, message: 'the default value of var.public (true)' },
    ]);
  });

  void it('defaults: unknown makes it "cannot verify"; assume brings the finding back', async () => {
    const uri = fileUri(join(dir, 'main.tf'));
    s.changeConfiguration(pinned({ defaults: 'unknown' }));
    await s.waitForDiagnostics(uri, (d) => rds(d).length === 1 && rds(d)[0]!.severity === 3 && /Cannot verify/.test(rds(d)[0]!.message));
    s.changeConfiguration(pinned({}));
    await s.waitForDiagnostics(uri, (d) => rds(d).length === 1 && rds(d)[0]!.severity === 1);
  });

  void it("a module call's finding follows unsaved edits of the module it calls", async () => {
    const env = fileUri(join(dir, 'env', 'main.tf'));
    const mod = fileUri(join(dir, 'modules', 'db', 'main.tf'));
    assert.deepEqual(rds(await s.diagnosticsAt(env, s.open(env, 'module "db" {\n  source = "../modules/db"\n  public = true\n}\n'))), [], 'the module ignores the argument');
    s.open(mod, DB('var.public'));
    const d = await s.waitForDiagnostics(env, (x) => rds(x).length === 1);
    assert.equal(rds(d)[0]!.range.start.line, 2, 'on the argument');
    assert.match(rds(d)[0]!.message, /^module\.db → aws_db_instance\.this: /);
  });

  void it("a module call's finding follows its variable's default changed on disk, then in an open document", async () => {
    const env = fileUri(join(dir, 'env2', 'main.tf'));
    const varsPath = join(dir, 'modules', 'db2', 'variables.tf');
    const vars = fileUri(varsPath);
    // allow_public defaults to false: the instance stays private whatever the call passes.
    assert.deepEqual(rds(await s.diagnosticsAt(env, s.open(env, CALL2))), [], 'private by default');
    // The default turns true on disk: the caller's diagnostics are recomputed without any edit of its own.
    writeFileSync(varsPath, VARIABLES2(true));
    let mark = s.mark();
    s.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: vars, type: 2 }] });
    const d = await s.waitForDiagnostics(env, (x) => rds(x).length === 1, { since: mark });
    assert.match(rds(d)[0]!.message, /^module\.db → aws_db_instance\.this: /);
    assert.equal(rds(d)[0]!.range.start.line, 2, 'on the argument that made it public');
    // Opened and set back to false without saving: the open text wins over the disk.
    s.open(vars, VARIABLES2(true));
    mark = s.mark();
    s.replace(vars, VARIABLES2(false));
    await s.waitForDiagnostics(env, (x) => rds(x).length === 0, { since: mark });
    // Closed without saving: the disk (true) counts again.
    mark = s.mark();
    s.close(vars);
    await s.waitForDiagnostics(env, (x) => rds(x).length === 1, { since: mark });
  });
});
