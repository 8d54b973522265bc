// SPDX-License-Identifier: Apache-2.0
// Settings: a higher iacCompliance.severityThreshold hides the medium findings; back to the default shows
// them again; iacCompliance.excludedRules hides a rule.

import * as assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import { open, setSetting, shape, waitForCodes } from './helpers';
import * as vscode from 'vscode';

describe('settings', () => {
  let excluded: string[] = [];
  after(async () => {
    await setSetting('iacCompliance', 'severityThreshold', undefined);
    await setSetting('iacCompliance', 'excludedRules', excluded);
  });

  it('severityThreshold "high" leaves only the high findings, "info" brings the rest back', async () => {
    const editor = await open('template.yaml');
    const uri = editor.document.uri;
    await waitForCodes(uri, ['AWS-S3-002', 'AWS-S3-003', 'AWS-S3-001', 'AWS-KMS-001']);
    await setSetting('iacCompliance', 'severityThreshold', 'high');
    const high = await waitForCodes(uri, ['AWS-S3-001']);
    assert.deepEqual(shape(high[0]!).range, '9:27-9:32');
    await setSetting('iacCompliance', 'severityThreshold', 'info');
    await waitForCodes(uri, ['AWS-S3-002', 'AWS-S3-003', 'AWS-S3-001', 'AWS-KMS-001']);
  });

  it('excludedRules hides a rule', async () => {
    const editor = await open('template.yaml');
    const uri = editor.document.uri;
    excluded = vscode.workspace.getConfiguration('iacCompliance').get<string[]>('excludedRules') ?? [];
    await setSetting('iacCompliance', 'excludedRules', [...excluded, 'AWS-S3-003']);
    await waitForCodes(uri, ['AWS-S3-002', 'AWS-S3-001', 'AWS-KMS-001']);
  });
});
