// SPDX-License-Identifier: Apache-2.0
// Terraform evaluated as Terraform would: variables (defaults, var files, inputs, types), locals, instances,
// dynamic blocks and module calls, through the real analysis service on an in-memory workspace. Each case
// states the finding it expects, or the silence.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisService } from '../../../server/src/service/analysis';
import type { AnalyzedFinding, FileAnalysis } from '../../../server/src/service/analysis';
import type { EvaluationInputs } from '../../../server/src/core/inputs';
import { applyEdits } from '../../../server/src/fixes/text-edit';
import { ALL_RULES } from '../../../rules';
import { MemoryFs, TEST_TODAY } from '../../support/fixture-runner';
import { dbInstance } from '../../support/terraform-snippets';

function workspace(files: Record<string, string>, inputs?: EvaluationInputs): { service: AnalysisService; fs: MemoryFs } {
  const fs = new MemoryFs();
  for (const [p, t] of Object.entries(files)) fs.files.set(p, t);
  const service = new AnalysisService(inputs ? { fs, rules: ALL_RULES, today: TEST_TODAY, inputs } : { fs, rules: ALL_RULES, today: TEST_TODAY });
  return { service, fs };
}

function findings(a: FileAnalysis, ruleId: string): AnalyzedFinding[] {
  return a.findings.filter((f) => f.ruleId === ruleId);
}

function lineOf(a: FileAnalysis, f: AnalyzedFinding): number {
  return a.lines.lspPosition(f.ref.span.start).line + 1;
}

const RDS = (publicly: string, extra = ''): string => `resource "aws_db_instance" "db" {
  identifier                  = "db"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = ${publicly}
${extra}}
`;

