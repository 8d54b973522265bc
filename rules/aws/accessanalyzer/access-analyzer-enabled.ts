// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule, lit, unitWord, Unknown } from '../../api';
import type { Attr } from '../../api';
import { addResourcesFix } from '../../lib/account-controls';

const EXTERNAL = new Set(['ACCOUNT', 'ORGANIZATION']);

export default defineModuleRule({
  meta: {
    id: 'AWS-ACCESSANALYZER-001',
    name: 'access-analyzer-enabled',
    title: 'IAM Access Analyzer (external access) is enabled',
    severity: 'medium',
    description:
      'The module or template defines an IAM Access Analyzer analyzer for external access (type `ACCOUNT` or `ORGANIZATION`; `aws_accessanalyzer_analyzer`, `AWS::AccessAnalyzer::Analyzer`). Unused-access analyzers do not count. When there is none, one project-level finding is reported. Analyzers are regional: deploy the module to every region you use.',
    rationale:
      'Resource policies on buckets, keys, roles, queues and secrets can quietly grant access to other accounts or to everyone. Access Analyzer reasons over those policies continuously and reports every external grant, so an accidental share is found in minutes rather than after a breach.',
    remediation:
      'Add `resource "aws_accessanalyzer_analyzer"` with `type = "ACCOUNT"` (or `ORGANIZATION` in the management or delegated administrator account), or an `AWS::AccessAnalyzer::Analyzer` with `Type: ACCOUNT`. The analyzer only reads policies and costs nothing for external access findings.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/what-is-access-analyzer.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/accessanalyzer_analyzer',
    ],
    frameworks: {
      'cis-aws-5.0.0': ['1.19'],
      'cis-aws-3.0.0': ['1.20'],
      'cis-aws-1.4.0': ['1.20'],
      'soc2-2017': ['CC6.1', 'CC7.1'],
      'nist-800-53-r5': ['AC-6', 'CA-7', 'SI-4'],
      'nist-csf-2.0': ['DE.CM-09', 'ID.RA-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'SOC 2, NIST and CSF ids chosen by control concept (continuous monitoring of access grants); the reference data maps none to this recommendation.',
    resourceTypes: { terraform: ['aws_accessanalyzer_analyzer'], cloudformation: ['AWS::AccessAnalyzer::Analyzer'] },
    aliases: { trivy: ['AVD-AWS-0175'], tfsec: ['aws-accessanalyzer-enable-access-analyzer'] },
    fix: 'safe',
  },
  check(model, ctx) {
    const analyzers = catalogOf(model, 'aws.accessanalyzer.analyzer').filter((r) => r.platform === ctx.platform);
    const undecided: [(typeof analyzers)[number], Attr<unknown>, Unknown][] = [];
    for (const a of analyzers) {
      const type = a.attrs.type;
      if (type.value instanceof Unknown) undecided.push([a, type, type.value]);
      else if (typeof type.value === 'string' && EXTERNAL.has(type.value)) return;
    }
    if (undecided.length > 0) {
      for (const [a, type, u] of undecided) ctx.cannotVerify(a, type, u, 'whether this analyzer checks external access');
      return;
    }
    const where = unitWord(ctx);
    ctx.reportMissing(
      analyzers.length > 0
        ? `The analyzers in this ${where} only look for unused access; add one of type ACCOUNT (or ORGANIZATION) to find external access.`
        : `No IAM Access Analyzer is defined in this ${where}, so resource policies that grant access outside the account go unnoticed.`,
      {
        fixes: addResourcesFix(model, ctx.platform, 'add-analyzer', 'Add an IAM Access Analyzer for the account', 'safe', [
          {
            terraform: { type: 'aws_accessanalyzer_analyzer', name: 'account', values: [[['analyzer_name'], lit('account')], [['type'], lit('ACCOUNT')]] },
            cloudformation: { type: 'AWS::AccessAnalyzer::Analyzer', logicalId: 'AccountAnalyzer', values: [[['Type'], lit('ACCOUNT')]] },
          },
        ]),
      },
    );
  },
});
