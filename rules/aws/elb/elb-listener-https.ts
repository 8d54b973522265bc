// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, Unknown } from '../../api';
import type { Attr } from '../../api';

export default defineCatalogRule({
  kind: 'aws.elbv2.listener',
  meta: {
    id: 'AWS-ELB-001',
    name: 'elb-listener-https',
    title: 'Load balancer listeners use HTTPS or redirect to it',
    severity: 'high',
    description:
      'Application Load Balancer listeners accept HTTPS (or TLS on a Network Load Balancer); a plain HTTP listener passes only when every default action redirects to HTTPS. TCP and UDP listeners are left alone (they may pass TLS through to the targets).',
    rationale:
      'A plain HTTP listener carries session cookies, credentials and personal data in clear text across the internet, where anyone on the path can read or alter them. Terminating TLS at the load balancer, and redirecting stray HTTP requests there, keeps data encrypted in transit.',
    remediation:
      'Terraform: set `protocol = "HTTPS"` with a `certificate_arn` and an `ssl_policy`, or make the HTTP listener\'s `default_action` a `redirect` with `protocol = "HTTPS"`. CloudFormation: set `Protocol: HTTPS` with `Certificates` and `SslPolicy`, or use a `redirect` default action with `RedirectConfig.Protocol: HTTPS`. A certificate is needed, so there is no quick fix.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions'],
    ...byConcept('encryption-in-transit'),
    levels: {},
    resourceTypes: { terraform: ['aws_lb_listener', 'aws_alb_listener'], cloudformation: ['AWS::ElasticLoadBalancingV2::Listener'] },
    aliases: { checkov: ['CKV2_AWS_20', 'CKV_AWS_2'], trivy: ['AVD-AWS-0054'], tfsec: ['aws-elb-http-not-used'], cfn_nag: ['W56'] },
    fix: 'none',
  },
  check(listener, ctx) {
    const protocol = listener.attrs.protocol;
    if (protocol.value instanceof Unknown) {
      ctx.cannotVerify(protocol, protocol.value, 'the listener protocol');
      return;
    }
    // A Gateway Load Balancer listener has neither protocol nor port.
    if (!protocol.present && !listener.attrs.port.present) return;
    const p = typeof protocol.value === 'string' ? protocol.value.toUpperCase() : 'HTTP';
    if (p !== 'HTTP') return;
    const actions = listener.lists.defaultActions;
    if (actions.unknown) {
      ctx.cannotVerify(listener, actions.unknown, 'whether the HTTP listener redirects to HTTPS');
      return;
    }
    const items = actions.items;
    let undecided: { at: Attr<string>; u: Unknown } | null = null;
    const redirects =
      items.length > 0 &&
      items.every((item) => {
        const type = item.attrs.type;
        if (type.value instanceof Unknown) {
          undecided ??= { at: type, u: type.value };
          return true;
        }
        if (typeof type.value !== 'string' || type.value.toLowerCase() !== 'redirect') return false;
        const to = item.attrs.redirectProtocol;
        if (to.value instanceof Unknown) {
          undecided ??= { at: to, u: to.value };
          return true;
        }
        return typeof to.value === 'string' && to.value.toUpperCase() === 'HTTPS';
      });
    if (redirects && undecided) {
      const { at, u } = undecided as { at: Attr<string>; u: Unknown };
      ctx.cannotVerify(at, u, 'whether the HTTP listener redirects to HTTPS');
      return;
    }
    if (redirects) return;
    ctx.report(protocol, protocol.present ? 'The listener accepts plain HTTP and does not redirect it to HTTPS.' : 'The listener accepts plain HTTP (the default protocol) and does not redirect it to HTTPS.');
  },
});