void describe('terraform evaluation: variables', () => {
  void it('a default decides, and the finding names it and points at it', () => {
    const { service } = workspace({
      '/m/variables.tf': 'variable "public" {\n  type    = bool\n  default = true\n}\n',
      '/m/main.tf': RDS('var.public'),
    });
    const a = service.analyzeFile('/m/main.tf');
    const [f] = findings(a, 'AWS-RDS-002');
    assert.equal(f?.kind, 'violation');
    assert.match(f!.message, /with the default value of var\.public \(true\)\.$/);
    assert.equal(f!.via?.[0]?.kind, 'variable-default');
    assert.equal(f!.via?.[0]?.ref.file, '/m/variables.tf');
    assert.deepEqual(a.locate(f!.via![0]!.ref), { line: 2, character: 12 });
  });

  void it("the fix for a value from a default changes the default, so the variable keeps working", () => {
    const variables = 'variable "public" {\n  type    = bool\n  default = true\n}\n';
    const { service } = workspace({ '/m/variables.tf': variables, '/m/main.tf': RDS('var.public') });
    const [f] = findings(service.analyzeFile('/m/main.tf'), 'AWS-RDS-002');
    const edits = service.fixEdits(f!, f!.fixes[0]!.id);
    assert.deepEqual([...edits.keys()], ['/m/variables.tf']);
    assert.equal(applyEdits(variables, edits.get('/m/variables.tf')!), variables.replace('default = true', 'default = false'));
  });

  void it('with defaults turned off the same value is "cannot verify", naming the variable as data', () => {
    const { service } = workspace({ '/m/main.tf': 'variable "public" {\n  default = true\n}\n' + RDS('var.public') }, { defaults: 'unknown' });
    const [f] = findings(service.analyzeFile('/m/main.tf'), 'AWS-RDS-002');
    assert.equal(f?.kind, 'unverifiable');
    assert.deepEqual(f!.unknown, { kind: 'variable', name: 'public' });
  });

  void it('a variable without any value stays unknown', () => {
    const { service } = workspace({ '/m/main.tf': 'variable "public" {\n  type = bool\n}\n' + RDS('var.public') });
    const [f] = findings(service.analyzeFile('/m/main.tf'), 'AWS-RDS-002');
    assert.equal(f?.kind, 'unverifiable');
    assert.match(f!.message, /depends on var\.public\./);
  });

  void it('var files in Terraform order: terraform.tfvars < terraform.tfvars.json < *.auto.tfvars (by name) < given files < --var', () => {
    const files = {
      '/m/main.tf': 'variable "public" {\n  type    = bool\n  default = false\n}\n' + RDS('var.public'),
      '/m/terraform.tfvars': 'public = true\n',
    };
    let ws = workspace(files);
    let [f] = findings(ws.service.analyzeFile('/m/main.tf'), 'AWS-RDS-002');
    assert.match(f!.message, /var\.public = true from terraform\.tfvars/);
    ws = workspace({ ...files, '/m/terraform.tfvars.json': '{"public": "false"}' });
    assert.deepEqual(findings(ws.service.analyzeFile('/m/main.tf'), 'AWS-RDS-002'), []);
    ws = workspace({ ...files, '/m/terraform.tfvars.json': '{"public": false}', '/m/b.auto.tfvars': 'public = true\n', '/m/a.auto.tfvars': 'public = false\n' });
    [f] = findings(ws.service.analyzeFile('/m/main.tf'), 'AWS-RDS-002');
    assert.match(f!.message, /from b\.auto\.tfvars/);
    ws = workspace({ ...files, '/x/prod.tfvars': 'public = false\n' }, { defaults: 'assume', terraformVarFiles: ['/x/prod.tfvars'] });
    assert.deepEqual(findings(ws.service.analyzeFile('/m/main.tf'), 'AWS-RDS-002'), []);
    ws = workspace(files, { defaults: 'assume', terraformVars: new Map([['public', { value: false, ref: { file: '<command line>', span: { start: 0, end: 0 } }, origin: 'cli-var' }]]) });
    assert.deepEqual(findings(ws.service.analyzeFile('/m/main.tf'), 'AWS-RDS-002'), []);
  });

  void it('values convert to the declared type; optional() attributes take their defaults; nullable = false', () => {
    const { service } = workspace({
      '/m/main.tf': `variable "flag" {
  type    = bool
  default = "true"
}
variable "cfg" {
  type = object({
    public = optional(bool, true)
  })
  default = {}
}
module "inner" {
  source    = "./inner"
  encrypted = null
}
module "inner_nullable" {
  source    = "./inner_nullable"
  encrypted = null
}
resource "aws_db_instance" "a" {
  identifier                  = "a"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = var.flag
}
resource "aws_db_instance" "b" {
  identifier                  = "b"
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = var.cfg.public
}
`,
      // nullable = false: a null argument means "use the default" (true: encrypted).
      '/m/inner/main.tf': 'variable "encrypted" {\n  type     = bool\n  nullable = false\n  default  = true\n}\n' + RDS('false').replace('storage_encrypted           = true', 'storage_encrypted           = var.encrypted'),
      // nullable (the default): null is passed on, which leaves storage_encrypted unset (false).
      '/m/inner_nullable/main.tf': 'variable "encrypted" {\n  type    = bool\n  default = true\n}\n' + RDS('false').replace('storage_encrypted           = true', 'storage_encrypted           = var.encrypted'),
    });
    const a = service.analyzeFile('/m/main.tf');
    const fs = findings(a, 'AWS-RDS-002');
    assert.deepEqual(fs.map((f) => f.resource).sort(), ['aws_db_instance.a', 'aws_db_instance.b']);
    assert.deepEqual(findings(a, 'AWS-RDS-001').map((f) => f.resource), ['module.inner_nullable']);
    assert.match(fs.find((f) => f.resource === 'aws_db_instance.b')!.message, /var\.cfg\.public \(true\)/);
  });
});

