// SPDX-License-Identifier: Apache-2.0
import { defineRule, lit, setFix, Unknown, written } from '../../api';
import { resourcesOf } from '../../lib/account-controls';
import { requireValue } from '../../lib/checks';

export default defineRule({
  target: 'instances',
  meta: {
    id: 'AWS-EC2-003',
    name: 'ec2-imdsv2-required',
    title: 'EC2 instances require IMDSv2',
    severity: 'high',
    description: 'EC2 instances, launch templates and launch configurations require session tokens for the instance metadata service (IMDSv2 only). `http_tokens` / `HttpTokens` set to `optional` is a high-severity finding. When the setting is not declared, AWS decides at launch: the account\'s instance metadata defaults for the region (`aws_ec2_instance_metadata_defaults`), else the AMI (Amazon Linux 2023 and other images registered with `ImdsSupport: v2.0` require IMDSv2; many other images still allow IMDSv1). That is reported with medium severity, saying the code relies on those defaults; when the same module sets `aws_ec2_instance_metadata_defaults` with `http_tokens = "required"`, undeclared settings pass (the default is in code).',
    rationale:
      'IMDSv1 answers any GET request from the instance, so a server-side request forgery bug in an application hands out the instance role\'s credentials. IMDSv2\'s session token (obtained with a PUT and a hop limit) defeats most of these attacks.',
    remediation:
      'Set `metadata_options { http_tokens = "required" }` (Terraform, on `aws_instance`, `aws_launch_template` or `aws_launch_configuration`) or `MetadataOptions: { HttpTokens: required }` (CloudFormation instance, launch template data or `AWS::AutoScaling::LaunchConfiguration`). A launch configuration cannot be changed in place: Terraform replaces it (use `create_before_destroy`). Check first that the software on the instance uses an IMDSv2-capable SDK.',
    links: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html'],
    frameworks: {
      'cis-aws-5.0.0': ['5.7'],
      'cis-aws-3.0.0': ['5.6'],
      'soc2-2017': ['CC6.1', 'CC7.2'],
      'nist-800-53-r5': ['AC-3', 'AC-6', 'CM-6', 'SC-23'],
      'nist-csf-2.0': ['PR.PS-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1 },
    mappingNote: 'SOC 2 CC6.1, NIST CM-6 and CSF PR.PS-01 (configuration management) added by control concept.',
    resourceTypes: { terraform: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'], cloudformation: ['AWS::EC2::LaunchTemplate', 'AWS::EC2::Instance', 'AWS::AutoScaling::LaunchConfiguration'] },
    aliases: { checkov: ['CKV_AWS_79'], trivy: ['AVD-AWS-0028', 'AVD-AWS-0130'], tfsec: ['aws-autoscaling-enforce-http-token-imds', 'aws-ec2-enforce-http-token-imds', 'aws-ec2-enforce-launch-config-http-token-imds'] },
    fix: 'unsafe',
  },
  check(instance, ctx) {
    // With the metadata endpoint turned off there is no IMDS at all, v1 or v2.
    const endpoint = instance.httpEndpoint.value;
    if (endpoint === 'disabled') return;
    if (endpoint instanceof Unknown && instance.httpTokens.value !== 'required') {
      ctx.cannotVerify(instance.httpEndpoint, endpoint, 'whether the metadata endpoint is enabled');
      return;
    }
    const fix = { id: 'require-imdsv2', title: 'Require IMDSv2 (session tokens)', safety: 'unsafe' as const };
    if (instance.httpTokens.present) {
      requireValue(ctx, instance.httpTokens, 'required', 'whether IMDSv2 is required', `IMDSv1 is allowed: ${written(instance, 'http_tokens', 'HttpTokens')} is ${JSON.stringify(instance.httpTokens.value)}, not "required".`, fix);
      return;
    }
    // Not declared: AWS decides at launch, from the account's metadata defaults or the AMI. Defaults set
    // to "required" in the same module (and platform) are in code: nothing is left to chance then.
    const defaults = resourcesOf(ctx.model, 'aws.ec2.instance-metadata-defaults').filter((d) => d.platform === instance.platform);
    if (defaults.some((d) => d.attrs.httpTokens!.value === 'required')) return;
    ctx.report(instance.httpTokens, 'Metadata options do not declare whether IMDSv2 is required: not declared in code, it relies on the account\'s instance metadata defaults or the AMI (Amazon Linux 2023 images require IMDSv2; many others still allow IMDSv1). Require it here, or set the account default in code.', {
      fixes: setFix(fix.id, fix.title, fix.safety, [instance.httpTokens, lit('required')]),
      severity: 'medium',
    });
  },
});
