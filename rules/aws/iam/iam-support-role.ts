// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule, unitWord, Unknown } from '../../api';
import type { Attr, CatalogResource } from '../../api';
import { isResourceAttribute } from '../../lib/checks';
import { GRANT_KIND, attachedPolicies, attachesToRole, isAwsManagedPolicy } from '../../lib/iam-grants';

const POLICY = 'AWSSupportAccess';
export default defineModuleRule({
  meta: {
    id: 'AWS-IAM-006',
    name: 'iam-support-role',
    title: 'A role for working with AWS Support exists',
    severity: 'low',
    description:
      'The module or template defines at least one IAM role with the AWS-managed `AWSSupportAccess` policy attached (`aws_iam_role_policy_attachment`, `aws_iam_policy_attachment` with `roles`, `managed_policy_arns` on `aws_iam_role`, `ManagedPolicyArns` on `AWS::IAM::Role`). When none does, one project-level finding is reported.',
    rationale:
      'During an incident someone has to open and follow up AWS Support cases. Without a dedicated role, that is done with broad administrator credentials or the root user; a role that carries only Support permissions keeps incident handling least-privileged and auditable.',
    remediation:
      'Add an IAM role that the incident responders can assume (its trust policy names them), and attach `arn:aws:iam::aws:policy/AWSSupportAccess` to it: `aws_iam_role` + `aws_iam_role_policy_attachment`, or `AWS::IAM::Role` with `ManagedPolicyArns`. There is no automatic fix: who may assume the role is yours to decide.',
    links: [
      'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSSupportAccess.html',
    ],
    frameworks: {
      'cis-aws-5.0.0': ['1.16'],
      'cis-aws-3.0.0': ['1.17'],
      'cis-aws-1.4.0': ['1.17'],
      'soc2-2017': ['CC7.4'],
      'nist-800-53-r5': ['IR-4', 'IR-7'],
      'nist-csf-2.0': ['RS.MA-04'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'CSF RS.MA-04 is from the reference map; SOC 2 CC7.4 and NIST IR-4/IR-7 (incident handling and assistance) chosen by control concept.',
    resourceTypes: {
      terraform: ['aws_iam_role_policy_attachment', 'aws_iam_policy_attachment', 'aws_iam_role'],
      cloudformation: ['AWS::IAM::Role'],
    },
    aliases: { trivy: ['AVD-AWS-0169'], tfsec: ['aws-iam-require-support-role'] },
    fix: 'none',
  },
  check(model, ctx) {
    const undecided: { r: CatalogResource; at: Attr<unknown>; u: Unknown }[] = [];
    const grants = catalogOf(model, GRANT_KIND).filter((r) => r.platform === ctx.platform);
    for (const r of grants) {
      const toRole = attachesToRole(r);
      if (toRole === false) continue;
      for (const { attr, arns } of attachedPolicies(r)) {
        if (arns instanceof Unknown) {
          if (!isResourceAttribute(arns)) undecided.push({ r, at: attr, u: arns });
          continue;
        }
        if (arns.some((a) => isAwsManagedPolicy(a, POLICY))) {
          if (toRole === true) {
            ctx.present(r);
            return;
          }
          undecided.push({ r, at: r.attrs.roles, u: toRole });
          continue;
        }
        const u = arns.find((a): a is Unknown => a instanceof Unknown && !isResourceAttribute(a) && !/:policy\//.test(a.text ?? a.detail));
        if (u) undecided.push({ r, at: attr, u });
      }
    }
    if (undecided.length > 0) {
      for (const { r, at, u } of undecided) ctx.cannotVerify(r, at, u, `whether this attaches ${POLICY} to a role (no other role has it)`);
      return;
    }
    ctx.reportMissing(`No IAM role in this ${unitWord(ctx)} has the ${POLICY} policy, so there is no least-privilege role for handling AWS Support cases.`);
  },
});
