// SPDX-License-Identifier: Apache-2.0
// Diagnostics in the real editor: rule ids, ranges, severities, source and framework ids, for Terraform,
// CloudFormation YAML and CloudFormation JSON.

import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, dataOf, open, REFS, shape, SOURCE, waitForCodes } from './helpers';

describe('diagnostics', () => {
  it('Terraform: main.tf', async () => {
    const editor = await open('main.tf');
    assert.equal(editor.document.languageId, 'terraform');
    const ds = await waitForCodes(editor.document.uri, ['AWS-S3-002', 'AWS-S3-003', 'AWS-S3-001', 'AWS-KMS-001', 'AWS-EC2-001']);
    assert.deepEqual(ds.map(shape), [
      { code: 'AWS-S3-002', severity: 'Warning', range: '1:0-1:31', message: `The bucket declares no default server-side encryption. ${REFS.S3_002}` },
      { code: 'AWS-S3-003', severity: 'Warning', range: '1:0-1:31', message: `The bucket has no policy, so requests over plain HTTP are not denied. ${REFS.S3_003}` },
      { code: 'AWS-S3-001', severity: 'Error', range: '9:2-9:33', message: `The public access block does not block public policies: the setting is false. ${REFS.S3_001}` },
      { code: 'AWS-KMS-001', severity: 'Warning', range: '14:0-14:28', message: `Automatic rotation is not enabled for this symmetric key (the setting defaults to false). ${REFS.KMS_001}` },
      { code: 'AWS-EC2-001', severity: 'Error', range: '25:4-25:31', message: `Ingress from 0.0.0.0/0 is allowed to SSH (22). ${REFS.EC2_001}` },
    ]);
    for (const d of ds) assert.equal(d.source, SOURCE);
    // The code links to the rule's documentation page.
    const code = ds[0]!.code;
    assert.ok(typeof code === 'object' && code.target.toString().endsWith('/docs/rules/AWS-S3-002.md'), `code target: ${JSON.stringify(code)}`);
    // diagnostic.data carries the resource and the kind (code actions find the finding again by the code and
    // the range); the fixes are computed by the code action (quickfix.e2e.ts), not sent with each publish.
    assert.deepEqual(dataOf(ds[2]!), { resource: 'aws_s3_bucket.site', kind: 'violation' });
  });

  it('CloudFormation YAML: template.yaml', async () => {
    const editor = await open('template.yaml');
    const ds = await waitForCodes(editor.document.uri, ['AWS-S3-002', 'AWS-S3-003', 'AWS-S3-001', 'AWS-KMS-001']);
    assert.deepEqual(ds.map(shape), [
      { code: 'AWS-S3-002', severity: 'Warning', range: '3:2-3:12', message: `The bucket declares no default server-side encryption. ${REFS.S3_002}` },
      { code: 'AWS-S3-003', severity: 'Warning', range: '3:2-3:12', message: `The bucket has no policy, so requests over plain HTTP are not denied. ${REFS.S3_003}` },
      { code: 'AWS-S3-001', severity: 'Error', range: '9:27-9:32', message: `The public access block does not block public policies: the setting is false. ${REFS.S3_001}` },
      { code: 'AWS-KMS-001', severity: 'Warning', range: '12:2-12:8', message: `Automatic rotation is not enabled for this symmetric key (the setting defaults to false). ${REFS.KMS_001}` },
    ]);
    for (const d of ds) assert.equal(d.source, SOURCE);
    assert.equal(dataOf(ds[0]!)?.resource, 'SiteBucket');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, ds[3]!.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(actions.some((a) => a.title === 'Enable automatic key rotation' && a.isPreferred), `KMS fix offered: ${actions.map((a) => a.title).join(', ')}`);
  });

  it('CloudFormation JSON: template.json', async () => {
    const editor = await open('template.json');
    const ds = await waitForCodes(editor.document.uri, ['AWS-EC2-001', 'AWS-RDS-002', 'AWS-RDS-001']);
    assert.deepEqual(ds.map(shape), [
      { code: 'AWS-EC2-001', severity: 'Error', range: '9:77-9:88', message: `Ingress from 0.0.0.0/0 is allowed to RDP (3389). ${REFS.EC2_001}` },
      { code: 'AWS-RDS-002', severity: 'Error', range: '13:4-13:8', message: `The instance is publicly accessible. ${REFS.RDS_002}` },
      { code: 'AWS-RDS-001', severity: 'Error', range: '19:28-19:33', message: `The instance's storage is not encrypted. ${REFS.RDS_001}` },
    ]);
    for (const d of ds) assert.equal(d.source, SOURCE);
    assert.deepEqual(
      ds.map((d) => [codeOf(d), dataOf(d)?.resource, dataOf(d)?.kind]),
      [
        ['AWS-EC2-001', 'AdminSg', 'violation'],
        ['AWS-RDS-002', 'Db', 'violation'],
        ['AWS-RDS-001', 'Db', 'violation'],
      ],
    );
  });
});
