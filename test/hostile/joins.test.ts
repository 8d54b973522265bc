// SPDX-License-Identifier: Apache-2.0
// Joins that were quadratic: a bucket and its public access block, a CloudFormation bucket and its
// policy, a secret and its rotation (and the other catalog companions), metric filters and the alarms on
// them. Each module here has 9,000 to 24,000 resources generated in a temp folder; with a join that scans every
// companion for every resource, such modules took minutes (issue 13: 25k buckets with public access
// blocks, 126 s). Linear, each scans in a few seconds of CPU. The bound is on the child's CPU time (see
// measure.ts), generous, there to fail on quadratic work, not to measure speed (`npm run bench` does
// that). The numbers are in docs/limits.md.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMeasured } from './measure';

/** CPU time of the whole CLI run (start-up, parse, model, rules, JSON output). */
const CPU_LIMIT_MS = 10_000;
/** Only a guard against a hang: a quadratic join overruns the CPU limit long before. */
const WALL_LIMIT_MS = 120_000;
const roots: string[] = [];
after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

interface ScanJson {
  findings: { file: string; ruleId: string; resource?: string; message: string }[];
  errors: { file: string; message: string }[];
}

function scanOne(name: string, text: string, resources: number): ScanJson {
  const root = mkdtempSync(join(tmpdir(), 'iac-joins-'));
  roots.push(root);
  mkdirSync(join(root, 'm'));
  writeFileSync(join(root, 'm', name), text);
  const r = runMeasured(['scan', root, '--format', 'json'], WALL_LIMIT_MS);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr.slice(0, 500)}`);
  // Recorded in docs/limits.md; printed so a slow-down shows in the test log before it fails.
  console.log(`${resources} resources: ${Math.round(r.cpuMs)} ms CPU, ${Math.round(r.wallMs)} ms wall, ${Math.round(r.maxRssMb)} MB peak`);
  assert.ok(r.cpuMs < CPU_LIMIT_MS, `${Math.round(r.cpuMs)} ms of CPU for ${resources} resources (limit ${CPU_LIMIT_MS}): a join is not linear`);
  return JSON.parse(r.stdout) as ScanJson;
}

const count = (j: ScanJson, ruleId: string, resource?: RegExp): number => j.findings.filter((f) => f.ruleId === ruleId && (!resource || resource.test(f.resource ?? ''))).length;

void describe('hostile inputs: joins stay linear', () => {
  void it('Terraform: 10,000 buckets, 5,000 public access blocks, 1,000 logging resources', () => {
    const n = 10_000;
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      // Even buckets are complete; odd ones have no public access block (so the join must find none).
      parts.push(`resource "aws_s3_bucket" "b${i}" {\n  bucket = "b-${i}"\n}\n`);
      if (i % 2 === 0) parts.push(`resource "aws_s3_bucket_public_access_block" "p${i}" {\n  bucket                  = aws_s3_bucket.b${i}.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n`);
      if (i % 10 === 0) parts.push(`resource "aws_s3_bucket_logging" "l${i}" {\n  bucket        = aws_s3_bucket.b${i}.id\n  target_bucket = "b-${i + 1}"\n  target_prefix = "x/"\n}\n`);
    }
    const json = scanOne('main.tf', parts.join(''), n + n / 2 + n / 10);
    // Block Public Access findings on exactly the buckets without a block.
    const flagged = new Set(json.findings.filter((f) => f.ruleId === 'AWS-S3-001').map((f) => f.resource));
    assert.equal(flagged.size, n / 2);
    assert.ok([...flagged].every((r) => /b\d*[13579]$/.test(r ?? '')), `only odd buckets lack a block: ${[...flagged].slice(0, 5).join(', ')}`);
    assert.equal(json.errors.length, 0, JSON.stringify(json.errors.slice(0, 3)));
  });

  void it('CloudFormation: 6,000 buckets and 3,000 bucket policies', () => {
    const n = 6_000;
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
    for (let i = 0; i < n; i++) {
      lines.push(`  Bucket${i}:`, '    Type: AWS::S3::Bucket', '    Properties:', `      BucketName: b-${i}`);
      if (i % 2 === 0) lines.push(`  Policy${i}:`, '    Type: AWS::S3::BucketPolicy', '    Properties:', `      Bucket: !Ref Bucket${i}`, '      PolicyDocument: {Statement: [{Effect: Deny, Principal: "*", Action: "s3:*", Resource: "*", Condition: {Bool: {"aws:SecureTransport": false}}}]}');
    }
    const json = scanOne('template.yaml', lines.join('\n') + '\n', n + n / 2);
    // "Deny plain HTTP" findings on exactly the buckets without a policy.
    const http = json.findings.filter((f) => f.ruleId === 'AWS-S3-003');
    assert.equal(http.length, n / 2);
    assert.ok(http.every((f) => /[13579]$/.test(f.resource ?? '')), `only odd buckets lack the policy: ${http.slice(0, 3).map((f) => f.resource).join(', ')}`);
  });

  void it('Terraform: 4,000 each of secrets, WAF ACLs, vaults and file systems (half with their companion), metric filters and alarms', () => {
    const n = 4_000;
    const parts: string[] = ['resource "aws_cloudtrail" "t" {\n  name                       = "t"\n  s3_bucket_name             = "b"\n  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"\n}\nresource "aws_cloudwatch_log_group" "trail" {\n  name = "trail"\n}\nresource "aws_sns_topic" "alerts" {\n  name = "alerts"\n}\n'];
    for (let i = 0; i < n; i++) {
      const skip = i % 2 === 1; // odd ones have no companion
      parts.push(`resource "aws_secretsmanager_secret" "s${i}" {\n  name = "s${i}"\n}\n`);
      if (!skip) parts.push(`resource "aws_secretsmanager_secret_rotation" "r${i}" {\n  secret_id           = aws_secretsmanager_secret.s${i}.id\n  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:f"\n  rotation_rules {\n    automatically_after_days = 30\n  }\n}\n`);
      parts.push(`resource "aws_wafv2_web_acl" "w${i}" {\n  name  = "w${i}"\n  scope = "REGIONAL"\n}\n`);
      if (!skip) parts.push(`resource "aws_wafv2_web_acl_logging_configuration" "l${i}" {\n  resource_arn            = aws_wafv2_web_acl.w${i}.arn\n  log_destination_configs = ["arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-x"]\n}\n`);
      parts.push(`resource "aws_backup_vault" "v${i}" {\n  name = "v${i}"\n}\n`);
      if (!skip) parts.push(`resource "aws_backup_vault_lock_configuration" "k${i}" {\n  backup_vault_name  = aws_backup_vault.v${i}.name\n  min_retention_days = 7\n}\n`);
      parts.push(`resource "aws_efs_file_system" "e${i}" {\n  encrypted = true\n}\n`);
      if (!skip) parts.push(`resource "aws_efs_backup_policy" "p${i}" {\n  file_system_id = aws_efs_file_system.e${i}.id\n  backup_policy {\n    status = "ENABLED"\n  }\n}\n`);
      parts.push(`resource "aws_cloudwatch_log_metric_filter" "f${i}" {\n  name           = "f${i}"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = "{ $.eventName = \\"E${i}\\" }"\n  metric_transformation {\n    name      = "m${i}"\n    namespace = "n"\n    value     = "1"\n  }\n}\n`);
      parts.push(`resource "aws_cloudwatch_metric_alarm" "a${i}" {\n  alarm_name          = "a${i}"\n  metric_name         = "m${i}"\n  namespace           = "n"\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n  evaluation_periods  = 1\n  period              = 300\n  statistic           = "Sum"\n  threshold           = 1\n  alarm_actions       = [aws_sns_topic.alerts.arn]\n}\n`);
    }
    const json = scanOne('main.tf', parts.join(''), n * 8 + 3);
    for (const [rule, type] of [
      ['AWS-SECRETSMANAGER-002', 'aws_secretsmanager_secret'],
      ['AWS-WAF-001', 'aws_wafv2_web_acl'],
      ['AWS-BACKUP-002', 'aws_backup_vault'],
      ['AWS-EFS-002', 'aws_efs_file_system'],
    ] as const) {
      // Exactly the odd ones, which have no companion.
      assert.equal(count(json, rule, new RegExp(`^${type}\\.`)), n / 2, rule);
      assert.equal(count(json, rule, new RegExp(`^${type}\\.[a-z]\\d*[02468]$`)), 0, `${rule}: none with a companion`);
    }
  });
  void it('Terraform (Azure): 3,000 storage accounts and key vaults, half with a private endpoint, a lock and a diagnostic setting', () => {
    const n = 3_000;
    const parts: string[] = ['terraform {\n  required_providers {\n    azurerm = {\n      source  = "hashicorp/azurerm"\n      version = "~> 4.0"\n    }\n  }\n}\n'];
    for (let i = 0; i < n; i++) {
      parts.push(`resource "azurerm_storage_account" "sa${i}" {\n  name                     = "sa${i}"\n  resource_group_name      = "rg"\n  location                 = "westeurope"\n  account_tier             = "Standard"\n  account_replication_type = "GRS"\n}\n`);
      parts.push(`resource "azurerm_key_vault" "kv${i}" {\n  name                = "kv${i}"\n  location            = "westeurope"\n  resource_group_name = "rg"\n  tenant_id           = "t"\n  sku_name            = "standard"\n}\n`);
      if (i % 2 === 1) continue; // odd ones have no companions
      parts.push(`resource "azurerm_private_endpoint" "pe${i}" {\n  name                = "pe${i}"\n  location            = "westeurope"\n  resource_group_name = "rg"\n  subnet_id           = "x"\n  private_service_connection {\n    name                           = "c"\n    private_connection_resource_id = azurerm_storage_account.sa${i}.id\n    subresource_names              = ["blob"]\n    is_manual_connection           = false\n  }\n}\n`);
      parts.push(`resource "azurerm_management_lock" "l${i}" {\n  name       = "l${i}"\n  scope      = azurerm_storage_account.sa${i}.id\n  lock_level = "CanNotDelete"\n}\n`);
      parts.push(`resource "azurerm_monitor_diagnostic_setting" "d${i}" {\n  name                       = "d${i}"\n  target_resource_id         = azurerm_key_vault.kv${i}.id\n  log_analytics_workspace_id = "w"\n  enabled_log {\n    category_group = "audit"\n  }\n}\n`);
    }
    const json = scanOne('main.tf', parts.join(''), 2 * n + (3 * n) / 2);
    // Exactly the odd accounts and vaults lack their companion.
    for (const [rule, prefix] of [['AZURE-STORAGE-017', 'azurerm_storage_account.sa'], ['AZURE-STORAGE-018', 'azurerm_storage_account.sa'], ['AZURE-MONITOR-004', 'azurerm_key_vault.kv']] as const) {
      const flagged = json.findings.filter((f) => f.ruleId === rule).map((f) => f.resource ?? '');
      assert.equal(flagged.length, n / 2, `${rule}: ${flagged.length} findings`);
      assert.ok(flagged.every((r) => r.startsWith(prefix) && /[13579]$/.test(r)), `${rule}: only odd ones lack the companion: ${flagged.slice(0, 3).join(', ')}`);
    }
  });
});
