// SPDX-License-Identifier: Apache-2.0
// Joins across a module call (server/src/service/module-joins.ts): a root resource whose companion is made
// by a module it calls, given a reference to the resource as an argument, is judged with that companion.
// Each case states the verdict it expects, or the silence, through the real analysis service.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisService } from '../../../server/src/service/analysis';
import type { AnalyzedFinding, FileAnalysis } from '../../../server/src/service/analysis';
import { ALL_RULES } from '../../../rules';
import { MemoryFs, TEST_TODAY } from '../../support/fixture-runner';

function analyze(files: Record<string, string>, path = '/r/main.tf'): FileAnalysis {
  const fs = new MemoryFs();
  for (const [p, t] of Object.entries(files)) fs.files.set(p, t);
  return new AnalysisService({ fs, rules: ALL_RULES, today: TEST_TODAY }).analyzeFile(path);
}

function of(a: FileAnalysis, ruleId: string): AnalyzedFinding[] {
  return a.findings.filter((f) => f.ruleId === ruleId);
}

function lineOf(a: FileAnalysis, f: AnalyzedFinding): number {
  return a.lines.lspPosition(f.ref.span.start).line + 1;
}

const PAB_MODULE = (acls: string, extra = ''): string => `variable "bucket_id" {}
${extra}
resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = var.bucket_id
  block_public_acls       = ${acls}
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`;

const ROOT_BUCKET = 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\n';

