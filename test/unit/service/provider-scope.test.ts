// SPDX-License-Identifier: Apache-2.0
// Which clouds a Terraform module uses (service/provider-scope.ts), and that the runner judges an
// account-level control only where its cloud is used (engine/runner.ts, rule cloud from the id prefix).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { buildTerraformModel } from '../../../server/src/model/adapters/terraform';
import { terraformScope } from '../../../server/src/service/provider-scope';
import { CLOUDS, ruleCloud, typeCloud, providerCloud } from '../../../server/src/engine/clouds';
import type { Cloud } from '../../../server/src/engine/clouds';
import { runRules } from '../../../server/src/engine/runner';
import { defineModuleRule } from '../../../server/src/engine/rule-api';
import type { Rule } from '../../../server/src/engine/rule-api';
import { ALL_RULES } from '../../../rules';

function scopeOf(text: string): Cloud[] {
  const files = [{ path: '/m/main.tf', file: parseHcl(text) }];
  return [...terraformScope(files, buildTerraformModel(files))].sort();
}

void describe('terraformScope', () => {
  const cases: [string, string, Cloud[]][] = [
    ['an aws resource', 'resource "aws_s3_bucket" "b" {}\n', ['aws']],
    ['an aws data source', 'data "aws_caller_identity" "me" {}\n', ['aws']],
    ['the aws provider', 'provider "aws" {\n  region = "eu-west-1"\n}\n', ['aws']],
    ['required_providers aws', 'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }\n}\n', ['aws']],
    ['an azurerm resource', 'resource "azurerm_resource_group" "rg" {\n  name = "rg"\n  location = "westeurope"\n}\n', ['azure']],
    ['the azurerm provider', 'provider "azurerm" {\n  features {}\n}\n', ['azure']],
    ['required_providers azurerm', 'terraform {\n  required_providers {\n    azurerm = { source = "hashicorp/azurerm" }\n  }\n}\n', ['azure']],
    ['a google resource', 'resource "google_storage_bucket" "b" {\n  name = "b"\n}\n', ['gcp']],
    ['the google-beta provider', 'provider "google-beta" {}\n', ['gcp']],
    ['required_providers google and aws', 'terraform {\n  required_providers {\n    google = { source = "hashicorp/google" }\n    aws = { source = "hashicorp/aws" }\n  }\n}\n', ['aws', 'gcp']],
    ['aws and azurerm resources', 'resource "aws_s3_bucket" "b" {}\nresource "azurerm_resource_group" "rg" {}\n', ['aws', 'azure']],
    ['only other providers', 'provider "random" {}\nresource "random_id" "x" {\n  byte_length = 4\n}\nresource "azuread_user" "u" {}\n', []],
    ['nothing', 'variable "x" {}\n', []],
  ];
  for (const [name, text, want] of cases) void it(name, () => assert.deepEqual(scopeOf(text), want));
});

void describe('the cloud table', () => {
  void it('names rule ids, resource types and providers', () => {
    assert.equal(ruleCloud('AWS-S3-001'), 'aws');
    assert.equal(ruleCloud('AZURE-MONITOR-001'), 'azure');
    assert.equal(ruleCloud('GCP-IAM-001'), 'gcp');
    assert.equal(ruleCloud('ORG-TAGS-001'), undefined);
    assert.equal(typeCloud('azurerm_key_vault'), 'azure');
    assert.equal(typeCloud('AWS::S3::Bucket'), undefined);
    assert.equal(typeCloud('azuread_user'), undefined);
    assert.equal(providerCloud('google-beta'), 'gcp');
    // Every built-in rule names its cloud, so its account-level control is scoped.
    for (const r of ALL_RULES) assert.ok(ruleCloud(r.meta.id), r.meta.id);
    // Prefixes do not overlap, so a type or id belongs to one cloud at most.
    for (const a of CLOUDS) for (const b of CLOUDS) if (a !== b) assert.ok(!a.idPrefix.startsWith(b.idPrefix) && !a.typePrefixes.some((p) => b.typePrefixes.some((q) => p.startsWith(q))));
  });
});

void describe('runner: account-level rules only where their cloud is used', () => {
  const meta = (id: string): Rule['meta'] => ({
    id, name: id.toLowerCase(), title: id, severity: 'medium', description: '', rationale: '', remediation: '', links: [],
    frameworks: {}, levels: {}, resourceTypes: { terraform: ['x_thing'] }, fix: 'none',
  });
  const rules = ['AWS-T-001', 'AZURE-T-001', 'GCP-T-001', 'ORG-T-001'].map((id) => defineModuleRule({ meta: meta(id), check: () => undefined }));
  const run = (scope: Cloud[] | undefined) => {
    const model = buildTerraformModel([{ path: '/m/main.tf', file: parseHcl('') }]);
    const anchor = { file: '/m/main.tf', span: { start: 0, end: 0 } };
    return runRules(model, rules, scope ? { anchor, platform: 'terraform', scope: new Set(scope) } : { anchor, platform: 'terraform' });
  };
  void it('files "missing" only for the clouds in scope (and rules of no cloud)', () => {
    const r = run(['azure']);
    assert.deepEqual(r.findings.filter((f) => f.kind === 'missing').map((f) => f.ruleId).sort(), ['AZURE-T-001', 'ORG-T-001']);
    const out = r.runs.filter((x) => x.project === 'out-of-scope').map((x) => [x.rule.meta.id, x.reason]);
    assert.deepEqual(out, [
      ['AWS-T-001', 'nothing in this module uses AWS'],
      ['GCP-T-001', 'nothing in this module uses Google Cloud'],
    ]);
  });
  void it('an empty scope judges no cloud; no scope judges every cloud', () => {
    assert.deepEqual(run([]).findings.map((f) => f.ruleId), ['ORG-T-001']);
    assert.equal(run(undefined).findings.length, 4);
  });
});
