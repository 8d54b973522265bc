// SPDX-License-Identifier: Apache-2.0
// CloudFormation parameter files from the project file (`parameterFiles`: template → files) and from the
// `iacCompliance.cloudformation.parameterFiles` setting (every template): values with their provenance,
// the order (setting, project file, --parameter), a file that does not read as one is a note, and an edit
// to a parameter file is seen on the next analysis.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisService } from '../../../server/src/service/analysis';
import { parseProjectConfig } from '../../../server/src/service/project-config';
import { readSettings } from '../../../server/src/handlers/didChangeConfiguration';
import { ALL_RULES } from '../../../rules';
import { MemoryFs, TEST_TODAY } from '../../support/fixture-runner';

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
const OPEN = '[{"ParameterKey": "SSHLocation", "ParameterValue": "0.0.0.0/0"}]';

function service(files: Record<string, string>, project?: string, settingFiles?: string[]): { s: AnalysisService; fs: MemoryFs } {
  const fs = new MemoryFs();
  for (const [p, t] of Object.entries(files)) fs.files.set(p, t);
  const s = new AnalysisService({ fs, rules: ALL_RULES, today: TEST_TODAY, inputs: settingFiles ? { defaults: 'assume', cfnParameterFiles: settingFiles } : { defaults: 'assume' } });
  if (project) s.setProjectConfig(parseProjectConfig(project, '/w/.iac-compliance.yaml', new Set(ALL_RULES.map((r) => r.meta.id))).config);
  return { s, fs };
}

const ssh = (s: AnalysisService): string[] => s.analyzeFile('/w/stacks/app.yaml').findings.filter((f) => f.ruleId === 'AWS-EC2-001').map((f) => `${f.kind}: ${f.message}`);

void describe('CloudFormation parameter files from the project file and the setting', () => {
  void it('the project file maps a template to its parameter file (paths relative to the project file)', () => {
    const { s } = service({ '/w/stacks/app.yaml': TEMPLATE, '/w/stacks/app.parameters.json': OPEN }, 'parameterFiles:\n  stacks/app.yaml: stacks/app.parameters.json\n');
    assert.deepEqual(ssh(s), ['violation: Ingress from 0.0.0.0/0 is allowed to SSH (22), with parameter SSHLocation = "0.0.0.0/0" from app.parameters.json.']);
  });

  void it('without the mapping the default decides; a file beside the template is not read unless named', () => {
    const { s } = service({ '/w/stacks/app.yaml': TEMPLATE, '/w/stacks/app.parameters.json': OPEN });
    assert.deepEqual(ssh(s), []);
  });

  void it("the setting applies to every template; the project file's files come after it (later wins)", () => {
    const closed = '{"Parameters": {"SSHLocation": "192.168.0.0/16"}}';
    const { s } = service({ '/w/stacks/app.yaml': TEMPLATE, '/w/open.json': OPEN, '/w/closed.json': closed }, 'parameterFiles:\n  stacks/app.yaml: [closed.json]\n', ['/w/open.json']);
    assert.deepEqual(ssh(s), []);
    const { s: only } = service({ '/w/stacks/app.yaml': TEMPLATE, '/w/open.json': OPEN }, undefined, ['/w/open.json']);
    assert.equal(ssh(only).length, 1);
  });

  void it('a parameter file that does not parse or is missing is a note, and its values are not used', () => {
    const { s } = service({ '/w/stacks/app.yaml': TEMPLATE, '/w/bad.json': '{"SSHLocation": ' }, 'parameterFiles:\n  stacks/app.yaml: [bad.json, missing.json]\n');
    const a = s.analyzeFile('/w/stacks/app.yaml');
    assert.deepEqual(a.notes.map((n) => n.message.replace(/ \(.*\)/, '')), ['The parameter file /w/bad.json does not read as one: its values are not used.', 'The parameter file /w/missing.json was not found: its values are not used.']);
    assert.deepEqual(ssh(s), []);
  });

  void it('an edit to the parameter file is seen on the next analysis', () => {
    const { s } = service({ '/w/stacks/app.yaml': TEMPLATE, '/w/p.json': '{"SSHLocation": "10.1.0.0/16"}' }, 'parameterFiles:\n  stacks/app.yaml: p.json\n');
    assert.deepEqual(ssh(s), []);
    s.setOverlay('/w/p.json', OPEN);
    assert.equal(ssh(s).length, 1);
  });

  void it('the editor setting iacCompliance.cloudformation.parameterFiles is read', () => {
    assert.deepEqual(readSettings({ iacCompliance: { cloudformation: { parameterFiles: ['a.json', 3, ''] } } }).cloudformationParameterFiles, ['a.json']);
    assert.deepEqual(readSettings({}).cloudformationParameterFiles, []);
  });
});
