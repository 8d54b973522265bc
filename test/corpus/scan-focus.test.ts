// SPDX-License-Identifier: Apache-2.0
// A scan of some of a Terraform folder's files (`scan main.tf`, the pre-commit hook's changed files) leaves
// out the module calls written in the folder's other files (TerraformModules.analyzeRoot's `focus`): their
// findings, notes and instance verdicts belong to those files. This holds it to the scan of the whole
// folder: for each file of real module folders whose calls are spread over several files, the file alone
// gives the same findings, notes, errors and compliance report as its part of the whole folder's scan.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { resultOfDigests, scan } from '../../server/src/report/scan-result';
import type { ScanResult } from '../../server/src/report/scan-result';
import { toJson } from '../../server/src/report/json';
import { buildComplianceReport } from '../../server/src/report/compliance';
import { reportJson } from '../../server/src/report/formats';
import { ALL_RULES } from '../../rules';
import { corpusRoot } from '../support/corpus';

const NOW = new Date('2026-01-01T00:00:00Z');

/** Folders whose module calls are written in several files (and whose calls find their modules on disk). */
const FOLDERS = [
  'terraform-google-kubernetes-engine/examples/confidential_safer_cluster',
  'terraform-aws-eks/examples/self-managed-node-group',
  'terraform-aws-eks/examples/eks-managed-node-group',
  'terraform-google-kubernetes-engine/examples/safer_cluster_iap_bastion',
  'terraform-azurerm-aks/examples/named_cluster',
  'terraform-aws-cloudtrail/examples/complete',
];

function reportOf(r: ScanResult): unknown {
  return reportJson(buildComplianceReport(r, ALL_RULES, undefined, NOW, { roots: ['folder'] }));
}

void describe('a scan of some of a folder’s files', { skip: !existsSync(corpusRoot()) && 'no corpus' }, () => {
  for (const folder of FOLDERS) {
    void it(folder, () => {
      const dir = join(corpusRoot(), folder);
      const files = readdirSync(dir)
        .filter((n) => n.endsWith('.tf'))
        .sort()
        .map((n) => join(dir, n));
      // The folder's files as roots: one unit, the whole folder, without the folders below it.
      const whole = scan(files, ALL_RULES, { config: false });
      let compared = 0;
      for (const path of files) {
        const alone = scan([path], ALL_RULES, { config: false });
        const part = resultOfDigests(
          whole.digests.filter((d) => d.path === path),
          ALL_RULES,
        );
        assert.equal(toJson(alone), toJson(part), path);
        assert.deepEqual(reportOf(alone), reportOf(part), path);
        compared += alone.findings.length + alone.notes.length;
      }
      assert.ok(compared > 0, `${folder}: something to compare`);
    });
  }
});
