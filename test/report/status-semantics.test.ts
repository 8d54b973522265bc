// SPDX-License-Identifier: Apache-2.0
// The status semantics of docs/report.md as a truth table, and the properties behind it: for every
// control of every framework, a workspace with none of its resources is never "pass", and evidence that
// is only unknown is never "pass".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_RULES } from '../../rules';
import { FRAMEWORK_KEYS } from '../../server/src/engine/frameworks';
import { scan } from '../../server/src/report/scan-result';
import { buildComplianceReport } from '../../server/src/report/compliance';
import type { ComplianceReport } from '../../server/src/report/compliance';
import { ruleStatus, workspaceEvidence } from '../../server/src/service/workspace-controls';
import type { EvidenceItem, SearchedScope } from '../../server/src/service/workspace-controls';
import { totalsOf } from '../../server/src/report/totals';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-status-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function report(files: Record<string, string>): ComplianceReport {
  return buildComplianceReport(scan([folder(files)], ALL_RULES), ALL_RULES, FRAMEWORK_KEYS);
}

const item = (status: EvidenceItem['status']): EvidenceItem => ({ ruleId: 'R', resource: 'r', file: 'f', line: 1, status });
const searched = (outcome: SearchedScope['outcome'], reason?: string): SearchedScope => (reason ? { ruleId: 'R', file: 'f', outcome, reason } : { ruleId: 'R', file: 'f', outcome });

void describe('status truth table', () => {
  const cases: [string, Parameters<typeof ruleStatus>[0], string][] = [
    ['resource rule, no resource', { scope: 'resource', items: [], searched: [] }, 'not-applicable'],
    ['resource rule, all pass', { scope: 'resource', items: [item('pass'), item('pass')], searched: [] }, 'pass'],
    ['resource rule, one fail', { scope: 'resource', items: [item('pass'), item('fail')], searched: [] }, 'fail'],
    ['resource rule, only unknown', { scope: 'resource', items: [item('unknown')], searched: [] }, 'unknown'],
    ['resource rule, pass and unknown', { scope: 'resource', items: [item('pass'), item('unknown')], searched: [] }, 'unknown'],
    ['resource rule, justified exception', { scope: 'resource', items: [item('pass'), item('excepted')], searched: [] }, 'excepted'],
    ['resource rule, exception without justification', { scope: 'resource', items: [item('excepted'), item('excepted-unjustified')], searched: [] }, 'excepted-unjustified'],
    ['presence, nothing searched (empty workspace)', { scope: 'presence', items: [], searched: [] }, 'fail'],
    ['presence, out of scope everywhere (its platform cannot define it)', { scope: 'presence', items: [], searched: [searched('out-of-scope', 'CloudFormation cannot define this control')] }, 'fail'],
    ['presence, no module uses its cloud (a Google Cloud control in an AWS-only workspace)', { scope: 'presence', items: [], searched: [{ ...searched('out-of-scope', 'nothing in this module uses Google Cloud'), cloudUnused: true }] }, 'not-applicable'],
    ['presence, its cloud unused in one module, platform out of scope in another', { scope: 'presence', items: [], searched: [{ ...searched('out-of-scope', 'nothing in this module uses AWS'), cloudUnused: true }, searched('out-of-scope', 'Terraform cannot define this control')] }, 'fail'],
    ['presence, its cloud used in one module only', { scope: 'presence', items: [item('fail')], searched: [{ ...searched('out-of-scope', 'nothing in this module uses Azure'), cloudUnused: true }, searched('missing')] }, 'fail'],
    ['presence, missing', { scope: 'presence', items: [item('fail')], searched: [searched('missing')] }, 'fail'],
    ['presence, present', { scope: 'presence', items: [item('pass')], searched: [searched('present')] }, 'pass'],
    ['presence, present in one module, missing in another (not kept)', { scope: 'presence', items: [item('pass')], searched: [searched('present'), searched('missing')] }, 'pass'],
    ['presence, only unknown', { scope: 'presence', items: [item('unknown')], searched: [searched('unknown')] }, 'unknown'],
    ['presence, missing but excepted', { scope: 'presence', items: [item('excepted')], searched: [searched('missing')] }, 'excepted'],
    ['presence, rule says not applicable', { scope: 'presence', items: [], searched: [searched('n/a', 'no S3 bucket in this module')] }, 'not-applicable'],
  ];
  for (const [name, input, expected] of cases) {
    void it(name, () => assert.equal(ruleStatus(input), expected));
  }
});

