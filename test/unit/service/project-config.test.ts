// SPDX-License-Identifier: Apache-2.0
// The project file (.iac-compliance.yaml): validation messages with lines, and what each setting does to
// an analysis (profile, severity overrides, excluded rules, excluded paths, exceptions by resource and by
// path, expiry).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisService } from '../../../server/src/service/analysis';
import type { FileSystem } from '../../../server/src/service/analysis';
import { parseProjectConfig, projectRules } from '../../../server/src/service/project-config';
import { ALL_RULES } from '../../../rules';

const IDS = new Set(ALL_RULES.map((r) => r.meta.id));
const parse = (text: string): ReturnType<typeof parseProjectConfig> => parseProjectConfig(text, '/w/.iac-compliance.yaml', IDS);
const problems = (text: string): string[] => parse(text).problems.map((p) => `${p.line}: ${p.message}`);

void describe('project file: validation', () => {
  void it('a valid file has no problems and every setting read', () => {
    const { config, problems: p } = parse(
      [
        'profile: 1',
        'frameworks: [cis-aws-5.0.0, soc2-2017]',
        'severity:',
        '  AWS-KMS-001: critical',
        'excludedRules: [AWS-EC2-005]',
        'exclude: ["legacy/**"]',
        'exceptions:',
        '  - rule: AWS-S3-001',
        '    resource: aws_s3_bucket.site',
        '    reason: Public website behind CloudFront',
        '    until: 2027-06-30',
        '',
      ].join('\n'),
    );
    assert.deepEqual(p, []);
    assert.equal(config.profile, 1);
    assert.deepEqual(config.frameworks, ['cis-aws-5.0.0', 'soc2-2017']);
    assert.deepEqual([...config.severity], [['AWS-KMS-001', 'critical']]);
    assert.deepEqual(config.excludedRules, ['AWS-EC2-005']);
    assert.deepEqual(config.exclude, ['legacy/**']);
    assert.deepEqual(config.exceptions, [{ rule: 'AWS-S3-001', resource: 'aws_s3_bucket.site', path: undefined, reason: 'Public website behind CloudFront', until: '2027-06-30', line: 8 }]);
  });
  void it('each mistake is named with its line', () => {
    assert.deepEqual(problems('profiles: 1\n'), ['1: unknown setting "profiles" (allowed: profile, frameworks, severity, excludedRules, exclude, parameterFiles, customRules, exceptions)']);
    assert.deepEqual(problems('profile: 3\n'), ['1: profile: expected 1 (CIS Level 1) or 2 (Levels 1 and 2)']);
    assert.deepEqual(problems('frameworks: [cis-aws-9]\n'), [
      '1: frameworks: unknown framework "cis-aws-9" (one of cis-aws-5.0.0, cis-aws-3.0.0, cis-aws-1.4.0, cis-azure-6.0.0, cis-gcp-5.0.0, soc2-2017, nist-800-53-r5, nist-csf-2.0)',
    ]);
    assert.deepEqual(problems('severity:\n  AWS-NOPE-001: high\n  AWS-KMS-001: urgent\n'), ['2: severity: unknown rule id "AWS-NOPE-001"', '3: severity: "urgent" is not one of critical, high, medium, low']);
    assert.deepEqual(problems('excludedRules: AWS-KMS-001\n'), ['1: excludedRules: expected a list']);
    assert.deepEqual(problems('exceptions:\n  - rule: AWS-KMS-001\n    resource: aws_kms_key.k\n    until: soon\n    owner: me\n'), [
      '5: exceptions: unknown key "owner" (allowed: rule, resource, path, reason, until)',
      '2: exceptions: an exception needs a reason (it is what the auditor reads); this one is not applied',
      '4: exceptions: until "soon" is not a date (YYYY-MM-DD)',
    ]);
    assert.deepEqual(problems('exceptions:\n  - rule: AWS-KMS-001\n    reason: why\n'), ['2: exceptions: give the resource (aws_s3_bucket.site, a logical id) and/or a path glob; this one is not applied']);
    assert.match(problems('profile: [1\n')[0]!, /^2: YAML: Flow sequence/);
    assert.deepEqual(problems('- a\n- b\n'), ['1: .iac-compliance.yaml must be a mapping of settings (profile, frameworks, severity, excludedRules, exclude, parameterFiles, customRules, exceptions)']);
    assert.deepEqual(problems(''), []);
  });
});

