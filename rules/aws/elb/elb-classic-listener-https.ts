// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'aws.elb.load-balancer',
  meta: {
    id: 'AWS-ELB-005',
    name: 'elb-classic-listener-https',
    title: 'Classic Load Balancer listeners do not accept plain HTTP',
    severity: 'high',
    description: 'Every listener of a Classic Load Balancer uses HTTPS or SSL rather than HTTP. TCP listeners are left alone (they may pass TLS through to the instances).',
    rationale:
      'A Classic Load Balancer cannot redirect HTTP to HTTPS, so an HTTP listener serves the application in clear text: credentials and session cookies can be read or changed on the way. Encrypting the client side of the connection is the minimum for data in transit.',
    remediation:
      'Terraform: change each `listener` to `lb_protocol = "https"` with an `ssl_certificate_id`. CloudFormation: set each `Listeners` item to `Protocol: HTTPS` with an `SSLCertificateId`. Better still, migrate to an Application Load Balancer. A certificate is needed, so there is no quick fix.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html'],
    ...byConcept('encryption-in-transit'),
    levels: {},
    resourceTypes: { terraform: ['aws_elb'], cloudformation: ['AWS::ElasticLoadBalancing::LoadBalancer'] },
    aliases: { guard: ['ELB_TLS_HTTPS_LISTENERS_ONLY'] },
    fix: 'none',
  },
  check(lb, ctx) {
    const listeners = lb.lists.listeners;
    if (listeners.unknown) ctx.cannotVerify(lb, listeners.unknown, 'the protocols of the listeners');
    for (const l of listeners.items) {
      const protocol = l.attrs.protocol;
      if (protocol.value instanceof Unknown) {
        ctx.cannotVerify(protocol, protocol.value, 'the listener protocol');
        continue;
      }
      if (typeof protocol.value === 'string' && protocol.value.toUpperCase() === 'HTTP') {
        ctx.report(protocol, 'This listener accepts plain HTTP.');
      }
    }
  },
});
