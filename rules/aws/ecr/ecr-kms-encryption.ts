// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { show } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.ecr.repository',
  meta: {
    id: 'AWS-ECR-001',
    name: 'ecr-kms-encryption',
    title: 'ECR repositories are encrypted with KMS',
    severity: 'low',
    description:
      'ECR repositories encrypt image layers with a KMS key (`KMS` or `KMS_DSSE` encryption type) instead of the default S3-managed AES-256 keys.',
    rationale:
      'Images carry application code and sometimes embedded configuration. With KMS encryption, pulling a layer also depends on the key policy, and every use of the key is recorded in CloudTrail, which gives an auditable access trail for the organisation\'s software.',
    remediation:
      'Terraform: add `encryption_configuration { encryption_type = "KMS" }` (optionally `kms_key`) to the `aws_ecr_repository`. CloudFormation: set `EncryptionConfiguration.EncryptionType: KMS` (optionally `KmsKey`). The encryption of a repository cannot change after creation, so the repository is replaced: push the images again.',
    links: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html'],
    ...byConcept('encryption-at-rest-customer-key'),
    levels: {},
    resourceTypes: { terraform: ['aws_ecr_repository'], cloudformation: ['AWS::ECR::Repository'] },
    aliases: { checkov: ['CKV_AWS_136'], trivy: ['AVD-AWS-0033'], tfsec: ['aws-ecr-repository-customer-key'] },
    fix: 'unsafe',
  },
  check(repo, ctx) {
    const type = repo.attrs.encryptionType;
    if (type.value instanceof Unknown) {
      ctx.cannotVerify(type, type.value, 'the repository\'s encryption type');
      return;
    }
    if (type.value === 'KMS' || type.value === 'KMS_DSSE') return;
    ctx.report(type, type.present ? `The repository uses encryption type ${show(type.value)}, not KMS.` : 'The repository uses the default AES-256 encryption, not KMS.', {
      fixes: setFix('use-kms', 'Encrypt with KMS (replaces the repository)', 'unsafe', [type, lit('KMS')]),
    });
  },
});