void describe('terraform evaluation: locals, functions, limits', () => {
  void it('locals across files of the module, through functions', () => {
    const { service } = workspace({
      '/m/locals.tf': 'locals {\n  env    = lookup({ prod = "p" }, var.stage, "other")\n  public = local.env != "p"\n}\nvariable "stage" {\n  default = "dev"\n}\n',
      '/m/main.tf': RDS('try(local.public, false)'),
    });
    const [f] = findings(service.analyzeFile('/m/main.tf'), 'AWS-RDS-002');
    assert.equal(f?.kind, 'violation');
    assert.match(f!.message, /the default value of var\.stage \("dev"\)/);
  });

  void it('a cycle of locals is an unknown with the reason "cycle", not a hang', () => {
    const { service } = workspace({ '/m/main.tf': 'locals {\n  a = local.b\n  b = local.a\n}\n' + RDS('local.a') });
    const [f] = findings(service.analyzeFile('/m/main.tf'), 'AWS-RDS-002');
    assert.equal(f?.kind, 'unverifiable');
    assert.equal(f!.unknown?.kind, 'cycle');
  });

  void it('range(1e9) and huge for_each end in an explained limit, quickly', () => {
    const { service } = workspace({
      '/m/main.tf': `locals {
  big = range(1000000000)
}
resource "aws_db_instance" "many" {
  for_each                    = toset([for i in range(100000) : tostring(i)])
  identifier                  = each.key
  engine                      = "postgres"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = length(local.big) > 0
}
`,
    });
    const [f] = findings(service.analyzeFile('/m/main.tf'), 'AWS-RDS-002');
    assert.equal(f?.kind, 'unverifiable');
    assert.equal(f!.unknown?.kind, 'limit');
  });
});

void describe('terraform evaluation: instances and dynamic blocks', () => {
  void it('count = 0 means the resource does not exist; count from a default creates it', () => {
    const off = workspace({ '/m/main.tf': 'variable "create" {\n  default = false\n}\n' + RDS('true', '  count = var.create ? 1 : 0\n') });
    assert.deepEqual(findings(off.service.analyzeFile('/m/main.tf'), 'AWS-RDS-002'), []);
    const on = workspace({ '/m/main.tf': 'variable "create" {\n  default = true\n}\n' + RDS('true', '  count = var.create ? 1 : 0\n') });
    const [f] = findings(on.service.analyzeFile('/m/main.tf'), 'AWS-RDS-002');
    assert.equal(f?.resource, 'aws_db_instance.db', 'true for every instance: reported once, on the resource');
  });

  void it('a finding true for some instances only names them', () => {
    const { service } = workspace({ '/m/main.tf': RDS('each.value', '  for_each = { a = true, b = false }\n') });
    const fs = findings(service.analyzeFile('/m/main.tf'), 'AWS-RDS-002');
    assert.deepEqual(fs.map((f) => f.resource), ['aws_db_instance.db["a"]']);
    assert.match(fs[0]!.message, /^aws_db_instance\.db\["a"\]: /);
  });

  void it('an unknown condition on count: judged for every instance it may create, saying what decides it', () => {
    const { service } = workspace({ '/m/main.tf': 'variable "create" {\n  type = bool\n}\n' + RDS('true', '  count = var.create ? 1 : 0\n') });
    const [f] = findings(service.analyzeFile('/m/main.tf'), 'AWS-RDS-002');
    assert.equal(f?.kind, 'violation');
    assert.match(f!.message, /\(if the resource is created, which depends on var\.create\)\.$/);
  });

  void it('dynamic blocks expand when for_each is known; an unknown one is "maybe present", never "missing"', () => {
    const sg = (forEach: string): string => `resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-1"
  dynamic "ingress" {
    for_each = ${forEach}
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
`;
    const known = workspace({ '/m/main.tf': sg('[443, 22]') });
    const fs = findings(known.service.analyzeFile('/m/main.tf'), 'AWS-EC2-001');
    assert.equal(fs.length, 1);
    assert.match(fs[0]!.message, /SSH \(22\)/);
    const unknown = workspace({ '/m/main.tf': 'variable "ports" {\n  type = list(number)\n}\n' + sg('var.ports') });
    const u = findings(unknown.service.analyzeFile('/m/main.tf'), 'AWS-EC2-001');
    assert.ok(u.every((f) => f.kind === 'unverifiable'), 'an unknown dynamic block is never a violation');
  });
});

