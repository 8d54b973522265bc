// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'aws.ec2.ami-launch-permission',
  meta: {
    id: 'AWS-EC2IMAGE-001',
    name: 'ami-not-public',
    title: 'AMIs are not shared publicly',
    severity: 'critical',
    description: 'No AMI launch permission grants the group `all`, which makes the image launchable by every AWS account. (CloudFormation has no resource for AMI launch permissions.)',
    rationale:
      'Images routinely contain application code, configuration files, keys and credentials baked in at build time. A public AMI hands all of that to anyone who looks, and public images are actively scanned for secrets.',
    remediation:
      'Terraform: replace `group = "all"` on the `aws_ami_launch_permission` with `account_id` (or `organization_arn` / `organizational_unit_arn`) for the accounts that need the image. Also turn on the account-level block for public AMI sharing (`aws_ec2_image_block_public_access`). Who should receive the image is a decision for the owner, so there is no quick fix.',
    links: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html'],
    ...byConcept('public-sharing'),
    levels: {},
    resourceTypes: { terraform: ['aws_ami_launch_permission'] },
    aliases: { checkov: ['CKV_AWS_205'] },
    fix: 'none',
  },
  check(perm, ctx) {
    const group = perm.attrs.group;
    if (group.value instanceof Unknown) {
      ctx.cannotVerify(group, group.value, 'which accounts may launch the AMI');
      return;
    }
    if (typeof group.value === 'string' && group.value.toLowerCase() === 'all') ctx.report(group, 'The AMI is public: every AWS account may launch it.');
  },
});
