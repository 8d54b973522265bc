// SPDX-License-Identifier: Apache-2.0
// CloudFormation evaluation in the editor: SSH opened to the internet through a parameter's default is a
// finding on the property whose relatedInformation points at the Default; `iacCompliance.defaults: unknown`
// turns it into "cannot verify".

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { LspSession, fileUri } from './harness';
import { pinned, pinnedStart } from './expected';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  SSHLocation:
    Type: String
    Default: 0.0.0.0/0
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !Ref SSHLocation
`;

function ssh(d: Diagnostic[]): Diagnostic[] {
  return d.filter((x) => x.code === 'AWS-EC2-001');
}

void describe('CloudFormation evaluation in the editor', () => {
  let s: LspSession;
  let dir: string;
  before(async () => {
    s = await LspSession.start(pinnedStart());
    dir = mkdtempSync(join(tmpdir(), 'iac-lsp-cfn-eval-'));
    writeFileSync(join(dir, 'sg.yaml'), TEMPLATE);
  });
  after(async () => {
    await s.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  void it("a finding through a parameter's default links to the Default", async () => {
    const uri = fileUri(join(dir, 'sg.yaml'));
    const [d] = ssh(await s.diagnosticsAt(uri, s.open(uri, TEMPLATE)));
    assert.ok(d, 'the default opens SSH');
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range, { start: { line: 14, character: 18 }, end: { line: 14, character: 34 } });
    assert.match(d.message, /with the default value of parameter SSHLocation \("0\.0\.0\.0\/0"\)/);
    assert.deepEqual(d.relatedInformation, [
      { location: { uri, range: { start: { line: 4, character: 13 }, end: { line: 4, character: 22 } } }, message: 'the default value of parameter SSHLocation ("0.0.0.0/0")' },
    ]);
  });

  void it('defaults: unknown makes it "cannot verify"', async () => {
    const uri = fileUri(join(dir, 'sg.yaml'));
    s.changeConfiguration(pinned({ defaults: 'unknown' }));
    await s.waitForDiagnostics(uri, (d) => ssh(d).length === 1 && ssh(d)[0]!.severity === 3 && /parameter SSHLocation/.test(ssh(d)[0]!.message));
    s.changeConfiguration(pinned({}));
    await s.waitForDiagnostics(uri, (d) => ssh(d).length === 1 && ssh(d)[0]!.severity === 1);
  });
});