void describe('terraform evaluation: policy documents with dynamic statements', () => {
  void it('a known dynamic "statement" is judged; an unknown one makes the document "cannot verify", never a pass', () => {
    const { service } = workspace({
      '/m/main.tf': `variable "statements" {
  type = any
}
data "aws_iam_policy_document" "unknown" {
  dynamic "statement" {
    for_each = var.statements
    content {
      actions   = statement.value.actions
      resources = ["*"]
    }
  }
}
data "aws_iam_policy_document" "known" {
  dynamic "statement" {
    for_each = [{ actions = ["*"] }]
    content {
      actions   = statement.value.actions
      resources = ["*"]
    }
  }
}
`,
    });
    const fs = findings(service.analyzeFile('/m/main.tf'), 'AWS-IAM-001');
    assert.deepEqual(fs.map((f) => [f.resource, f.kind]).sort(), [
      ['data.aws_iam_policy_document.known', 'violation'],
      ['data.aws_iam_policy_document.unknown', 'unverifiable'],
    ]);
    assert.deepEqual(fs.find((f) => f.kind === 'unverifiable')!.unknown, { kind: 'dynamic', block: 'statement' });
  });
});

void describe('terraform evaluation: module calls', () => {
  const module = {
    '/repo/modules/db/variables.tf': 'variable "encrypted" {\n  type    = bool\n  default = true\n}\nvariable "public" {\n  type    = bool\n  default = false\n}\n',
    '/repo/modules/db/main.tf': dbInstance('this', { storage_encrypted: 'var.encrypted', publicly_accessible: 'var.public' }),
  };

  void it('a violation caused by an argument is reported at that argument, naming the path; the module keeps its own verdict', () => {
    const { service } = workspace({
      ...module,
      '/repo/env/main.tf': 'module "db" {\n  source    = "../modules/db"\n  encrypted = false\n}\n',
    });
    const a = service.analyzeFile('/repo/env/main.tf');
    const [f] = findings(a, 'AWS-RDS-001');
    assert.equal(f?.kind, 'violation');
    assert.equal(lineOf(a, f!), 3);
    assert.equal(f!.resource, 'module.db');
    assert.match(f!.message, /^module\.db → aws_db_instance\.this: /);
    assert.deepEqual(findings(service.analyzeFile('/repo/modules/db/main.tf'), 'AWS-RDS-001'), [], 'the module alone is compliant');
  });

  void it("the relocated fix sets the call's argument", () => {
    const text = 'module "db" {\n  source    = "../modules/db"\n  encrypted = false\n}\n';
    const { service } = workspace({ ...module, '/repo/env/main.tf': text });
    const [f] = findings(service.analyzeFile('/repo/env/main.tf'), 'AWS-RDS-001');
    assert.ok(f!.fixes.length > 0, 'the fix moves to the argument');
    const edits = service.fixEdits(f!, f!.fixes[0]!.id);
    assert.deepEqual([...edits.keys()], ['/repo/env/main.tf']);
    assert.equal(applyEdits(text, edits.get('/repo/env/main.tf')!), 'module "db" {\n  source    = "../modules/db"\n  encrypted = true\n}\n');
  });

  void it('nested calls: the finding lands on the outermost argument that set the value', () => {
    const { service } = workspace({
      ...module,
      '/repo/modules/app/main.tf': 'variable "db_public" {\n  default = false\n}\nmodule "database" {\n  source = "../db"\n  public = var.db_public\n}\n',
      '/repo/env/main.tf': 'module "app" {\n  source    = "../modules/app"\n  db_public = true\n}\n',
    });
    const a = service.analyzeFile('/repo/env/main.tf');
    const [f] = findings(a, 'AWS-RDS-002');
    assert.equal(lineOf(a, f!), 3);
    assert.match(f!.message, /^module\.app → module\.database → aws_db_instance\.this: /);
  });

  void it('count and for_each on a call: each instance with its own arguments', () => {
    const { service } = workspace({
      ...module,
      '/repo/env/main.tf': 'module "db" {\n  source    = "../modules/db"\n  for_each  = { a = true, b = false }\n  encrypted = each.value\n}\n',
    });
    const [f] = findings(service.analyzeFile('/repo/env/main.tf'), 'AWS-RDS-001');
    assert.match(f!.message, /^module\.db\["b"\] → /);
  });

  void it('a module that calls itself is noted once and does not hang; a missing source is a note', () => {
    const { service } = workspace({
      '/r/a/main.tf': 'module "b" {\n  source = "../b"\n}\n',
      '/r/b/main.tf': 'module "a" {\n  source = "../a"\n}\n',
      '/r/c/main.tf': 'module "x" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.0.0"\n}\nmodule "y" {\n  source = "./nowhere"\n}\n',
    });
    const a = service.analyzeFile('/r/a/main.tf');
    assert.equal(a.notes.length, 1);
    assert.match(a.notes[0]!.message, /cannot call itself/);
    const c = service.analyzeFile('/r/c/main.tf');
    assert.equal(c.notes.length, 2);
    assert.match(c.notes[0]!.message, /run `terraform init`/);
  });

  void it('a registry module installed by terraform init (modules.json) is evaluated; its violations are reported at the call', () => {
    const { service } = workspace({
      '/w/main.tf': 'module "db" {\n  source  = "acme/db/aws"\n  version = "1.0.0"\n  public  = true\n}\n',
      '/w/.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'db', Source: 'registry.terraform.io/acme/db/aws', Dir: '.terraform/modules/db' }] }),
      '/w/.terraform/modules/db/variables.tf': module['/repo/modules/db/variables.tf'].replace('default = true', 'default = false'),
      '/w/.terraform/modules/db/main.tf': module['/repo/modules/db/main.tf'],
    });
    const a = service.analyzeFile('/w/main.tf');
    assert.deepEqual(a.notes, []);
    const rules = a.findings.filter((f) => f.kind === 'violation' && f.ruleId.startsWith('AWS-RDS-00')).map((f) => `${f.ruleId}@${lineOf(a, f)}`).sort();
    assert.ok(rules.includes('AWS-RDS-002@4'), `public at the argument: ${rules.join(', ')}`);
    assert.ok(rules.includes('AWS-RDS-001@1'), `unencrypted by the module's own default, at the call: ${rules.join(', ')}`);
  });

  void it("module outputs are followed to the called module's values", () => {
    const { service } = workspace({
      '/repo/modules/cfg/main.tf': 'variable "public" {\n  default = true\n}\noutput "public" {\n  value = var.public\n}\n',
      '/repo/env/main.tf': 'module "cfg" {\n  source = "../modules/cfg"\n}\n' + RDS('module.cfg.public'),
    });
    const [f] = findings(service.analyzeFile('/repo/env/main.tf'), 'AWS-RDS-002');
    assert.equal(f?.kind, 'violation');
  });

  void it('editing a module re-evaluates its callers (the model cache follows every file read)', () => {
    const hardCoded = module['/repo/modules/db/main.tf'].replace('var.public', 'false');
    const { service } = workspace({ ...module, '/repo/modules/db/main.tf': hardCoded, '/repo/env/main.tf': 'module "db" {\n  source = "../modules/db"\n  public = true\n}\n' });
    assert.deepEqual(findings(service.analyzeFile('/repo/env/main.tf'), 'AWS-RDS-002'), [], 'the module ignores the argument');
    assert.ok(service.dependentDirs('/repo/modules/db/main.tf').includes('/repo/env'));
    service.setOverlay('/repo/modules/db/main.tf', module['/repo/modules/db/main.tf']);
    assert.equal(findings(service.analyzeFile('/repo/env/main.tf'), 'AWS-RDS-002').length, 1, 'now the argument makes it public');
  });
});

