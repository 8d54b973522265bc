// SPDX-License-Identifier: Apache-2.0
import { defineRule, Unknown } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineRule({
  target: 'kmsKeys',
  meta: {
    id: 'AWS-KMS-001',
    name: 'kms-key-rotation',
    title: 'Symmetric KMS keys rotate automatically',
    severity: 'medium',
    description: 'Customer-managed symmetric encryption keys have automatic key rotation turned on.',
    rationale:
      'Rotation limits how much data any one key version protects and how long a leaked key version stays useful. AWS keeps old versions for decryption, so turning it on breaks nothing.',
    remediation: 'Set `enable_key_rotation = true` (Terraform) or `EnableKeyRotation: true` (CloudFormation). Asymmetric and HMAC keys cannot rotate and are not checked.',
    links: ['https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html'],
    frameworks: {
      'cis-aws-5.0.0': ['3.6'],
      'cis-aws-3.0.0': ['3.6'],
      'cis-aws-1.4.0': ['3.8'],
      'soc2-2017': ['CC6.1', 'PI1.5'],
      'nist-800-53-r5': ['SC-12', 'CM-6'],
      'nist-csf-2.0': ['PR.DS-01', 'PR.AA-04'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    mappingNote: 'SOC 2 CC6.1 (encryption key management) added by control concept to the reference mapping (PI1.5).',
    resourceTypes: { terraform: ['aws_kms_key'], cloudformation: ['AWS::KMS::Key'] },
    aliases: { checkov: ['CKV_AWS_7'], trivy: ['AVD-AWS-0065'], tfsec: ['aws-kms-auto-rotate-keys'], kics: ['1c07bfaf-663c-4f6f-b22b-8e2d481e4df5', '22fbfeac-7b5a-421a-8a27-7a2178bb910b'], cfn_nag: ['F19'], guard: ['CMK_BACKING_KEY_ROTATION_ENABLED'] },
    fix: 'safe',
  },
  check(key, ctx) {
    const spec = key.keySpec;
    if (spec.value instanceof Unknown) {
      ctx.cannotVerify(spec, spec.value, 'whether the key is symmetric (rotation applies only to symmetric keys)');
      return;
    }
    if (spec.value !== 'SYMMETRIC_DEFAULT') return;
    if (key.keyUsage.value !== undefined && !(key.keyUsage.value instanceof Unknown) && key.keyUsage.value !== 'ENCRYPT_DECRYPT') return;
    requireValue(ctx, key.rotationEnabled, true, 'whether key rotation is enabled',
      key.rotationEnabled.present ? 'Automatic rotation is turned off for this symmetric key.' : 'Automatic rotation is not enabled for this symmetric key (the setting defaults to false).',
      { id: 'enable', title: 'Enable automatic key rotation', safety: 'safe' });
  },
});
