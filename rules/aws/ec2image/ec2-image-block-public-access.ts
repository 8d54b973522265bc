// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, lit, setFix, Unknown } from '../../api';
import { addResourcesFix } from '../../lib/account-controls';

export default defineModuleRule({
  meta: {
    id: 'AWS-EC2IMAGE-002',
    name: 'ec2-image-block-public-access',
    title: 'Block public access for AMIs is turned on for the account',
    severity: 'medium',
    description:
      'The module turns on the account-level block for public AMI sharing (`aws_ec2_image_block_public_access` with `state = "block-new-sharing"`). When it has no such resource, one project-level finding is reported. CloudFormation has no resource for this setting, so the rule covers Terraform only.',
    rationale:
      'A single `group = "all"` launch permission, from this code or any script or console click, publishes an image with everything baked into it. The account-level block stops new public sharing everywhere in the region, including paths a per-resource check never sees.',
    remediation:
      'Add `resource "aws_ec2_image_block_public_access" "this" { state = "block-new-sharing" }` to the module that manages account settings, in every region you use. Already public images stay public until you unshare them. The quick fix adds the resource; pipelines that publish public AMIs on purpose will then fail, so it is unsafe.',
    links: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html'],
    ...byConcept('public-sharing'),
    levels: {},
    resourceTypes: { terraform: ['aws_ec2_image_block_public_access'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const settings = catalogOf(model, 'aws.ec2.image-block-public-access');
    if (settings.length === 0) {
      ctx.reportMissing('Block public access for AMIs is not turned on in this module, so images can be shared publicly.', {
        fixes: addResourcesFix(model, ctx.platform, 'block-public-amis', 'Block public sharing of AMIs', 'unsafe', [
          { terraform: { type: 'aws_ec2_image_block_public_access', name: 'this', values: [[['state'], lit('block-new-sharing')]] } },
        ]),
      });
      return;
    }
    for (const s of settings) {
      const state = s.attrs.state;
      if (state.value instanceof Unknown) ctx.cannotVerify(s, state, state.value, 'whether public AMI sharing is blocked');
      else if (state.value !== 'block-new-sharing') {
        ctx.report(s, state, `Public sharing of AMIs is not blocked (state ${JSON.stringify(state.value ?? 'unset')}).`, {
          fixes: setFix('block-public-amis', 'Block public sharing of AMIs', 'unsafe', [state, lit('block-new-sharing')]),
        });
      }
    }
  },
});
