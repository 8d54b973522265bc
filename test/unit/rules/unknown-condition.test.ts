// SPDX-License-Identifier: Apache-2.0
// A policy statement whose Condition is unknown must not be read as unconditioned: "cannot verify".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../support/fixture-runner';

test('a trust policy trusting "*" under an unknown condition is "cannot verify", not a violation', () => {
  const text = [
    'variable "cond" {',
    '  type = any',
    '}',
    '',
    'resource "aws_iam_role" "r" {',
    '  name = "r"',
    '  assume_role_policy = jsonencode({',
    '    Version   = "2012-10-17"',
    '    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "sts:AssumeRole", Condition = var.cond }]',
    '  })',
    '}',
    '',
  ].join('\n');
  const a = analyzeText('/fixture/main.tf', text);
  const trust = a.findings.filter((f) => f.ruleId === 'AWS-IAM-007');
  assert.deepEqual(trust.map((f) => [f.kind, f.message]), [['unverifiable', 'Cannot verify whether a statement lets anyone assume the role: depends on var.cond.']]);
});
