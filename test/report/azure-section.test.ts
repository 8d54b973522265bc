// SPDX-License-Identifier: Apache-2.0
// The report's CIS Azure section: controls judged by the Azure rules, Level 1 and Levels 1+2 views, and
// the project profile (Level 1 only) applied to Azure rules as to AWS ones.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_RULES } from '../../rules';
import { scan } from '../../server/src/report/scan-result';
import { buildComplianceReport } from '../../server/src/report/compliance';
import type { FrameworkResult } from '../../server/src/report/compliance';
import { parseProjectConfig, projectRules } from '../../server/src/service/project-config';

const MODULE = `resource "azurerm_storage_account" "data" {
  name                     = "data"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_2"
}

resource "azurerm_web_application_firewall_policy" "edge" {
  name                = "edge"
  resource_group_name = "rg"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}
`;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iac-azure-report-'));
  writeFileSync(join(dir, 'main.tf'), MODULE);
  return dir;
}

const control = (f: FrameworkResult | undefined, id: string): string | undefined => f?.controls.find((c) => c.id === id)?.status;

void describe('report: CIS Azure section', () => {
  const report = buildComplianceReport(scan([workspace()], ALL_RULES), ALL_RULES, ['cis-azure-6.0.0']);
  const level1 = report.frameworks.find((f) => f.key === 'cis-azure-6.0.0' && f.view === 'level1');
  const all = report.frameworks.find((f) => f.key === 'cis-azure-6.0.0' && f.view === 'all');

  void it('has a Level 1 view and a Levels 1 and 2 view', () => {
    assert.ok(level1 && all);
    assert.ok(level1.controls.every((c) => c.level === 1), 'the Level 1 view lists Level 1 recommendations only');
    assert.ok(all.controls.some((c) => c.level === 2));
  });

  void it('judges controls from the module: passes, failures and not applicable', () => {
    assert.equal(control(level1, '9.3.6'), 'pass', 'minimum TLS 1.2 is written');
    assert.equal(control(level1, '9.1.1'), 'fail', 'no file share soft delete');
    assert.equal(control(level1, '7.1'), 'not-applicable', 'no network security group in the module');
    assert.equal(control(all, '9.3.11'), 'fail', 'LRS (Level 2)');
    assert.equal(control(all, '7.15'), 'fail', 'no bot protection rule set (Level 2)');
    assert.equal(control(level1, '7.15'), undefined, 'a Level 2 recommendation is not in the Level 1 view');
    assert.equal(control(all, '7.14'), 'pass', 'request body inspection is on by default');
  });

  void it('profile 1 leaves out rules that evidence only Level 2 Azure recommendations', () => {
    const { config } = parseProjectConfig('profile: 1\n', '/w/.iac-compliance.yaml', new Set(ALL_RULES.map((r) => r.meta.id)));
    const ids = new Set(projectRules(ALL_RULES, config).map((r) => r.meta.id));
    assert.ok(ids.has('AZURE-STORAGE-011'), 'file share soft delete is Level 1');
    assert.ok(!ids.has('AZURE-STORAGE-016'), 'geo-redundancy is Level 2');
    assert.ok(!ids.has('AZURE-NETWORK-026'), 'bot protection is Level 2');
  });
});
