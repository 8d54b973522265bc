// SPDX-License-Identifier: Apache-2.0
// Fixes that need a value only the user knows insert a placeholder (a Terraform variable, a CloudFormation
// parameter) and then select where it is used, through window/showDocument, so the user types over it.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CommandIds } from '../../server/src/protocol';
import { LspSession, applyWorkspaceEdit, scratchUri, textOf } from './harness';
import { pinnedStart } from './expected';

const TRAIL_TF = 'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "logs"\n  is_multi_region_trail      = true\n  enable_log_file_validation = true\n}\n';
const TRAIL_YAML =
  'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n      IsMultiRegionTrail: true\n      EnableLogFileValidation: true\n';

void describe('placeholder selection after a fix', () => {
  let s: LspSession;
  before(async () => {
    s = await LspSession.start(pinnedStart({ showDocument: true }));
  });
  after(() => s.shutdown());

  for (const [name, text, expected] of [
    ['main.tf', TRAIL_TF, 'var.cloudtrail_kms_key_arn'],
    ['stack.yaml', TRAIL_YAML, '!Ref CloudTrailKmsKeyArn'],
  ] as const) {
    void it(`${name}: the KMS key fix carries a command that selects the new placeholder`, async () => {
      const uri = scratchUri('placeholder', name);
      const d = await s.diagnosticsAt(uri, s.open(uri, text));
      const kms = d.find((x) => x.code === 'AWS-CLOUDTRAIL-003' && x.severity !== 3)!;
      assert.ok(kms, d.map((x) => x.code).join(', '));
      const actions = (await s.codeActions(uri, kms.range, [kms])) ?? [];
      const fix = actions.find((a) => a.command?.command === CommandIds.revealPlaceholder)!;
      assert.ok(fix, actions.map((a) => a.title).join(' | '));
      // The editor applies the edit, then runs the command.
      const v = s.replace(uri, applyWorkspaceEdit(s.text(uri), fix.edit, uri));
      await s.diagnosticsAt(uri, v);
      const before = s.shownDocuments.length;
      const ok = await s.request<boolean>('workspace/executeCommand', { command: fix.command!.command, arguments: fix.command!.arguments });
      assert.equal(ok, true);
      const shown = s.shownDocuments[before]!;
      assert.equal(shown.uri, uri);
      assert.equal(shown.takeFocus, true);
      assert.equal(textOf(s.text(uri), shown.selection!), expected);
    });
  }

  void it('the suppression action selects its <justification> placeholder', async () => {
    const uri = scratchUri('placeholder-suppress', 'main.tf');
    const d = await s.diagnosticsAt(uri, s.open(uri, TRAIL_TF));
    const finding = d.find((x) => x.code === 'AWS-CLOUDTRAIL-003' && x.severity !== 3)!;
    const suppress = ((await s.codeActions(uri, finding.range, [finding])) ?? []).find((a) => a.title.startsWith('Suppress'))!;
    await s.diagnosticsAt(uri, s.replace(uri, applyWorkspaceEdit(s.text(uri), suppress.edit, uri)));
    const before = s.shownDocuments.length;
    assert.equal(await s.request<boolean>('workspace/executeCommand', { command: suppress.command!.command, arguments: suppress.command!.arguments }), true);
    const shown = s.shownDocuments[before]!;
    assert.equal(textOf(s.text(uri), shown.selection!), '<justification>');
  });
});