void describe('terraform evaluation: a module without calls, judged alone once for every root that calls it', () => {
  const mod = (def: string): string => `variable "public" {\n  type    = bool\n  default = ${def}\n}\n` + RDS('var.public');
  const call = (args: string): string => `module "db" {\n  source = "../mod"\n${args}}\n`;

  void it('each root gets its own verdict, and an edit of the module is seen by the roots analysed after it', () => {
    const { service } = workspace({ '/mod/main.tf': mod('false'), '/a/main.tf': call('  public = true\n'), '/b/main.tf': call('') });
    const atCall = (path: string): AnalyzedFinding[] => findings(service.analyzeFile(path), 'AWS-RDS-002');
    // The argument makes the instance public: reported at the call; without it the module is private.
    assert.equal(atCall('/a/main.tf').length, 1);
    assert.equal(atCall('/b/main.tf').length, 0);
    // Now the module is public by default: the module reports that itself (its own file), so neither call
    // adds it again, except where the argument set it too.
    service.setOverlay('/mod/main.tf', mod('true'));
    assert.equal(findings(service.analyzeFile('/mod/main.tf'), 'AWS-RDS-002').length, 1);
    assert.equal(atCall('/b/main.tf').length, 0, 'the module reports it, not the call without arguments');
    assert.equal(atCall('/a/main.tf').length, 1, 'the call whose argument sets it still reports it');
  });
});

