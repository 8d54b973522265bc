// SPDX-License-Identifier: Apache-2.0
// Regression fixtures for evaluation, built from the real corpus places issue 10 names: a module call that
// turns encryption off, NACL rules passed through module inputs, conditionals that attach policies and
// encryption, the default network ACL and security group built from variable defaults and dynamic blocks.
// Each asserts the finding it expects (on the line that causes it) or the silence.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { scan } from '../../server/src/report/scan-result';
import type { ScanFinding } from '../../server/src/report/scan-result';
import { ALL_RULES } from '../../rules';
import { corpusRoot } from '../support/corpus';

function findingsIn(dir: string, file: string): ScanFinding[] {
  return scan([join(corpusRoot(), dir)], ALL_RULES, { config: false }).findings.filter((f) => f.file === file && !f.suppressed);
}

function lineOf(dir: string, file: string, pattern: RegExp, after = 0): number {
  const lines = readFileSync(join(corpusRoot(), dir, file), 'utf8').split('\n');
  const i = lines.findIndex((l, n) => n >= after && pattern.test(l));
  assert.ok(i >= 0, `${pattern} not found in ${dir}/${file}`);
  return i + 1;
}

void describe('evaluation regressions on the corpus', () => {
  void it('terraform-aws-rds/examples/replica-postgres: storage_encrypted = false in module "master" is reported there', () => {
    const dir = 'terraform-aws-rds/examples/replica-postgres';
    const master = lineOf(dir, 'main.tf', /^module "master"/);
    const line = lineOf(dir, 'main.tf', /^\s*storage_encrypted\s*=\s*false/, master);
    const f = findingsIn(dir, 'main.tf').filter((x) => x.ruleId === 'AWS-RDS-001' && x.kind === 'violation');
    const atArgument = f.find((x) => x.startLine === line);
    assert.ok(atArgument, `expected AWS-RDS-001 at main.tf:${line}, got ${f.map((x) => x.startLine).join(', ')}`);
    assert.match(atArgument.message, /^module\.master → module\.db_instance → aws_db_instance\.this: /);
    assert.equal(atArgument.fixable, true, 'the fix sets the argument');
  });

  void it('terraform-aws-vpc/examples/network-acls: SSH and RDP from anywhere, passed as module inputs, are reported at the input', () => {
    const dir = 'terraform-aws-vpc/examples/network-acls';
    const line = lineOf(dir, 'main.tf', /^\s*public_inbound_acl_rules\s*=/);
    const f = findingsIn(dir, 'main.tf').filter((x) => x.ruleId === 'AWS-VPC-002' && x.kind === 'violation' && x.startLine === line);
    assert.ok(f.some((x) => /SSH \(22\) from 0\.0\.0\.0\/0/.test(x.message)), f.map((x) => x.message).join('\n'));
    assert.ok(f.some((x) => /RDP \(3389\) from 0\.0\.0\.0\/0/.test(x.message)), f.map((x) => x.message).join('\n'));
    assert.equal(findingsIn(dir, 'main.tf').filter((x) => x.kind === 'unverifiable').length, 0);
  });

  void it('terraform-aws-s3-bucket/main.tf: conditionally attached policy, encryption and versioning are decided, never "cannot verify"', () => {
    const f = findingsIn('terraform-aws-s3-bucket', 'main.tf');
    const s3 = f.filter((x) => x.ruleId.startsWith('AWS-S3-'));
    assert.deepEqual(s3.filter((x) => x.kind === 'unverifiable').map((x) => x.message), []);
    // With the module's default inputs the companions are not created (count = 0): what the module
    // deploys when called without inputs, as Terraform would plan it.
    assert.ok(s3.some((x) => x.ruleId === 'AWS-S3-003'));
  });

  void it('terraform-aws-s3-bucket/examples/complete: the call attaches the deny-HTTP policy: no "has no policy" at the call', () => {
    const dir = 'terraform-aws-s3-bucket/examples/complete';
    const f = findingsIn(dir, 'main.tf').filter((x) => x.ruleId === 'AWS-S3-003' && x.kind === 'violation');
    const call = lineOf(dir, 'main.tf', /^module "s3_bucket"/);
    assert.deepEqual(f.filter((x) => x.startLine === call), []);
  });

  void it('terraform-aws-vpc/main.tf: the default network ACL from variable defaults is judged; empty dynamic blocks are no rules', () => {
    const f = findingsIn('terraform-aws-vpc', 'main.tf');
    const acl = f.filter((x) => x.ruleId === 'AWS-VPC-002' && x.resource === 'aws_default_network_acl.this');
    assert.equal(acl.length, 2, acl.map((x) => x.message).join('\n'));
    assert.ok(acl.every((x) => x.kind === 'violation' && /default_network_acl_ingress/.test(x.message)));
    // default_security_group_ingress/egress default to []: the dynamic blocks generate no rule.
    assert.deepEqual(f.filter((x) => x.ruleId === 'AWS-EC2-006'), []);
    assert.deepEqual(f.filter((x) => x.ruleId === 'AWS-VPC-002' && x.kind === 'unverifiable'), []);
  });

  void it('VPCFlowLogsS3.cfn.yaml: Fn::If with AWS::NoValue on conditions over parameters without a value is judged per branch', () => {
    const dir = 'aws-cloudformation-templates/Solutions/VPCFlowLogs/templates';
    const all = scan([join(corpusRoot(), dir)], ALL_RULES, { config: false }).findings.filter((f) => f.file === 'VPCFlowLogsS3.cfn.yaml');
    // SSEAlgorithm is aws:kms or AES256 and KMSMasterKeyID a key or absent: encrypted either way, so no
    // "cannot verify" (suppressed or not) on the bucket's encryption. LoggingConfiguration is
    // `!Ref AWS::NoValue` when S3AccessLogsCondition is false: no access logging in that scenario only.
    const onResources = all.filter((f) => f.resource !== '(project)');
    assert.deepEqual(
      onResources.map((f) => `${f.ruleId} ${f.kind} ${f.startLine}`),
      [`AWS-S3-007 violation ${lineOf(dir, 'VPCFlowLogsS3.cfn.yaml', /^  VPCFlowLogsBucket:/)}`],
    );
    assert.match(onResources[0]!.message, /when condition S3AccessLogsCondition is false\)\.$/);
    assert.deepEqual(onResources[0]!.when, [[{ condition: 'S3AccessLogsCondition', value: false }]]);
    assert.deepEqual(all.filter((f) => f.kind === 'unverifiable'), []);
  });
});
