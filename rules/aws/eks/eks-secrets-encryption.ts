// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, list, lit, placeholder, Unknown } from '../../api';
import { multiFix, opsFor } from '../../lib/catalog-fix';

export default defineCatalogRule({
  kind: 'aws.eks.cluster',
  meta: {
    id: 'AWS-EKS-003',
    name: 'eks-secrets-encryption',
    title: 'EKS clusters encrypt Kubernetes secrets with a KMS key',
    severity: 'medium',
    description: 'EKS clusters use envelope encryption for Kubernetes secrets: an encryption configuration whose resources include `secrets`, with a KMS key.',
    rationale:
      'Kubernetes secrets hold database passwords, API tokens and certificates. Envelope encryption with a KMS key adds a layer the cluster operator controls and can audit or revoke, so a copy of the etcd data alone does not reveal them.',
    remediation:
      'Terraform: add `encryption_config { resources = ["secrets"] provider { key_arn = <KMS key ARN> } }` to the `aws_eks_cluster`. CloudFormation: set `EncryptionConfig: [{ Resources: [secrets], Provider: { KeyArn: <KMS key ARN> } }]`. The quick fix adds a variable/parameter for the key ARN; enabling it on an existing cluster cannot be undone.',
    links: ['https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html'],
    ...byConcept('encryption-at-rest-customer-key'),
    levels: {},
    resourceTypes: { terraform: ['aws_eks_cluster'], cloudformation: ['AWS::EKS::Cluster'] },
    aliases: { checkov: ['CKV_AWS_58'], trivy: ['AVD-AWS-0039'], tfsec: ['aws-eks-encrypt-secrets'], cfn_nag: ['W82'], guard: ['EKS_CLUSTER_ENCRYPTION_RULE'] },
    fix: 'unsafe',
  },
  check(cluster, ctx) {
    const resources = cluster.attrs.encryptionResources;
    const raw = resources.raw;
    if (raw instanceof Unknown) {
      ctx.cannotVerify(resources, raw, 'whether secrets are encrypted');
      return;
    }
    const items = resources.present ? (Array.isArray(raw) ? raw : [raw]) : [];
    if (items.some((r) => r === 'secrets')) return;
    const unknown = items.find((r): r is Unknown => r instanceof Unknown);
    if (unknown) {
      ctx.cannotVerify(resources, unknown, 'whether secrets are encrypted');
      return;
    }
    const key = cluster.attrs.encryptionKeyArn;
    const writes = [opsFor(cluster, 'encryptionResources', list(lit('secrets')))];
    if (!key.present) writes.push(opsFor(cluster, 'encryptionKeyArn', placeholder(cluster, 'eks_secrets_kms_key_arn', 'ARN of the KMS key that encrypts Kubernetes secrets')));
    ctx.report(resources, resources.present ? 'The encryption configuration does not cover Kubernetes secrets.' : 'Kubernetes secrets are not encrypted with a KMS key.', {
      fixes: multiFix('encrypt-secrets', 'Encrypt secrets with a KMS key (adds a variable for the key)', 'unsafe', writes),
    });
  },
});
