// SPDX-License-Identifier: Apache-2.0
// Joins that were quadratic: a bucket and its public access block, a CloudFormation bucket and its
// policy, a secret and its rotation, a trail, its log group and the metric filters and alarms on it. Each
// module here has ~20,000 resources generated in a temp folder; with a join that scans every companion
// for every resource, each took minutes (issue 13: 25k buckets with public access blocks 126 s). Linear,
// each scans in a few seconds. The limit is generous for a loaded shared machine; it is there to fail on
// quadratic work, not to measure speed (`npm run bench` does that). The numbers are in docs/limits.md.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const TIME_LIMIT_MS = 30_000;
const roots: string[] = [];
after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

interface ScanJson {
  findings: { file: string; ruleId: string; resource?: string; message: string }[];
  errors: { file: string; message: string }[];
}

function scanOne(name: string, text: string): { json: ScanJson; ms: number } {
  const root = mkdtempSync(join(tmpdir(), 'iac-joins-'));
  roots.push(root);
  mkdirSync(join(root, 'm'));
  writeFileSync(join(root, 'm', name), text);
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=500', CLI, 'scan', root, '--format', 'json'], { timeout: TIME_LIMIT_MS, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = Date.now() - started;
  assert.equal(r.signal, null, `the scan was killed (${r.signal}) after ${ms} ms: over ${TIME_LIMIT_MS} ms, or out of memory`);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { json: JSON.parse(r.stdout) as ScanJson, ms };
}

const count = (j: ScanJson, ruleId: string, resource?: RegExp): number => j.findings.filter((f) => f.ruleId === ruleId && (!resource || resource.test(f.resource ?? ''))).length;

void describe('hostile inputs: joins stay linear', () => {
  void it('Terraform: 10,000 buckets with public access blocks, logging into each other, and VPCs with flow logs', () => {
    const n = 10_000;
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      // Even buckets are complete; odd ones have no public access block (so the join must find none).
      parts.push(`resource "aws_s3_bucket" "b${i}" {\n  bucket = "b-${i}"\n}\n`);
      if (i % 2 === 0) parts.push(`resource "aws_s3_bucket_public_access_block" "p${i}" {\n  bucket                  = aws_s3_bucket.b${i}.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n`);
      if (i % 10 === 0) parts.push(`resource "aws_s3_bucket_logging" "l${i}" {\n  bucket        = aws_s3_bucket.b${i}.id\n  target_bucket = "b-${i + 1}"\n  target_prefix = "x/"\n}\n`);
    }
    const { json } = scanOne('main.tf', parts.join(''));
    // AWS-S3-003-style public access findings only on the buckets without a block: checked through the count of
    // buckets that have a finding naming the public access block.
    const pab = json.findings.filter((f) => /public access block/i.test(f.message));
    const flagged = new Set(pab.map((f) => f.resource));
    assert.ok(flagged.size > 0, 'buckets without a public access block are flagged');
    assert.ok([...flagged].every((r) => /b\d*[13579]$/.test(r ?? '')), `only odd buckets lack a block: ${[...flagged].slice(0, 5).join(', ')}`);
    assert.equal(json.errors.length, 0, JSON.stringify(json.errors.slice(0, 3)));
  });

  void it('CloudFormation: 10,000 buckets with bucket policies and log groups', () => {
    const n = 10_000;
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:'];
    for (let i = 0; i < n; i++) {
      lines.push(`  Bucket${i}:`, '    Type: AWS::S3::Bucket', '    Properties:', `      BucketName: b-${i}`);
      if (i % 2 === 0) lines.push(`  Policy${i}:`, '    Type: AWS::S3::BucketPolicy', '    Properties:', `      Bucket: !Ref Bucket${i}`, '      PolicyDocument: {Statement: [{Effect: Deny, Principal: "*", Action: "s3:*", Resource: "*", Condition: {Bool: {"aws:SecureTransport": false}}}]}');
    }
    const { json } = scanOne('template.yaml', lines.join('\n') + '\n');
    const ssl = json.findings.filter((f) => /TLS|SSL|SecureTransport|HTTPS/i.test(f.message));
    assert.ok(ssl.length > 0, 'buckets without a policy are flagged for TLS');
    assert.ok(ssl.every((f) => /[13579]$/.test(f.resource ?? '')), `only odd buckets lack the policy: ${ssl.slice(0, 3).map((f) => f.resource).join(', ')}`);
  });

  void it('Terraform: 2,000 each of secrets, WAF ACLs, vaults, file systems, clusters, and their companions; 2,000 metric filters and alarms', () => {
    const n = 2_000;
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
    const { json } = scanOne('main.tf', parts.join(''));
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
});