void describe('project file: effect on the analysis', () => {
  const TF = 'resource "aws_kms_key" "k" {\n  description = "app"\n}\n';
  const run = (config: string, files: Record<string, string> = { '/w/main.tf': TF }, target = '/w/main.tf') => {
    const fs: FileSystem = { readFile: (p) => files[p], readDir: (d) => Object.keys(files).filter((p) => p.startsWith(`${d}/`) && !p.slice(d.length + 1).includes('/')).map((p) => p.slice(d.length + 1)) };
    const service = new AnalysisService({ rules: ALL_RULES, fs, today: '2026-06-01' });
    service.setProjectConfig(parse(config).config);
    return { service, analysis: service.analyzeFile(target) };
  };
  const kms = (a: ReturnType<typeof run>['analysis']) => a.findings.find((f) => f.ruleId === 'AWS-KMS-001');

  void it('severity overrides and excluded rules', () => {
    assert.equal(kms(run('').analysis)?.level, 'medium');
    assert.equal(kms(run('severity: { AWS-KMS-001: critical }').analysis)?.level, 'critical');
    assert.equal(kms(run('excludedRules: [AWS-KMS-001]').analysis), undefined);
  });
  void it('profile 1 leaves out the rules that evidence only CIS Level 2 recommendations', () => {
    const level2Only = ALL_RULES.filter((r) => Object.values(r.meta.levels).length > 0 && !Object.values(r.meta.levels).includes(1)).map((r) => r.meta.id);
    assert.ok(level2Only.length > 3);
    const active = new Set(projectRules(ALL_RULES, parse('profile: 1').config).map((r) => r.meta.id));
    for (const id of level2Only) assert.ok(!active.has(id), id);
    assert.equal(active.size, ALL_RULES.length - level2Only.length);
    assert.equal(projectRules(ALL_RULES, parse('profile: 2').config).length, ALL_RULES.length);
  });
  void it('profile 1 applies to CIS GCP levels too: Level 2 GCP rules off, Level 1 GCP rules on', () => {
    const active = new Set(projectRules(ALL_RULES, parse('profile: 1').config).map((r) => r.meta.id));
    const gcp = ALL_RULES.filter((r) => r.meta.levels['cis-gcp-5.0.0'] !== undefined);
    const l1 = gcp.filter((r) => r.meta.levels['cis-gcp-5.0.0'] === 1).map((r) => r.meta.id);
    const l2 = gcp.filter((r) => r.meta.levels['cis-gcp-5.0.0'] === 2).map((r) => r.meta.id);
    assert.ok(l1.includes('GCP-DNS-001') && l2.includes('GCP-NETWORK-001'), 'DNSSEC is Level 1, SSH from the internet Level 2');
    for (const id of l1) assert.ok(active.has(id), id);
    for (const id of l2) assert.ok(!active.has(id), id);
  });
  void it('excluded paths are not analyzed', () => {
    const files = { '/w/main.tf': TF, '/w/legacy/old.tf': TF };
    assert.equal(run('exclude: ["legacy/**"]', files, '/w/legacy/old.tf').analysis.relevant, false);
    assert.equal(run('exclude: ["legacy/**"]', files, '/w/main.tf').analysis.relevant, true);
  });
  void it('exceptions by resource or by path glob suppress with origin config; past their date they do not', () => {
    const byResource = kms(run('exceptions:\n  - rule: AWS-KMS-001\n    resource: aws_kms_key.k\n    reason: HSM rotation\n').analysis);
    assert.deepEqual(
      { origin: byResource?.suppressedBy?.origin, why: byResource?.suppressedBy?.justification, source: byResource?.suppressedBy?.source },
      { origin: 'config', why: 'HSM rotation', source: { file: '/w/.iac-compliance.yaml', line: 2 } },
    );
    assert.equal(kms(run('exceptions:\n  - rule: AWS-KMS-001\n    path: "*.tf"\n    reason: all keys here\n').analysis)?.suppressedBy?.origin, 'config');
    assert.equal(kms(run('exceptions:\n  - rule: AWS-KMS-001\n    path: "other/**"\n    reason: elsewhere\n').analysis)?.suppressedBy, undefined);
    assert.equal(kms(run('exceptions:\n  - rule: AWS-KMS-001\n    resource: aws_kms_key.other\n    reason: another key\n').analysis)?.suppressedBy, undefined);
    const lapsed = kms(run('exceptions:\n  - rule: AWS-KMS-001\n    resource: aws_kms_key.k\n    reason: old\n    until: 2026-01-01\n').analysis);
    assert.equal(lapsed?.suppressedBy, undefined);
    assert.equal(lapsed?.expiredSuppression?.origin, 'config');
  });
});
