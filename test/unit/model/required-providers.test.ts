// SPDX-License-Identifier: Apache-2.0
// Provider version constraints (model.requiredProviders) and the azurerm major version rules read from
// them, for defaults that changed between major versions (rules/lib/azure.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { buildTerraformModel } from '../../../server/src/model/adapters/terraform';
import { Unknown } from '../../../server/src/core/value';
import { azurermMajor, majorRange } from '../../../rules/lib/azure';
import { normalizeSource, readLockFile } from '../../../server/src/model/adapters/terraform/lock-file';

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

const LOCK = (version: string, address = 'registry.terraform.io/hashicorp/azurerm'): string =>
  `# This file is maintained automatically by "terraform init".\n\nprovider "${address}" {\n  version     = "${version}"\n  constraints = ">= 3.0"\n  hashes = [\n    "h1:abc=",\n  ]\n}\n`;

void describe('the dependency lock file', () => {
  void it('reads each provider block: its address, in one form, and the exact version', () => {
    const locks = readLockFile('/m/.terraform.lock.hcl', LOCK('3.116.0') + LOCK('2.3.4', 'example.com/Acme/Thing'));
    assert.equal(locks.get('hashicorp/azurerm')?.version, '3.116.0');
    assert.equal(locks.get('example.com/acme/thing')?.version, '2.3.4');
    assert.equal(locks.get('hashicorp/azurerm')?.ref.file, '/m/.terraform.lock.hcl');
  });
  void it('skips what it cannot read, never throws', () => {
    assert.equal(readLockFile('/m/l', 'provider "x/y" {\n  version = "latest"\n}\nprovider {\n}\n{{{').size, 0);
    assert.equal(normalizeSource('registry.terraform.io/hashicorp/azurerm'), 'hashicorp/azurerm');
    assert.equal(normalizeSource('a//b'), undefined);
  });
});

void describe('azurerm major version from the lock file', () => {
  const withLock = (constraint: string | undefined, version: string, source = '') => {
    const entry = constraint === undefined ? '' : `terraform {\n  required_providers {\n    azurerm = {\n${source}      version = "${constraint}"\n    }\n  }\n}\n`;
    const model = tf(entry || 'resource "azurerm_resource_group" "rg" {\n  name     = "rg"\n  location = "westeurope"\n}\n');
    return azurermMajor({ ...model, providerLocks: readLockFile('/m/.terraform.lock.hcl', LOCK(version)) }, at);
  };
  void it('a constraint open to several majors is decided by the locked version', () => {
    const m = withLock('>= 3.0', '3.116.0');
    assert.ok('major' in m && m.major === 3 && m.from === 'lock' && m.ref.file === '/m/.terraform.lock.hcl');
    const four = withLock('>= 3.0', '4.10.0');
    assert.ok('major' in four && four.major === 4);
  });
  void it('no required_providers entry: the lock still says what runs', () => {
    const m = withLock(undefined, '4.1.0');
    assert.ok('major' in m && m.major === 4 && m.from === 'lock');
  });
  void it('a lock outside the constraint (terraform init would refuse it) decides nothing', () => {
    const m = withLock('~> 4.0', '3.116.0');
    assert.ok('unknown' in m && /does not satisfy the constraint/.test(m.unknown.detail));
  });
  void it('a provider from another source is not the lock of hashicorp/azurerm', () => {
    const m = withLock('>= 3.0', '3.116.0', '      source  = "someone/azurerm"\n');
    assert.ok('unknown' in m && /allows more than one major version/.test(m.unknown.detail));
  });
});
