// SPDX-License-Identifier: Apache-2.0
// Evidence by name for resources of a workspace module instantiated by a module call (issue 11): listed by
// their full address (module.db.aws_db_instance.this) at the call's file:line, with the status the call's
// arguments give them; the module's own files keep their own evidence (judged with the module's defaults).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ALL_RULES } from '../../rules';
import { scan } from '../../server/src/report/scan-result';
import { buildComplianceReport } from '../../server/src/report/compliance';

const MODULE = `variable "public" {
  type    = bool
  default = false
}

variable "encrypted" {
  type    = bool
  default = false
}

resource "aws_db_instance" "this" {
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  publicly_accessible         = var.public
  storage_encrypted           = var.encrypted
}
`;

const ROOT = `provider "aws" {
  region = "eu-west-1"
}

module "db" {
  source    = "./modules/db"
  public    = true
  encrypted = true
}
`;

function evidence(files: Record<string, string>, control: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'iac-modev-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const report = buildComplianceReport(scan([dir], ALL_RULES), ALL_RULES, ['cis-aws-5.0.0']);
  const c = report.frameworks.find((f) => f.view === 'all')!.controls.find((x) => x.id === control)!;
  return c.evidence.map((e) => `${e.status} ${e.resource} ${e.file}:${e.line} ${e.ruleId}`);
}

void describe('evidence of resources in called modules', () => {
  const files = { 'main.tf': ROOT, 'modules/db/main.tf': MODULE };

  void it('a violation the call causes: the instance fails at the call, the module alone passes', () => {
    assert.deepEqual(evidence(files, '2.2.3'), ['fail module.db.aws_db_instance.this main.tf:5 AWS-RDS-002', 'pass aws_db_instance.this modules/db/main.tf:11 AWS-RDS-002']);
  });

  void it('a default the call overrides: the instance passes, the module alone fails', () => {
    assert.deepEqual(evidence(files, '2.2.1'), ['pass module.db.aws_db_instance.this main.tf:5 AWS-RDS-001', 'fail aws_db_instance.this modules/db/main.tf:11 AWS-RDS-001']);
  });

  void it("the module's own finding (not from an argument) holds for the instance too", () => {
    assert.deepEqual(evidence(files, '2.2.4'), ['fail module.db.aws_db_instance.this main.tf:5 AWS-RDS-004', 'fail aws_db_instance.this modules/db/main.tf:11 AWS-RDS-004']);
  });

  void it('every instance of a call with count, by its key', () => {
    const counted = { 'main.tf': ROOT.replace('source    = "./modules/db"', 'source    = "./modules/db"\n  count     = 2'), 'modules/db/main.tf': MODULE };
    assert.deepEqual(evidence(counted, '2.2.3'), [
      'fail module.db[0].aws_db_instance.this main.tf:5 AWS-RDS-002',
      'fail module.db[1].aws_db_instance.this main.tf:5 AWS-RDS-002',
      'pass aws_db_instance.this modules/db/main.tf:11 AWS-RDS-002',
    ]);
  });
});
