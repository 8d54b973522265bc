// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { show } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.ecr.repository',
  meta: {
    id: 'AWS-ECR-003',
    name: 'ecr-immutable-tags',
    title: 'ECR repositories have immutable image tags',
    severity: 'medium',
    description: 'ECR repositories set image tag mutability to `IMMUTABLE` (or `IMMUTABLE_WITH_EXCLUSION`), so a pushed tag always names the same image.',
    rationale:
      'With mutable tags, anyone allowed to push can replace the image behind `v1.4.2` or `prod` without the deployment definitions changing, which defeats review and scanning of what runs. Immutable tags make a tag a stable, auditable reference to one digest.',
    remediation:
      'Terraform: set `image_tag_mutability = "IMMUTABLE"` on the `aws_ecr_repository`. CloudFormation: set `ImageTagMutability: IMMUTABLE`. Pipelines that re-push moving tags such as `latest` must push unique tags instead (or use exclusions).',
    links: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html'],
    ...byConcept('artifact-integrity'),
    levels: {},
    resourceTypes: { terraform: ['aws_ecr_repository'], cloudformation: ['AWS::ECR::Repository'] },
    aliases: { checkov: ['CKV_AWS_51'], trivy: ['AVD-AWS-0031'], tfsec: ['aws-ecr-enforce-immutable-repository'], kics: ['d1846b12-20c5-4d45-8798-fc35b79268eb'] },
    fix: 'unsafe',
  },
  check(repo, ctx) {
    const m = repo.attrs.tagMutability;
    if (m.value instanceof Unknown) {
      ctx.cannotVerify(m, m.value, 'whether image tags are immutable');
      return;
    }
    if (typeof m.value === 'string' && m.value.startsWith('IMMUTABLE')) return;
    ctx.report(m, m.present ? `Image tags are ${show(m.value)}: a tag can be moved to another image.` : 'Image tags are mutable by default: a tag can be moved to another image.', {
      fixes: setFix('immutable', 'Make image tags immutable (pipelines re-pushing tags will fail)', 'unsafe', [m, lit('IMMUTABLE')]),
    });
  },
});
