// SPDX-License-Identifier: Apache-2.0
// A module call's findings (TerraformModules.callFindings): a call that makes no instance adds nothing, so
// its module is neither parsed nor analysed on its own for it (that analysis, the module with its defaults,
// is only subtracted from what instances report); a call that makes one is. A module folder without
// Terraform files is still told apart from one with files by its listing.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { TerraformModules } from '../../../server/src/service/terraform-modules';
import type { AloneCache, ModuleHost } from '../../../server/src/service/terraform-modules';
import type { TfFile } from '../../../server/src/model/adapters/terraform';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { ALL_RULES } from '../../../rules';
import { dbInstance } from '../../support/terraform-snippets';

const FILES: Record<string, string> = {
  '/m/on/main.tf': dbInstance('this', { storage_encrypted: 'false' }),
  '/m/off/main.tf': dbInstance('this', { storage_encrypted: 'false' }),
  '/r/main.tf': [
    'variable "extra" {\n  type    = bool\n  default = false\n}\n',
    'module "on" {\n  source = "../m/on"\n}\n',
    'module "off" {\n  source = "../m/off"\n  count  = var.extra ? 1 : 0\n}\n',
  ].join(''),
};

function host(parsed: string[] = []): ModuleHost {
  const inDir = (dir: string): string[] => Object.keys(FILES).filter((p) => dirname(p) === dir);
  return {
    moduleFiles: (dir) => {
      parsed.push(dir);
      const paths = inDir(dir);
      return paths.length > 0 ? paths.map((path): TfFile => ({ path, file: parseHcl(FILES[path]!) })) : undefined;
    },
    hasModuleFiles: (dir) => inDir(dir).length > 0,
    readText: (path) => FILES[path],
  };
}

void describe('module calls', () => {
  void it('analyses a called module on its own only for a call that makes an instance', () => {
    const shared: AloneCache = new Map();
    const parsed: string[] = [];
    const h = host(parsed);
    const modules = new TerraformModules(h, ALL_RULES, 'assume', shared);
    const root = modules.analyzeRoot('/r', h.moduleFiles('/r')!, new Map(), { anchor: { file: '/r/main.tf', span: { start: 0, end: 0 } }, platform: 'terraform' });
    assert.deepEqual([...shared.keys()], ['/m/on']);
    assert.deepEqual([...new Set(parsed)].sort(), ['/m/on', '/r'], 'the folder of the call without instances is not parsed');
    // The instance's finding is the module's own (reported in its file), so the call adds none; no instance, no finding.
    assert.deepEqual(root.findings.filter((f) => f.ref.file === '/r/main.tf' && f.ruleId === 'AWS-RDS-001'), []);
  });

  void it('notes a called folder without Terraform files, instances or not', () => {
    const h = host();
    const files: TfFile[] = [{ path: '/r/main.tf', file: parseHcl('module "none" {\n  source = "../m/none"\n  count  = 0\n}\nmodule "empty" {\n  source = "../m/empty"\n}\n') }];
    const root = new TerraformModules(h, ALL_RULES, 'assume').analyzeRoot('/r', files, new Map(), { anchor: { file: '/r/main.tf', span: { start: 0, end: 0 } }, platform: 'terraform' });
    assert.deepEqual(
      root.notes.map((n) => n.message),
      ['The module folder of module.none (../m/none) has no Terraform files.', 'The module folder of module.empty (../m/empty) has no Terraform files.'],
    );
  });

  void it('reads an output of a call without instances as unknown, without parsing its module', () => {
    const parsed: string[] = [];
    const h = host(parsed);
    const text = FILES['/r/main.tf']! + dbInstance('r', { storage_encrypted: 'module.off[0].encrypted' });
    const files: TfFile[] = [{ path: '/r/main.tf', file: parseHcl(text) }];
    const root = new TerraformModules(h, ALL_RULES, 'assume').analyzeRoot('/r', files, new Map(), { anchor: { file: '/r/main.tf', span: { start: 0, end: 0 } }, platform: 'terraform' });
    const rds = root.findings.filter((f) => f.ruleId === 'AWS-RDS-001' && f.resource === 'aws_db_instance.r');
    assert.deepEqual(rds.map((f) => f.kind), ['unverifiable']);
    assert.match(rds[0]!.message, /module\.off\.encrypted \(the call creates no instance\)/);
    assert.ok(!parsed.includes('/m/off'), `parsed: ${parsed.join(', ')}`);
  });
});
