// SPDX-License-Identifier: Apache-2.0
// Provider version constraints (model.requiredProviders) and the azurerm major version rules read from
// them, for defaults that changed between major versions (rules/lib/azure.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { buildTerraformModel } from '../../../server/src/model/adapters/terraform';
import { Unknown } from '../../../server/src/core/value';
import { azurermMajor, majorRange } from '../../../rules/lib/azure';

const tf = (...texts: string[]) => buildTerraformModel(texts.map((text, i) => ({ path: `/m/f${i}.tf`, file: parseHcl(text) })));
const at = { file: '/m/f0.tf', span: { start: 0, end: 0 } };

void describe('required_providers', () => {
  void it('reads the object form, the legacy string form and an entry without a version', () => {
    const m = tf('terraform {\n  required_providers {\n    azurerm = {\n      source  = "hashicorp/azurerm"\n      version = "~> 3.100"\n    }\n    random = "~> 3.1"\n    azapi = {\n      source = "azure/azapi"\n    }\n  }\n}\n');
    assert.equal(m.requiredProviders?.['azurerm']?.version, '~> 3.100');
    assert.equal(m.requiredProviders?.['random']?.version, '~> 3.1');
    assert.equal(m.requiredProviders?.['azapi']?.version, undefined);
  });
  void it('evaluates a computed constraint in the module scope; an input without a value stays unknown', () => {
    const known = tf('variable "v" {\n  default = ">= 4.0, < 5.0"\n}\n', 'terraform {\n  required_providers {\n    azurerm = {\n      version = var.v\n    }\n  }\n}\n');
    assert.equal(known.requiredProviders?.['azurerm']?.version, '>= 4.0, < 5.0');
    const open = tf('variable "v" {}\n', 'terraform {\n  required_providers {\n    azurerm = {\n      version = var.v\n    }\n  }\n}\n');
    assert.ok(open.requiredProviders?.['azurerm']?.version instanceof Unknown);
  });
  void it('a module without required_providers has none', () => {
    assert.deepEqual(tf('resource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n}\n').requiredProviders, {});
  });
});

void describe('azurerm major version', () => {
  void it('majorRange: constraints that pin one major, and ones that do not', () => {
    const cases: [string, { lo: number; hi: number } | null][] = [
      ['~> 3.0', { lo: 3, hi: 3 }],
      ['~> 3.117.0', { lo: 3, hi: 3 }],
      ['~> 4', { lo: 4, hi: Infinity }],
      ['>= 3.50, < 4.0', { lo: 3, hi: 3 }],
      ['>= 3.50, < 4.1', { lo: 3, hi: 4 }],
      ['>=4.48.0,<5.0', { lo: 4, hi: 4 }],
      ['= 4.2.0', { lo: 4, hi: 4 }],
      ['4.2.0', { lo: 4, hi: 4 }],
      ['>= 3.0', { lo: 3, hi: Infinity }],
      ['<= 3.90', { lo: 0, hi: 3 }],
      ['>= 4.0, < 4.0', null],
      ['latest', null],
    ];
    for (const [constraint, range] of cases) assert.deepEqual(majorRange(constraint), range, constraint);
  });
  void it('azurermMajor: decided only when one major is allowed; otherwise an Unknown that says why', () => {
    const pinned = azurermMajor(tf('terraform {\n  required_providers {\n    azurerm = {\n      version = ">= 3.50, < 4.0"\n    }\n  }\n}\n'), at);
    assert.ok('major' in pinned && pinned.major === 3);
    const open = azurermMajor(tf('terraform {\n  required_providers {\n    azurerm = {\n      version = ">= 3.0"\n    }\n  }\n}\n'), at);
    assert.ok('unknown' in open && /allows more than one major version/.test(open.unknown.detail));
    const none = azurermMajor(tf('resource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n}\n'), at);
    assert.ok('unknown' in none && /declares no azurerm version/.test(none.unknown.detail));
  });
});
