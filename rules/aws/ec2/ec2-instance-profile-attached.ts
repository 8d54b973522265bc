// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineCatalogRule, placeholder, setFix, Unknown } from '../../api';
import type { Attr, CatalogResource, CatalogResourceOf, CheckContext, CloudModel } from '../../api';

const COMPUTE = 'aws.ec2.compute';
const TEMPLATE_USER = 'aws.ec2.launch-template-user';

type Compute = CatalogResourceOf<typeof COMPUTE>;

const isTemplate = (r: CatalogResource): boolean => r.sourceType === 'aws_launch_template' || r.sourceType === 'AWS::EC2::LaunchTemplate';
const isInstance = (r: CatalogResource): boolean => r.sourceType === 'aws_instance' || r.sourceType === 'AWS::EC2::Instance';

function base(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '');
}

function names(attr: Attr<unknown> | undefined, template: Compute): boolean {
  const v = attr?.value;
  return v instanceof Unknown && v.isOfResource(base(template.address));
}

/** Whether a service that brings its own instance profile (EKS node groups, Batch) launches from this template. */
function usedByManagedService(model: CloudModel, template: Compute): string | null {
  for (const user of catalogOf(model, TEMPLATE_USER).filter((r) => r.platform === template.platform)) {
    const a = user.attrs;
    if (names(a.eksTemplateId, template) || names(a.eksTemplateName, template) || names(a.batchTemplateId, template) || names(a.batchTemplateName, template)) return user.address;
  }
  return null;
}

/** The profile attrs that are written (a template has name and ARN forms). */
function profileOf(r: Compute): Attr<unknown>[] {
  return isTemplate(r) ? [r.attrs.templateProfileName, r.attrs.templateProfileArn] : [r.attrs.instanceProfile];
}

function check(r: Compute, ctx: CheckContext): void {
  const written = profileOf(r).filter((a) => a.present && a.value !== null && a.value !== '');
  const unknown = written.find((a) => a.value instanceof Unknown);
  if (written.length > 0 && !unknown) return;
  if (unknown) {
    // A variable or parameter may be empty: then no profile is attached.
    const u = unknown.value as Unknown;
    if (u.ref.kind === 'resource' || u.ref.kind === 'data') return;
    // A parameter whose AllowedPattern admits no empty value names a profile.
    if (!u.mayBe('')) return;
    ctx.cannotVerify(unknown, u, 'whether an instance profile is attached');
    return;
  }
  if (isTemplate(r)) {
    const service = usedByManagedService(ctx.model, r);
    if (service) return; // EKS and Batch attach their own role; EKS rejects a template that sets one.
  }
  if (isInstance(r)) {
    // The instance may take its profile from its launch template.
    const byId = r.attrs.launchTemplateId;
    const byName = r.attrs.launchTemplateName;
    const via = [byId, byName].find((a) => a.present);
    if (via) {
      const template = catalogOf(ctx.model, COMPUTE).find((t) => isTemplate(t) && t.platform === r.platform && names(via, t));
      if (template) {
        if (profileOf(template).some((a) => a.present)) return;
      } else if (via.value instanceof Unknown) {
        ctx.cannotVerify(via, via.value, 'whether the instance gets an instance profile from its launch template');
        return;
      }
    }
  }
  const what = isTemplate(r) ? 'Instances launched from this template get' : isInstance(r) ? 'The instance gets' : 'Instances launched with this configuration get';
  const input = placeholder(r, 'instance_profile_name', 'Name of the IAM instance profile (with a least-privilege role) the instances use');
  const target = isTemplate(r) ? r.attrs.templateProfileName : r.attrs.instanceProfile;
  ctx.report(target, `${what} no IAM instance profile: software there that calls AWS needs long-lived keys. Attach a profile with a least-privilege role.`, {
    fixes: setFix('attach-instance-profile', 'Attach an instance profile (adds a variable for its name)', 'unsafe', [target, input]),
  });
}

export default defineCatalogRule({
  kind: COMPUTE,
  meta: {
    id: 'AWS-EC2-007',
    name: 'ec2-instance-profile-attached',
    title: 'EC2 instances, launch templates and launch configurations attach an IAM instance profile',
    severity: 'low',
    description:
      'Partial check: an EC2 instance (`aws_instance`, `AWS::EC2::Instance`), a launch template (`aws_launch_template`, `AWS::EC2::LaunchTemplate`) or a launch configuration (`aws_launch_configuration`, `AWS::AutoScaling::LaunchConfiguration`) names an IAM instance profile. An instance launched from a template of the same code counts the template\'s profile. Templates used by EKS managed node groups or AWS Batch compute environments are skipped: those services attach their own role (EKS rejects a template that names one). A profile says nothing about whether the software on the instance uses it instead of embedded keys; hard-coded keys in user data are a secret-scanning question.',
    rationale:
      'An instance role gives software short-lived credentials that AWS rotates, scoped by a policy you can read. Without one, anything on the instance that calls AWS has to carry an access key somewhere on disk or in user data, where it never expires and is easy to copy.',
    remediation:
      'Create an `aws_iam_role` trusted by `ec2.amazonaws.com` with the permissions the software needs, an `aws_iam_instance_profile` for it, and set `iam_instance_profile` (on `aws_instance` / `aws_launch_configuration`; `iam_instance_profile { name = ... }` on `aws_launch_template`). CloudFormation: `AWS::IAM::InstanceProfile` and `IamInstanceProfile` (`LaunchTemplateData.IamInstanceProfile.Name` or `.Arn` in a launch template). The quick fix adds a variable for the profile\'s name; changing the profile of a running instance is supported, but a launch configuration is replaced.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html',
      'https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html',
    ],
    frameworks: {
      'cis-aws-5.0.0': ['1.17'],
      'cis-aws-3.0.0': ['1.18'],
      'cis-aws-1.4.0': ['1.18'],
      'soc2-2017': ['CC6.1', 'CC6.3'],
      'nist-800-53-r5': ['AC-3', 'CM-5', 'CM-6'],
      'nist-csf-2.0': ['PR.AA-05'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    mappingNote: 'NIST ids from the reference map for this recommendation (base controls); SOC 2 and CSF chosen by control concept (least-privilege access for workloads).',
    resourceTypes: {
      terraform: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
      cloudformation: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration'],
    },
    aliases: { checkov: ['CKV2_AWS_41'] },
    fix: 'unsafe',
  },
  check,
});
