// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, lit, setFix, Unknown } from '../../api';
import { addResourcesFix } from '../../lib/account-controls';

const BLOCKING = new Set(['block-all-sharing', 'block-new-sharing']);

export default defineModuleRule({
  meta: {
    id: 'AWS-EC2IMAGE-003',
    name: 'ebs-snapshot-block-public-access',
    title: 'Block public access for EBS snapshots is turned on for the account',
    severity: 'medium',
    description:
      'The module or template turns on the account-level block for public EBS snapshot sharing (`aws_ebs_snapshot_block_public_access` / `AWS::EC2::SnapshotBlockPublicAccess` with state `block-all-sharing` or `block-new-sharing`). When none exists, one project-level finding is reported.',
    rationale:
      'Snapshots are full copies of disks: databases, keys, customer files. Making one public takes a single API call, and public snapshots are routinely scanned by strangers. The account-level block prevents that for every snapshot in the region, whoever creates it. (Terraform cannot make a snapshot public per resource, so the account setting is the control to check.)',
    remediation:
      'Terraform: add `resource "aws_ebs_snapshot_block_public_access" "this" { state = "block-all-sharing" }`. CloudFormation: add an `AWS::EC2::SnapshotBlockPublicAccess` with `State: block-all-sharing`. `block-new-sharing` leaves already public snapshots public. The quick fix uses `block-all-sharing`, which also hides snapshots that are public today, so it is unsafe.',
    links: ['https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html'],
    ...byConcept('public-sharing'),
    levels: {},
    resourceTypes: { terraform: ['aws_ebs_snapshot_block_public_access'], cloudformation: ['AWS::EC2::SnapshotBlockPublicAccess'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    const settings = catalogOf(model, 'aws.ec2.snapshot-block-public-access').filter((s) => s.platform === ctx.platform);
    if (settings.length === 0) {
      ctx.reportMissing('Block public access for EBS snapshots is not turned on in this module, so snapshots can be shared publicly.', {
        fixes: addResourcesFix(model, ctx.platform, 'block-public-snapshots', 'Block public sharing of EBS snapshots', 'unsafe', [
          {
            terraform: { type: 'aws_ebs_snapshot_block_public_access', name: 'this', values: [[['state'], lit('block-all-sharing')]] },
            cloudformation: { type: 'AWS::EC2::SnapshotBlockPublicAccess', logicalId: 'SnapshotBlockPublicAccess', values: [[['State'], lit('block-all-sharing')]] },
          },
        ]),
      });
      return;
    }
    for (const s of settings) {
      const state = s.attrs.state;
      if (state.value instanceof Unknown) ctx.cannotVerify(s, state, state.value, 'whether public snapshot sharing is blocked');
      else if (typeof state.value !== 'string' || !BLOCKING.has(state.value)) {
        ctx.report(s, state, `Public sharing of EBS snapshots is not blocked (state ${JSON.stringify(state.value ?? 'unset')}).`, {
          fixes: setFix('block-public-snapshots', 'Block public sharing of EBS snapshots', 'unsafe', [state, lit('block-all-sharing')]),
        });
      }
    }
  },
});
