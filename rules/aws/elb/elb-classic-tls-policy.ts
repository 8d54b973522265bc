// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, isObjectValue, lit, setFix, Unknown } from '../../api';
import type { Attr, SourceRef } from '../../api';

const SSL_NEGOTIATION = 'SSLNegotiationPolicyType';
/** The only predefined Classic Load Balancer policy that offers TLS 1.2 alone. */
const TLS12 = 'ELBSecurityPolicy-TLS-1-2-2017-01';
/** Protocol attributes that, set to true, offer a protocol older than TLS 1.2. */
const OLD_PROTOCOLS = ['Protocol-SSLv3', 'Protocol-TLSv1', 'Protocol-TLSv1.1'];

interface PolicyAttribute {
  name: unknown;
  value: unknown;
  /** The value's Attr (Terraform), for the finding and the fix. */
  attr?: Attr<unknown>;
  ref: SourceRef;
}

export default defineCatalogRule({
  kind: 'aws.elb.policy',
  meta: {
    id: 'AWS-ELB-009',
    name: 'elb-classic-tls-policy',
    title: 'Classic load balancer TLS negotiation policies allow TLS 1.2 only',
    severity: 'medium',
    description:
      `Classic Load Balancer SSL negotiation policies (\`aws_load_balancer_policy\` with \`policy_type_name = "${SSL_NEGOTIATION}"\`, the older \`aws_lb_ssl_negotiation_policy\` with its \`attribute\` blocks, \`Policies\` of type \`${SSL_NEGOTIATION}\` in \`AWS::ElasticLoadBalancing::LoadBalancer\`) reference \`${TLS12}\` through \`Reference-Security-Policy\`, and do not turn on \`Protocol-SSLv3\`, \`Protocol-TLSv1\` or \`Protocol-TLSv1.1\`. Listeners that use no custom policy get AWS's default classic policy, which still offers TLS 1.0; that case is not judged here.`,
    rationale:
      'SSL 3.0, TLS 1.0 and TLS 1.1 have known weaknesses and are no longer accepted by PCI DSS or most security baselines. A load balancer that still offers them lets a client (or an attacker in the middle) settle on a protocol that can be broken.',
    remediation:
      `Set the policy attribute \`Reference-Security-Policy\` to \`${TLS12}\` (Terraform \`policy_attribute\`, CloudFormation \`Attributes\`), or move to an Application Load Balancer with a current TLS policy. The quick fix (Terraform) changes the referenced policy; it is unsafe because clients that only speak older protocols can no longer connect.`,
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html'],
    frameworks: {
      'soc2-2017': ['CC6.7'],
      'nist-800-53-r5': ['SC-8', 'SC-13'],
      'nist-csf-2.0': ['PR.DS-02'],
    },
    levels: {},
    mappingNote: 'Not a CIS Foundations recommendation; mapped by control concept (encryption in transit), like AWS-ELB-004 for ALB/NLB listeners.',
    resourceTypes: { terraform: ['aws_load_balancer_policy', 'aws_lb_ssl_negotiation_policy'], cloudformation: ['AWS::ElasticLoadBalancing::LoadBalancer'] },
    aliases: { checkov: ['CKV_AWS_213'], trivy: ['AVD-AWS-0047'] },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const policies: { type: unknown; attributes: PolicyAttribute[]; ref: SourceRef; typeAttr?: Attr<unknown> }[] = [];
    if (r.platform === 'terraform') {
      // aws_lb_ssl_negotiation_policy is an SSL negotiation policy by definition, with `attribute` blocks.
      const legacy = r.sourceType === 'aws_lb_ssl_negotiation_policy';
      const list = legacy ? r.lists?.sslAttributes : r.lists?.attributes;
      if (list?.unknown) ctx.cannotVerify(r, list.unknown, 'the policy attributes');
      policies.push({
        type: legacy ? SSL_NEGOTIATION : r.attrs.policyType!.value,
        typeAttr: r.attrs.policyType!,
        ref: r.ref,
        attributes: (list?.items ?? []).map((i) => ({ name: i.attrs.name!.value, value: i.attrs.value!.value, attr: i.attrs.value!, ref: i.ref })),
      });
    } else {
      const list = r.lists?.policies;
      if (list?.unknown) ctx.cannotVerify(r, list.unknown, 'the load balancer policies');
      for (const p of list?.items ?? []) {
        const raw = p.attrs.attributes!.raw;
        const attributes: PolicyAttribute[] = Array.isArray(raw)
          ? raw.map((a) => (isObjectValue(a) ? { name: a.Name, value: a.Value, ref: p.attrs.attributes!.ref } : { name: a, value: a, ref: p.attrs.attributes!.ref }))
          : [];
        policies.push({ type: p.attrs.policyType!.value, ref: p.ref, attributes });
      }
    }
    for (const p of policies) {
      if (p.type instanceof Unknown) {
        ctx.cannotVerify(p.typeAttr ?? p.ref, p.type, 'whether this is an SSL negotiation policy');
        continue;
      }
      if (p.type !== SSL_NEGOTIATION) continue;
      for (const a of p.attributes) {
        if (a.name instanceof Unknown || a.value instanceof Unknown) {
          const u = (a.name instanceof Unknown ? a.name : a.value) as Unknown;
          ctx.cannotVerify(a.attr ?? a.ref, u, 'which TLS protocols the policy allows');
          continue;
        }
        if (a.name === 'Reference-Security-Policy' && typeof a.value === 'string' && a.value !== TLS12) {
          ctx.report(a.attr ?? a.ref, `The SSL negotiation policy references ${a.value}, which still offers protocols older than TLS 1.2; reference ${TLS12}.`, {
            fixes: a.attr?.location ? setFix('tls12', `Reference ${TLS12}`, 'unsafe', [a.attr, lit(TLS12)]) : [],
          });
        } else if (typeof a.name === 'string' && OLD_PROTOCOLS.includes(a.name) && String(a.value).toLowerCase() === 'true') {
          ctx.report(a.attr ?? a.ref, `The SSL negotiation policy turns on ${a.name}, a protocol older than TLS 1.2.`, {
            fixes: a.attr?.location ? setFix('disable-protocol', `Turn off ${a.name}`, 'unsafe', [a.attr, lit('false')]) : [],
          });
        }
      }
    }
  },
});