void describe('terraform evaluation: a module calling modules, judged alone once while everything it read is the same', () => {
  const leaf = (publicly: string): string => `variable "public" {\n  type    = bool\n  default = false\n}\n` + RDS(publicly);
  const mid = 'module "leaf" {\n  source = "../leaf"\n  public = true\n}\n';
  const call = 'module "mid" {\n  source = "../mid"\n}\n';

  void it("an edit of a module two calls down changes what the middle module reports alone, for the roots analysed after it", () => {
    const { service } = workspace({ '/leaf/main.tf': leaf('false'), '/mid/main.tf': mid, '/a/main.tf': call, '/b/main.tf': call });
    const atCall = (path: string): AnalyzedFinding[] => findings(service.analyzeFile(path), 'AWS-RDS-002');
    // The leaf ignores its variable: nothing anywhere.
    assert.equal(atCall('/a/main.tf').length, 0);
    assert.equal(atCall('/mid/main.tf').length, 0);
    // Now the leaf uses it: the middle module's argument makes it public, and the middle module reports that
    // itself. A root calling the middle module adds nothing (its call set no value), which it can only tell
    // from the middle module's analysis alone made with the edited leaf, not the one kept from before.
    service.setOverlay('/leaf/main.tf', leaf('var.public'));
    assert.equal(atCall('/mid/main.tf').length, 1);
    assert.equal(atCall('/b/main.tf').length, 0, 'the middle module reports it, not the root calling it');
    assert.equal(atCall('/a/main.tf').length, 0);
  });

  void it("a module calling a registry module is judged again for a root that has it installed, not taken from a root that has not", () => {
    const db = (publicly: string): string => `variable "public" {\n  type    = bool\n  default = false\n}\n` + RDS(publicly);
    const callM = 'module "m" {\n  source = "../m"\n}\n';
    const { service } = workspace({
      '/m/main.tf': 'module "db" {\n  source  = "acme/db/aws"\n  version = "1.0.0"\n  public  = true\n}\n',
      '/b/main.tf': callM,
      '/a/main.tf': callM,
      '/a/.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'm.db', Source: 'registry.terraform.io/acme/db/aws', Dir: '.terraform/modules/db' }] }),
      '/a/.terraform/modules/db/main.tf': db('var.public'),
    });
    // Under /b the registry module is not installed: /m alone reports nothing.
    assert.equal(findings(service.analyzeFile('/b/main.tf'), 'AWS-RDS-002').length, 0);
    // Under /a it is: /m's own argument makes it public, which /m reports alone, so /a's call adds nothing.
    // Kept from /b, /m's analysis alone would say nothing and /a's call would report the finding.
    assert.equal(findings(service.analyzeFile('/a/main.tf'), 'AWS-RDS-002').length, 0);
  });

  void it('a module reached again through a call stack that already holds what it calls is judged again, not taken from another root', () => {
    // /loop/x calls /loop/y, which calls /loop/x: a recursion seen in one root's stack must not be hidden by
    // an analysis kept from a root whose stack did not hold it.
    const { service } = workspace({
      '/loop/x/main.tf': 'module "y" {\n  source = "../y"\n}\n',
      '/loop/y/main.tf': 'module "x" {\n  source = "../x"\n}\n',
      '/r1/main.tf': 'module "y" {\n  source = "../loop/y"\n}\n',
      '/r2/main.tf': 'module "x" {\n  source = "../loop/x"\n}\n',
    });
    for (const root of ['/r1/main.tf', '/r2/main.tf', '/loop/x/main.tf', '/loop/y/main.tf']) {
      const a = service.analyzeFile(root);
      assert.ok(a.notes.every((n) => /cannot call itself/.test(n.message)), root);
    }
    assert.equal(service.analyzeFile('/r1/main.tf').notes.length, 1);
    assert.equal(service.analyzeFile('/r2/main.tf').notes.length, 1);
  });
});

