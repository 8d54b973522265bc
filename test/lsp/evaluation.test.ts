// SPDX-License-Identifier: Apache-2.0
// Evaluation in the editor: a finding decided by a variable's default points at the default
// (relatedInformation); `iacCompliance.defaults: unknown` turns that into "cannot verify"; a module call's
// finding follows unsaved edits of the called module.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { LspSession, fileUri } from './harness';
import { pinned, pinnedStart } from './expected';

const DB = (publicly: string): string => `resource "aws_db_instance" "this" {
  identifier                  = "db"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = true
  backup_retention_period     = 7
  multi_az                    = true
  publicly_accessible         = ${publicly}
}
`;
const VARIABLES = 'variable "public" {\n  type    = bool\n  default = true\n}\n';

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
});
