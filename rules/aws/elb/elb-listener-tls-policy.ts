// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { minimumTls, tls12OrLater } from '../../lib/elb-policies';

const RECOMMENDED = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

export default defineCatalogRule({
  kind: 'aws.elbv2.listener',
  meta: {
    id: 'AWS-ELB-002',
    name: 'elb-listener-tls-policy',
    title: 'HTTPS and TLS listeners use a TLS 1.2+ security policy',
    severity: 'medium',
    description:
      'HTTPS (Application Load Balancer) and TLS (Network Load Balancer) listeners name a predefined security policy that allows only TLS 1.2 and later: `ELBSecurityPolicy-TLS13-1-2-*`, `-TLS13-1-3-*`, `-TLS-1-2-*` or `-FS-1-2-*`, in any variant (`Res`, `Ext0`/`Ext1`/`Ext2`, `FIPS`, `PQ`). The version in the name is the oldest one the policy accepts, so `-TLS13-1-0-*`, `-TLS13-1-1-*`, `-TLS-1-1-*`, `-FS-1-1-*`, `-FS-2018-06`, `-2016-08` and `-2015-05` are flagged with the version they still allow. Without a policy, listeners created through the API, CloudFormation or Terraform get `ELBSecurityPolicy-2016-08`, which accepts TLS 1.0 and 1.1.',
    rationale:
      'TLS 1.0 and 1.1 have known weaknesses and weak cipher suites; allowing them lets a downgrade expose traffic that is otherwise encrypted. Pinning a modern policy also stops the accepted protocols from depending on when and how the listener was created.',
    remediation:
      'Terraform: set `ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"` on the listener. CloudFormation: set `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06`. Very old clients that speak only TLS 1.0/1.1 will no longer connect, so the quick fix is unsafe.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html'],
    frameworks: {
      'soc2-2017': ['CC6.7'],
      'nist-800-53-r5': ['SC-8', 'SC-13'],
      'nist-csf-2.0': ['PR.DS-02'],
    },
    levels: {},
    mappingNote: 'Not a CIS Foundations recommendation; mapped by control concept (strong protection of data in transit: SOC 2 CC6.7, NIST SC-8/SC-13, CSF PR.DS-02).',
    resourceTypes: { terraform: ['aws_lb_listener', 'aws_alb_listener'], cloudformation: ['AWS::ElasticLoadBalancingV2::Listener'] },
    aliases: { checkov: ['CKV_AWS_103'], trivy: ['AVD-AWS-0047'], tfsec: ['aws-elb-use-secure-tls-policy'], cfn_nag: ['W55'] },
    fix: 'unsafe',
  },
  check(listener, ctx) {
    const protocol = listener.attrs.protocol!;
    if (protocol.value instanceof Unknown) {
      ctx.cannotVerify(protocol, protocol.value, 'whether the listener uses TLS');
      return;
    }
    const p = typeof protocol.value === 'string' ? protocol.value.toUpperCase() : '';
    if (p !== 'HTTPS' && p !== 'TLS') return;
    const policy = listener.attrs.sslPolicy!;
    if (policy.value instanceof Unknown) {
      ctx.cannotVerify(policy, policy.value, 'the listener\'s TLS security policy');
      return;
    }
    if (typeof policy.value === 'string' && tls12OrLater(policy.value)) return;
    const fixes = setFix('tls13-policy', `Use ${RECOMMENDED}`, 'unsafe', [policy, lit(RECOMMENDED)]);
    if (!policy.present) {
      ctx.report(policy, 'The listener names no security policy; the default (ELBSecurityPolicy-2016-08) still allows TLS 1.0 and 1.1.', { fixes });
      return;
    }
    const min = typeof policy.value === 'string' ? minimumTls(policy.value) : undefined;
    ctx.report(policy, min
      ? `The security policy ${JSON.stringify(policy.value)} still accepts TLS ${min}.`
      : `The security policy ${JSON.stringify(policy.value)} is not one of the predefined TLS 1.2+ policies.`, { fixes });
  },
});
