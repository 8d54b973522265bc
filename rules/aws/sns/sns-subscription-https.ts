// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'aws.sns.subscription',
  meta: {
    id: 'AWS-SNS-002',
    name: 'sns-subscription-https',
    title: 'SNS subscriptions deliver over HTTPS, not HTTP',
    severity: 'medium',
    description: 'SNS topic subscriptions to web endpoints use the `https` protocol rather than plain `http`.',
    rationale:
      'Messages delivered over HTTP cross the internet in clear text: anyone on the path can read them, and the subscription confirmation token as well. HTTPS delivery encrypts the messages and lets the subscriber check who sent them.',
    remediation:
      'Terraform: set `protocol = "https"` and an `https://` endpoint on the `aws_sns_topic_subscription`. CloudFormation: set `Protocol: https` and an `https://` `Endpoint` on the `AWS::SNS::Subscription`. The endpoint must serve a certificate from a trusted authority; a changed subscription has to be confirmed again.',
    links: ['https://docs.aws.amazon.com/sns/latest/dg/sns-http-https-endpoint-as-subscriber.html'],
    ...byConcept('encryption-in-transit'),
    levels: {},
    resourceTypes: { terraform: ['aws_sns_topic_subscription'], cloudformation: ['AWS::SNS::Subscription'] },
    fix: 'unsafe',
  },
  check(sub, ctx) {
    const protocol = sub.attrs.protocol;
    if (protocol.value instanceof Unknown) {
      ctx.cannotVerify(protocol, protocol.value, 'whether the subscription delivers over HTTPS');
      return;
    }
    if (typeof protocol.value !== 'string' || protocol.value.toLowerCase() !== 'http') return;
    const endpoint = sub.attrs.endpoint;
    // The fix rewrites a literal http:// endpoint; one from a variable or parameter has to be changed by hand.
    const url = typeof endpoint.value === 'string' && /^http:\/\//i.test(endpoint.value) ? `https://${endpoint.value.slice('http://'.length)}` : null;
    ctx.report(protocol, 'The subscription delivers messages over plain HTTP.', {
      fixes: url ? setFix('use-https', 'Deliver over HTTPS (the endpoint must serve a trusted certificate; re-confirm the subscription)', 'unsafe', [protocol, lit('https')], [endpoint, lit(url)]) : [],
    });
  },
});