/** Sample workspaces, each with few resource kinds; the property is checked on every control of each. */
const SAMPLES: Record<string, Record<string, string>> = {
  empty: {},
  'SNS-only template': { 'topic.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Alerts:\n    Type: AWS::SNS::Topic\n' },
  'S3 bucket module': { 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n' },
  'azurerm module': {
    'main.tf':
      'provider "azurerm" {\n  features {}\n}\n\nresource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n}\n\n' +
      // A resource of the model (catalog kind azure.storage.account) must not bring AWS into scope.
      'resource "azurerm_storage_account" "sa" {\n  name                     = "sa"\n  resource_group_name      = "rg"\n  location                 = "westeurope"\n  account_tier             = "Standard"\n  account_replication_type = "GRS"\n}\n',
  },
  'google module': {
    'main.tf':
      'provider "google" {\n  project = "p"\n}\n\n' +
      // Catalog kinds gcp.* (google and google-beta types) must not bring AWS into scope either.
      'resource "google_dns_managed_zone" "z" {\n  name     = "z"\n  dns_name = "example.com."\n}\n\n' +
      'resource "google_compute_firewall" "ssh" {\n  provider      = google-beta\n  name          = "ssh"\n  network       = "default"\n  source_ranges = ["0.0.0.0/0"]\n\n  allow {\n    protocol = "tcp"\n    ports    = ["22"]\n  }\n}\n',
  },
  'trail without filters': { 'main.tf': 'resource "aws_cloudtrail" "t" {\n  name                  = "t"\n  s3_bucket_name        = "logs"\n  is_multi_region_trail = true\n}\n' },
};

void describe('no pass without evidence (every control of every framework)', () => {
  for (const [name, files] of Object.entries(SAMPLES)) {
    void it(`${name}: a control none of whose resource kinds is present is never pass`, () => {
      const r = report(files);
      const types = new Set(Object.values(files).flatMap((t) => [...t.matchAll(/(?:resource "|Type: )([\w:]+)/g)].map((m) => m[1]!)));
      for (const f of r.frameworks) {
        for (const c of f.controls) {
          const rules = ALL_RULES.filter((x) => c.rules.includes(x.meta.id));
          const kinds = rules.flatMap((x) => [...(x.meta.resourceTypes.terraform ?? []), ...(x.meta.resourceTypes.cloudformation ?? [])]);
          if (kinds.some((k) => types.has(k))) continue;
          assert.notEqual(c.status, 'pass', `${f.key} ${c.id} passes in "${name}" without any of ${kinds.join(', ')}`);
        }
      }
    });
  }

  void it('evidence that is only unknown is never pass, for every rule', () => {
    for (const scope of ['resource', 'presence'] as const) {
      assert.equal(ruleStatus({ scope, items: [item('unknown')], searched: scope === 'presence' ? [searched('unknown')] : [] }), 'unknown');
    }
  });

  void it('a Terraform module whose values are all unknown gives unknown controls, never pass', () => {
    const r = report({
      'main.tf': 'variable "enc" {}\nvariable "multi" {}\n\nresource "aws_cloudtrail" "t" {\n  name                       = "t"\n  s3_bucket_name             = "logs"\n  is_multi_region_trail      = var.multi\n  enable_log_file_validation = var.enc\n  kms_key_id                 = var.enc\n}\n',
    });
    const cis = r.frameworks.find((f) => f.key === 'cis-aws-5.0.0' && f.view === 'all')!;
    assert.equal(cis.controls.find((c) => c.id === '3.1')!.status, 'unknown');
    assert.equal(cis.controls.find((c) => c.id === '3.2')!.status, 'unknown');
  });

  void it('presence controls with nothing present fail; an SNS topic is no evidence of alarms', () => {
    const r = report(SAMPLES['SNS-only template']!);
    const l1 = r.frameworks.find((f) => f.key === 'cis-aws-5.0.0' && f.view === 'level1')!;
    for (const id of ['3.1', '4.3', '4.4', '1.16']) assert.equal(l1.controls.find((c) => c.id === id)?.status, 'fail', id);
    assert.equal(l1.counts.pass, 0);
    assert.equal(l1.passRate, 0);
  });

  void it('account-level AWS checks do not run where nothing uses AWS', () => {
    const dir = folder(SAMPLES['azurerm module']!);
    const s = scan([dir], ALL_RULES);
    assert.deepEqual(s.findings.filter((f) => f.kind === 'missing' && f.ruleId.startsWith('AWS-')), []);
    const r = buildComplianceReport(s, ALL_RULES);
    const keys = r.frameworks.map((f) => f.key);
    assert.deepEqual(keys.filter((k) => k.startsWith('cis-aws')), [], 'no CIS AWS framework is evidenced by an Azure-only folder');
    assert.ok(keys.includes('cis-azure-6.0.0'), 'the Azure rules evidence CIS Azure');
    assert.ok(s.findings.some((f) => f.ruleId.startsWith('AZURE-STORAGE-')), 'the storage account is checked');
  });

  void it('an AWS-only workspace gets no Azure "missing" finding, and an Azure-only one no AWS one', () => {
    const aws = scan([folder(SAMPLES['S3 bucket module']!)], ALL_RULES);
    const awsMissing = aws.findings.filter((f) => f.kind === 'missing').map((f) => f.ruleId);
    assert.ok(awsMissing.some((id) => id.startsWith('AWS-')), 'the AWS account-level controls are judged');
    assert.deepEqual(awsMissing.filter((id) => !id.startsWith('AWS-')), []);
    const azure = scan([folder(SAMPLES['azurerm module']!)], ALL_RULES);
    assert.deepEqual(azure.findings.filter((f) => f.kind === 'missing' && !f.ruleId.startsWith('AZURE-')).map((f) => f.ruleId), []);
    assert.ok(azure.findings.some((f) => f.kind === 'missing' && f.ruleId.startsWith('AZURE-DEFENDER-')), 'the Azure subscription-level controls are judged');
    // In the AWS-only workspace the Azure controls are not applicable, not failed (they would fail SOC 2 / NIST controls).
    const ev = workspaceEvidence(aws.digests, ALL_RULES);
    assert.equal(ev.get('AZURE-DEFENDER-003')!.status, 'not-applicable');
    // A CloudFormation template is AWS: no control of another cloud is filed there.
    const cfn = scan([folder(SAMPLES['SNS-only template']!)], ALL_RULES);
    assert.deepEqual(cfn.findings.filter((f) => f.kind === 'missing' && !f.ruleId.startsWith('AWS-')).map((f) => f.ruleId), []);
  });

  void it('account-level AWS checks do not run in a google-only module; its rules evidence CIS GCP', () => {
    const dir = folder(SAMPLES['google module']!);
    const s = scan([dir], ALL_RULES);
    assert.deepEqual(s.findings.filter((f) => f.kind === 'missing' && f.ruleId.startsWith('AWS-')), []);
    assert.deepEqual(s.findings.filter((f) => f.ruleId.startsWith('AWS-') || f.ruleId.startsWith('AZURE-')), []);
    const r = buildComplianceReport(s, ALL_RULES);
    const keys = r.frameworks.map((f) => f.key);
    assert.deepEqual(keys.filter((k) => k.startsWith('cis-aws') || k.startsWith('cis-azure')), [], 'no CIS AWS or Azure framework is evidenced by a google-only folder');
    assert.ok(keys.includes('cis-gcp-5.0.0'), 'the GCP rules evidence CIS GCP');
    const cis = r.frameworks.find((f) => f.key === 'cis-gcp-5.0.0' && f.view === 'all')!;
    assert.equal(cis.controls.find((c) => c.id === '3.3')!.status, 'fail', 'the unsigned zone fails 3.3');
    assert.equal(cis.controls.find((c) => c.id === '3.6')!.status, 'fail', 'SSH from anywhere fails 3.6');
    const level1 = r.frameworks.find((f) => f.key === 'cis-gcp-5.0.0' && f.view === 'level1')!;
    assert.equal(level1.controls.find((c) => c.id === '3.6'), undefined, '3.6 is Level 2: not in the Level 1 view');
  });

  void it('GCP account-level controls: missing once in a google workspace, evidenced or wrong on the resource, absent elsewhere', () => {
    const s = scan([folder(SAMPLES['google module']!)], ALL_RULES);
    const missing = s.findings.filter((f) => f.kind === 'missing').map((f) => f.ruleId);
    for (const id of ['GCP-LOGGING-001', 'GCP-LOGGING-002', 'GCP-LOGGING-005', 'GCP-LOGGING-012', 'GCP-LOGGING-014', 'GCP-IAM-006']) {
      assert.equal(missing.filter((m) => m === id).length, 1, `${id} is missing exactly once`);
    }
    // Neither an AWS nor an Azure workspace gets any Google Cloud finding.
    for (const sample of ['S3 bucket module', 'azurerm module', 'SNS-only template']) {
      const other = scan([folder(SAMPLES[sample]!)], ALL_RULES);
      assert.deepEqual(other.findings.filter((f) => f.ruleId.startsWith('GCP-')).map((f) => f.ruleId), [], sample);
    }
    const audit = (types: string[]): string =>
      'resource "google_project_iam_audit_config" "all" {\n  service = "allServices"\n' + types.map((t) => `  audit_log_config {\n    log_type = "${t}"\n  }\n`).join('') + '}\n';
    const sink = 'resource "google_logging_project_sink" "all" {\n  name        = "all"\n  destination = "pubsub.googleapis.com/projects/p/topics/logs"\n}\n';
    const good = report({ 'main.tf': audit(['ADMIN_READ', 'DATA_READ', 'DATA_WRITE']) + sink });
    const cisGood = good.frameworks.find((f) => f.key === 'cis-gcp-5.0.0' && f.view === 'all')!;
    assert.equal(cisGood.controls.find((c) => c.id === '2.1')!.status, 'pass');
    assert.equal(cisGood.controls.find((c) => c.id === '2.3')!.status, 'pass');
    const wrong = scan([folder({ 'main.tf': audit(['ADMIN_READ']) })], ALL_RULES);
    const f = wrong.findings.filter((x) => x.ruleId === 'GCP-LOGGING-001');
    assert.deepEqual(f.map((x) => [x.kind, x.resource]), [['violation', 'google_project_iam_audit_config.all']], 'present but wrong: reported on the resource, no missing finding');
    const cisWrong = buildComplianceReport(wrong, ALL_RULES).frameworks.find((x) => x.key === 'cis-gcp-5.0.0' && x.view === 'all')!;
    assert.equal(cisWrong.controls.find((c) => c.id === '2.1')!.status, 'fail');
  });

  void it('exceptions: unjustified ones are counted apart and never pass; expired ones fail', () => {
    const r = report({
      'main.tf': [
        'resource "aws_cloudtrail" "t" {',
        '  name                       = "t"',
        '  s3_bucket_name             = "logs"',
        '  is_multi_region_trail      = true',
        '  enable_log_file_validation = true',
        '}',
        '',
        '# checkov:skip=CKV_AWS_7',
        'resource "aws_kms_key" "k" {',
        '  description = "k"',
        '}',
        '',
        '# iac-compliance:ignore AWS-S3-001 until=2020-01-01 Old reason',
        'resource "aws_s3_bucket" "b" {',
        '  bucket = "b"',
        '}',
        '',
      ].join('\n'),
    });
    const cis = r.frameworks.find((f) => f.key === 'cis-aws-5.0.0' && f.view === 'all')!;
    assert.equal(cis.controls.find((c) => c.id === '3.6')!.status, 'excepted-unjustified');
    assert.ok(r.summary.unjustified >= 1);
    assert.ok(r.header.exceptions.unjustified >= 1);
    assert.equal(cis.passRateWithExceptions, cis.passRate, 'an unjustified exception does not count as pass');
  });

  void it("the report's summary equals the scan's totals", () => {
    const dir = folder(SAMPLES['trail without filters']!);
    const s = scan([dir], ALL_RULES);
    assert.deepEqual(buildComplianceReport(s, ALL_RULES).summary, totalsOf(s));
  });
});
