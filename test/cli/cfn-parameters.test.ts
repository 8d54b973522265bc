// SPDX-License-Identifier: Apache-2.0
// CloudFormation parameter values from outside the template: `--parameters FILE` (AWS CLI list, CodePipeline
// and plain shapes), `--parameter NAME=VALUE`, and `--no-defaults`. The template is written to a temp folder.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli } from '../support/cli';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  SSHLocation:
    Type: String
    Default: 10.0.0.0/8
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

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-params-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

interface JsonFinding {
  ruleId: string;
  kind: string;
  message: string;
  unknown?: { kind: string; name?: string };
  via?: { kind: string; name: string; file: string; line: number }[];
}

async function ssh(args: string[]): Promise<JsonFinding[]> {
  const r = await runCli(['scan', ...args, '--format', 'json', '--no-config']);
  assert.ok(r.code === 0 || r.code === 1, r.err);
  return (JSON.parse(r.out) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === 'AWS-EC2-001');
}

void describe('cli: CloudFormation parameters', () => {
  void it('the default decides without options (internal range: no finding)', async () => {
    const dir = folder({ 'sg.yaml': TEMPLATE });
    assert.deepEqual(await ssh([dir]), []);
  });

  void it('--parameters in the AWS CLI shape overrides the default, with the file and line in via', async () => {
    const dir = folder({ 'sg.yaml': TEMPLATE, 'prod.json': '[\n  {"ParameterKey": "SSHLocation", "ParameterValue": "0.0.0.0/0"}\n]\n' });
    const [f] = await ssh([join(dir, 'sg.yaml'), '--parameters', join(dir, 'prod.json')]);
    assert.equal(f?.kind, 'violation');
    assert.match(f!.message, /parameter SSHLocation = "0\.0\.0\.0\/0" from prod\.json/);
    assert.equal(f!.via?.[0]?.kind, 'parameter-file');
    assert.equal(f!.via?.[0]?.line, 2);
  });

  void it('reads the CodePipeline and plain shapes; --parameter wins over files', async () => {
    const dir = folder({ 'sg.yaml': TEMPLATE, 'a.json': '{"Parameters": {"SSHLocation": "0.0.0.0/0"}}', 'b.json': '{"SSHLocation": "0.0.0.0/0"}' });
    assert.equal((await ssh([join(dir, 'sg.yaml'), '--parameters', join(dir, 'a.json')]))[0]?.kind, 'violation');
    assert.equal((await ssh([join(dir, 'sg.yaml'), '--parameters', join(dir, 'b.json')]))[0]?.kind, 'violation');
    assert.deepEqual(await ssh([join(dir, 'sg.yaml'), '--parameters', join(dir, 'b.json'), '--parameter', 'SSHLocation=192.168.0.0/16']), []);
  });

  void it('--no-defaults makes the parameter unknown, named', async () => {
    const dir = folder({ 'sg.yaml': TEMPLATE });
    const [f] = await ssh([dir, '--no-defaults']);
    assert.equal(f?.kind, 'unverifiable');
    assert.deepEqual(f!.unknown, { kind: 'parameter', name: 'SSHLocation' });
  });

  void it('a parameter file that is not valid is a usage error with its line', async () => {
    const dir = folder({ 'sg.yaml': TEMPLATE, 'bad.json': '{\n  "SSHLocation": ["a"]\n}\n' });
    const r = await runCli(['scan', dir, '--parameters', join(dir, 'bad.json'), '--no-config']);
    assert.equal(r.code, 2);
    assert.match(r.err, /bad\.json:2: The value of parameter SSHLocation/);
  });
});
