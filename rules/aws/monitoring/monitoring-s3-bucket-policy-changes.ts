// SPDX-License-Identifier: Apache-2.0
import { defineModuleRule } from '../../api';
import { checkMonitoring, MONITORING_LINKS, MONITORING_MAPPING_NOTE, MONITORING_RESOURCE_TYPES, monitoringRemediation } from '../../lib/monitoring';
import { MONITORING_SPECS } from '../../lib/monitoring-events';

const spec = MONITORING_SPECS['4.8']!;

export default defineModuleRule({
  meta: {
    id: 'AWS-MONITORING-008',
    name: 'monitoring-s3-bucket-policy-changes',
    title: 'S3 bucket policy changes raise a CloudWatch alarm',
    severity: 'medium',
    description: "A CloudWatch Logs metric filter on the log group CloudTrail delivers to matches changes to bucket policies, ACLs, CORS, lifecycle and replication settings; a CloudWatch alarm watches the filter's metric and notifies an SNS topic that has at least one subscription. The filter pattern is judged by the events it matches, not by its spelling.",
    rationale:
      'Most public data exposures start with one edited bucket policy or ACL. Replication and lifecycle changes can copy data out or expire it silently. Alerting on these calls shortens the time a mistaken or malicious change stays unnoticed.',
    remediation: monitoringRemediation('changes to bucket policies, ACLs, CORS, lifecycle and replication settings'),
    links: MONITORING_LINKS,
    frameworks: {
      'cis-aws-5.0.0': ['4.8'],
      'cis-aws-3.0.0': ['4.8'],
      'cis-aws-1.4.0': ['4.8'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'nist-800-53-r5': ['AU-6', 'SI-4', 'CM-3'],
      'nist-csf-2.0': ['DE.AE-02', 'DE.AE-03', 'DE.AE-04', 'DE.AE-06', 'DE.AE-07', 'DE.AE-08', 'DE.CM-06', 'DE.CM-09', 'ID.RA-05', 'PR.PS-04'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: MONITORING_MAPPING_NOTE,
    resourceTypes: MONITORING_RESOURCE_TYPES,
    aliases: { trivy: ['AVD-AWS-0154'], tfsec: ['aws-cloudwatch-require-s3-bucket-policy-change-alarm'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkMonitoring(spec, model, ctx);
  },
});