void describe('module joins: a companion made by a called module', () => {
  void it('a public access block made by a local module for the bucket passed in counts (no "no public access block")', () => {
    const a = analyze({ '/r/main.tf': `${ROOT_BUCKET}module "pab" {\n  source    = "./pab"\n  bucket_id = aws_s3_bucket.b.id\n}\n`, '/r/pab/main.tf': PAB_MODULE('true') });
    assert.deepEqual(of(a, 'AWS-S3-001'), []);
  });

  void it("the child's wrong setting is still a violation, for the root's bucket, reported at the call and naming the companion", () => {
    const a = analyze({ '/r/main.tf': `${ROOT_BUCKET}module "pab" {\n  source    = "./pab"\n  bucket_id = aws_s3_bucket.b.id\n}\n`, '/r/pab/main.tf': PAB_MODULE('false') });
    const found = of(a, 'AWS-S3-001');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.kind, 'violation');
    assert.equal(found[0]!.level, 'high');
    assert.equal(found[0]!.resource, 'aws_s3_bucket.b');
    assert.match(found[0]!.message, /does not block public ACLs.*\(set by module\.pab\.aws_s3_bucket_public_access_block\.this\)\.$/);
    assert.equal(lineOf(a, found[0]!), 4);
  });

  void it('a wrong setting passed as an argument lands on that argument, and its fix sets the argument', () => {
    const a = analyze({
      '/r/main.tf': `${ROOT_BUCKET}module "pab" {\n  source    = "./pab"\n  bucket_id = aws_s3_bucket.b.id\n  acls      = false\n}\n`,
      '/r/pab/main.tf': PAB_MODULE('var.acls', 'variable "acls" {\n  default = true\n}\n'),
    });
    const [f] = of(a, 'AWS-S3-001');
    assert.equal(f?.kind, 'violation');
    assert.equal(lineOf(a, f!), 7);
    assert.ok(f!.fixes.every((x) => x.ops.every((op) => op.op === 'set' && op.location.target.file === '/r/main.tf')));
  });

  void it("the child's own resource of the same name is not the root's: a PAB for its own bucket does not cover the root's", () => {
    const child = `resource "aws_s3_bucket" "b" {\n  bucket = "other"\n}\n${PAB_MODULE('true').replace('var.bucket_id', 'aws_s3_bucket.b.id')}`;
    const a = analyze({ '/r/main.tf': `${ROOT_BUCKET}module "pab" {\n  source    = "./pab"\n  bucket_id = aws_s3_bucket.b.id\n}\n`, '/r/pab/main.tf': child });
    const [f] = of(a, 'AWS-S3-001');
    assert.equal(f?.kind, 'violation');
    assert.match(f!.message, /^No public access block is declared/);
    assert.equal(f!.resource, 'aws_s3_bucket.b');
  });

  void it('an instance that exists only for some inputs makes the join "cannot verify", naming the condition', () => {
    const a = analyze({
      '/r/main.tf': `variable "protect" {\n  type = bool\n}\n${ROOT_BUCKET}module "pab" {\n  source    = "./pab"\n  count     = var.protect ? 1 : 0\n  bucket_id = aws_s3_bucket.b.id\n}\n`,
      '/r/pab/main.tf': PAB_MODULE('true'),
    });
    const found = of(a, 'AWS-S3-001');
    assert.ok(found.length > 0);
    for (const f of found) {
      assert.equal(f.kind, 'unverifiable');
      assert.match(f.message, /var\.protect/);
      assert.match(f.message, /module\.pab\[0\]/);
    }
  });

  void it('a call whose module is not on disk, given the bucket, makes the join "cannot verify" naming the call, not "none"', () => {
    const a = analyze({ '/r/main.tf': `${ROOT_BUCKET}module "pab" {\n  source    = "acme/pab/aws"\n  bucket_id = aws_s3_bucket.b.id\n}\n` });
    const found = of(a, 'AWS-S3-001');
    assert.ok(found.length > 0);
    for (const f of found) {
      assert.equal(f.kind, 'unverifiable');
      assert.deepEqual(f.unknown, { kind: 'module', address: 'module.pab' });
      assert.match(f.message, /module\.pab.*not on disk/);
    }
  });

  void it('a call whose module is not on disk and is not given the bucket changes nothing', () => {
    const a = analyze({ '/r/main.tf': `${ROOT_BUCKET}module "other" {\n  source = "acme/other/aws"\n  name   = "x"\n}\n` });
    const [f] = of(a, 'AWS-S3-001');
    assert.equal(f?.kind, 'violation');
    assert.match(f!.message, /^No public access block is declared/);
  });

  void it('the resources of a called module are not judged again at the root', () => {
    const a = analyze({ '/r/main.tf': `${ROOT_BUCKET}module "pab" {\n  source    = "./pab"\n  bucket_id = aws_s3_bucket.b.id\n}\n`, '/r/pab/main.tf': `${PAB_MODULE('true')}resource "aws_s3_bucket" "own" {\n  bucket = "own"\n}\n` });
    assert.ok(a.findings.every((f) => !f.resource.startsWith('module.') || f.module !== undefined));
    assert.ok(a.runs.every((r) => r.assessed.every((res) => !res.address.startsWith('module.'))));
  });

  void it('a metric filter and alarm made by a called module for the trail\'s log group count: the monitoring control is present', () => {
    const root = `resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/cloudtrail-to-cloudwatch"
}

resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail-events"
}

resource "aws_sns_topic" "alerts" {
  name = "security-alerts"
}

resource "aws_sns_topic_subscription" "alerts_email" {
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "email"
  endpoint  = "security@example.com"
}

module "cis_alarms" {
  source         = "./alarms"
  log_group_name = aws_cloudwatch_log_group.trail.name
  topic_arn      = aws_sns_topic.alerts.arn
}
`;
    const child = `variable "log_group_name" {}
variable "topic_arn" {}

resource "aws_cloudwatch_log_metric_filter" "root" {
  name           = "cis-4-3"
  log_group_name = var.log_group_name
  pattern        = "{ $.eventType != \\"AwsServiceEvent\\" && $.userIdentity.invokedBy NOT EXISTS && $.userIdentity.type = \\"Root\\" }"

  metric_transformation {
    name      = "Cis4_3"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root" {
  alarm_name          = "cis-4-3"
  metric_name         = aws_cloudwatch_log_metric_filter.root.metric_transformation[0].name
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [var.topic_arn]
}
`;
    const a = analyze({ '/r/main.tf': root, '/r/alarms/main.tf': child });
    assert.deepEqual(of(a, 'AWS-MONITORING-003').map((f) => f.message), []);
    assert.equal(a.runs.find((r) => r.rule.meta.id === 'AWS-MONITORING-003')?.project, 'present');
    // Without the call the same root misses it: the call is what makes it present.
    const alone = analyze({ '/r/main.tf': root.replace(/module "cis_alarms" \{[^}]*\}\n/, '') });
    assert.equal(of(alone, 'AWS-MONITORING-003')[0]?.kind, 'missing');
  });

  void it('a private endpoint made by a called module for the key vault passed in counts', () => {
    const vault = `resource "azurerm_key_vault" "kv" {
  name                = "kv"
  resource_group_name = "rg"
  location            = "westeurope"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}
`;
    const pe = (sub: string): string => `variable "target_id" {}

resource "azurerm_private_endpoint" "this" {
  name                = "pe"
  resource_group_name = "rg"
  location            = "westeurope"
  subnet_id           = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s"

  private_service_connection {
    name                           = "c"
    private_connection_resource_id = var.target_id
    subresource_names              = ["${sub}"]
    is_manual_connection           = false
  }
}
`;
    const call = 'module "pe" {\n  source    = "./pe"\n  target_id = azurerm_key_vault.kv.id\n}\n';
    assert.deepEqual(of(analyze({ '/r/main.tf': vault + call, '/r/pe/main.tf': pe('vault') }), 'AZURE-KEYVAULT-020'), []);
    // An endpoint for another sub-resource does not reach the vault.
    assert.equal(of(analyze({ '/r/main.tf': vault + call, '/r/pe/main.tf': pe('blob') }), 'AZURE-KEYVAULT-020')[0]?.kind, 'violation');
    // Without the call: no endpoint.
    assert.equal(of(analyze({ '/r/main.tf': vault }), 'AZURE-KEYVAULT-020')[0]?.kind, 'violation');
  });

  void it('a CloudTrail trail made only by a called module: the root is not "missing" a trail', () => {
    const child = `resource "aws_cloudtrail" "this" {
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
`;
    const root = 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\nmodule "trail" {\n  source = "./trail"\n}\n';
    const a = analyze({ '/r/main.tf': root, '/r/trail/main.tf': child });
    const run = a.runs.find((r) => r.rule.meta.id === 'AWS-CLOUDTRAIL-001');
    assert.equal(run?.project, 'present');
    assert.deepEqual(run?.evidence?.map((r) => r.address), ['module.trail.aws_cloudtrail.this']);
    assert.deepEqual(of(a, 'AWS-CLOUDTRAIL-001'), []);
    // The trail's own settings are judged in its module, not again at the root.
    assert.ok(a.findings.every((f) => f.resource !== 'module.trail.aws_cloudtrail.this'));
    const alone = analyze({ '/r/main.tf': root.replace(/module "trail" \{[^}]*\}\n/, '') });
    assert.equal(of(alone, 'AWS-CLOUDTRAIL-001')[0]?.kind, 'missing');
  });

  // The same join as in the rule's pass fixture, with the companion moved into a called module that is
  // given the reference as an argument: the verdict is the pass fixture's; without the call, the rule fails.
  const moved: { rule: string; root: string; child: string; arg: string }[] = [
    {
      rule: 'AZURE-LOCK-001',
      root: 'provider "azurerm" {\n  features {}\n}\n\nresource "azurerm_resource_group" "rg" {\n  name     = "rg-platform"\n  location = "westeurope"\n}\n',
      child: 'variable "target" {}\n\nresource "azurerm_management_lock" "this" {\n  name       = "lock"\n  scope      = var.target\n  lock_level = "CanNotDelete"\n  notes      = "Production"\n}\n',
      arg: 'azurerm_resource_group.rg.id',
    },
    {
      rule: 'AZURE-MONITOR-004',
      root: 'resource "azurerm_key_vault" "kv" {\n  name                = "kv"\n  location            = "westeurope"\n  resource_group_name = "rg"\n  tenant_id           = "00000000-0000-0000-0000-000000000000"\n  sku_name            = "standard"\n}\n',
      child:
        'variable "target" {}\n\nresource "azurerm_monitor_diagnostic_setting" "this" {\n  name                       = "audit"\n  target_resource_id         = var.target\n  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"\n\n  enabled_log {\n    category = "AuditEvent"\n  }\n}\n',
      arg: 'azurerm_key_vault.kv.id',
    },
    {
      rule: 'GCP-LOGGING-011',
      root: 'resource "google_logging_metric" "changes" {\n  name   = "cis-bucket-iam"\n  filter = "resource.type=\\"gcs_bucket\\" AND protoPayload.methodName=\\"storage.setIamPermissions\\""\n  metric_descriptor {\n    metric_kind = "DELTA"\n    value_type  = "INT64"\n  }\n}\n',
      child:
        'variable "target" {}\n\nresource "google_monitoring_notification_channel" "security" {\n  display_name = "security"\n  type         = "email"\n  labels = {\n    email_address = "security@example.com"\n  }\n}\n\nresource "google_monitoring_alert_policy" "this" {\n  display_name          = "CIS 2.11"\n  combiner              = "OR"\n  notification_channels = [google_monitoring_notification_channel.security.id]\n  conditions {\n    display_name = "changes"\n    condition_threshold {\n      filter          = "metric.type=\\"logging.googleapis.com/user/${var.target}\\""\n      comparison      = "COMPARISON_GT"\n      threshold_value = 0\n      duration        = "0s"\n    }\n  }\n}\n',
      arg: 'google_logging_metric.changes.name',
    },
  ];
  for (const c of moved) {
    void it(`${c.rule}: the companion made by a called module, given ${c.arg}, counts`, () => {
      const call = `module "companion" {\n  source = "./companion"\n  target = ${c.arg}\n}\n`;
      const a = analyze({ '/r/main.tf': c.root + call, '/r/companion/main.tf': c.child });
      assert.deepEqual(of(a, c.rule).map((f) => f.message), []);
      const alone = analyze({ '/r/main.tf': c.root });
      assert.ok(of(alone, c.rule).some((f) => f.kind === 'violation' || f.kind === 'missing'));
    });
  }

  void it('the reverse direction (bucket in the module, its public access block in the caller through an output) is "cannot verify" for the call, not "none"', () => {
    const child = 'resource "aws_s3_bucket" "this" {\n  bucket = "data"\n}\n\noutput "bucket_id" {\n  value = aws_s3_bucket.this.id\n}\n';
    const root = `module "s3" {\n  source = "./s3"\n}\n\n${PAB_MODULE('true').replace('variable "bucket_id" {}\n', '').replace('var.bucket_id', 'module.s3.bucket_id')}`;
    const a = analyze({ '/r/main.tf': root, '/r/s3/main.tf': child });
    const found = of(a, 'AWS-S3-001');
    assert.ok(found.length > 0);
    for (const f of found) {
      assert.equal(f.kind, 'unverifiable');
      assert.equal(f.module, 'module.s3.aws_s3_bucket.this');
      assert.match(f.message, /module\.s3\.bucket_id, which aws_s3_bucket_public_access_block\.this of the calling module is given/);
    }
    // The module judged on its own (its defaults, no caller) keeps its verdict in its own file: that is a
    // documented limit (docs/evaluation.md, "Joins across module calls").
    const own = of(analyze({ '/r/main.tf': root, '/r/s3/main.tf': child }, '/r/s3/main.tf'), 'AWS-S3-001');
    assert.equal(own[0]?.kind, 'violation');
    assert.equal(own[0]?.level, 'low');
    // A caller resource of another type given the output changes nothing for the bucket's public access block.
    const other = analyze({ '/r/main.tf': 'module "s3" {\n  source = "./s3"\n}\nresource "aws_s3_bucket_versioning" "v" {\n  bucket = module.s3.bucket_id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n', '/r/s3/main.tf': child });
    assert.ok(of(other, 'AWS-S3-001').every((f) => f.kind !== 'unverifiable'));
  });

  void it('a module that calls itself is not read for joins and does not make the join "cannot verify"', () => {
    const a = analyze({ '/r/main.tf': `${ROOT_BUCKET}module "again" {\n  source    = "./"\n  bucket_id = aws_s3_bucket.b.id\n}\n` });
    const found = of(a, 'AWS-S3-001');
    assert.ok(found.some((f) => f.kind === 'violation' && /^No public access block is declared/.test(f.message)));
    assert.ok(found.every((f) => f.unknown?.kind !== 'module'));
  });

  void it('a companion two calls down (a wrapper module around the one that makes it) counts, and its wrong setting is reported at the root\'s call', () => {
    const wrap = 'variable "bucket_id" {}\n\nmodule "pab" {\n  source    = "../pab"\n  bucket_id = var.bucket_id\n}\n';
    const root = `${ROOT_BUCKET}module "wrap" {\n  source    = "./wrap"\n  bucket_id = aws_s3_bucket.b.id\n}\n`;
    assert.deepEqual(of(analyze({ '/r/main.tf': root, '/r/wrap/main.tf': wrap, '/r/pab/main.tf': PAB_MODULE('true') }), 'AWS-S3-001'), []);
    const a = analyze({ '/r/main.tf': root, '/r/wrap/main.tf': wrap, '/r/pab/main.tf': PAB_MODULE('false') });
    const [f] = of(a, 'AWS-S3-001');
    assert.equal(f?.kind, 'violation');
    assert.equal(f!.resource, 'aws_s3_bucket.b');
    assert.match(f!.message, /\(set by module\.wrap\.module\.pab\.aws_s3_bucket_public_access_block\.this\)\.$/);
    assert.equal(lineOf(a, f!), 4);
  });

  void it("a trail's log bucket made by a called module is judged, and no fix edits the module", () => {
    const root = 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "acme-trail-logs"\n}\n\nmodule "logs" {\n  source = "./logs"\n}\n';
    const child = 'resource "aws_s3_bucket" "this" {\n  bucket = "acme-trail-logs"\n}\n';
    const a = analyze({ '/r/main.tf': root, '/r/logs/main.tf': child });
    const [f] = of(a, 'AWS-CLOUDTRAIL-004');
    assert.equal(f?.kind, 'violation');
    assert.match(f!.message, /module\.logs\.aws_s3_bucket\.this has no server access logging/);
    assert.ok(f!.fixes.every((x) => x.ops.every((op) => (op.op === 'set' ? op.location.target.file : op.target.file) === '/r/main.tf')));
    // Without the call the bucket is not in the configuration: "cannot verify", as before.
    assert.equal(of(analyze({ '/r/main.tf': root.replace(/module "logs" \{[^}]*\}\n/, '') }), 'AWS-CLOUDTRAIL-004')[0]?.kind, 'unverifiable');
  });

  void it('an account-level rule undecided on a called module\'s resource leaves the root "unknown", never a quiet "present"', () => {
    const child = 'variable "policy_arn" {}\n\nresource "aws_iam_role_policy_attachment" "a" {\n  role       = "support"\n  policy_arn = var.policy_arn\n}\n';
    const a = analyze({ '/r/main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\nmodule "iam" {\n  source = "./iam"\n}\n', '/r/iam/main.tf': child });
    const run = a.runs.find((r) => r.rule.meta.id === 'AWS-IAM-006');
    assert.equal(run?.project, 'unknown');
    assert.deepEqual(run?.evidence?.map((r) => r.address), ['module.iam.aws_iam_role_policy_attachment.a']);
    // Reported in the module's own files, not again at the root.
    assert.deepEqual(of(a, 'AWS-IAM-006'), []);
  });
});

void describe('module joins: fixes that add a resource', () => {
  void it("a missing control's fix adds the resource to the root's own file, not to a called module's (which the join model holds)", () => {
    const root = 'resource "azurerm_virtual_network" "net" {\n  name                = "net"\n  location            = "westeurope"\n  resource_group_name = "rg"\n  address_space       = ["10.0.0.0/16"]\n}\n\nmodule "zz" {\n  source = "./zz"\n}\n';
    const child = 'resource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n}\n';
    const a = analyze({ '/r/main.tf': root, '/r/zz/main.tf': child });
    const [f] = of(a, 'AZURE-NETWATCHER-001');
    assert.equal(f?.kind, 'violation');
    assert.ok(f!.fixes.length > 0, 'the fix is kept');
    assert.ok(f!.fixes.every((x) => x.ops.every((op) => (op.op === 'set' ? op.location.target.file : op.target.file) === '/r/main.tf')));
  });
});