void describe('terraform evaluation: the dependency lock file decides the provider major version', () => {
  const STORAGE = `terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = ">= 3.0"
    }
  }
}

resource "azurerm_storage_account" "sa" {
  name                     = "sa"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
`;
  const LOCK = (version: string): string => `provider "registry.terraform.io/hashicorp/azurerm" {\n  version     = "${version}"\n  constraints = ">= 3.0"\n}\n`;
  const verdict = (service: AnalysisService): AnalyzedFinding[] => findings(service.analyzeFile('/w/main.tf'), 'AZURE-STORAGE-015');

  void it('without a lock ">= 3.0" cannot be decided; azurerm 3 locked: the old default is a finding; 4 locked: none', () => {
    const { service } = workspace({ '/w/main.tf': STORAGE });
    assert.deepEqual(verdict(service).map((f) => f.kind), ['unverifiable']);
    const three = workspace({ '/w/main.tf': STORAGE, '/w/.terraform.lock.hcl': LOCK('3.116.0') });
    const [f] = verdict(three.service);
    assert.equal(f?.kind, 'violation');
    assert.match(f!.message, /azurerm 3\.x, which \.terraform\.lock\.hcl pins/);
    const four = workspace({ '/w/main.tf': STORAGE, '/w/.terraform.lock.hcl': LOCK('4.2.0') });
    assert.deepEqual(verdict(four.service), []);
  });

  void it('an edit of the lock file is seen by the next analysis', () => {
    const { service } = workspace({ '/w/main.tf': STORAGE, '/w/.terraform.lock.hcl': LOCK('4.2.0') });
    assert.deepEqual(verdict(service), []);
    service.setOverlay('/w/.terraform.lock.hcl', LOCK('3.99.0'));
    assert.deepEqual(verdict(service).map((f) => f.kind), ['violation']);
  });

  void it("a lock belongs to its folder's configuration: another root's lock does not decide this one", () => {
    const { service } = workspace({ '/w/main.tf': STORAGE, '/other/.terraform.lock.hcl': LOCK('3.116.0'), '/other/main.tf': STORAGE });
    assert.deepEqual(verdict(service).map((f) => f.kind), ['unverifiable']);
  });
});
