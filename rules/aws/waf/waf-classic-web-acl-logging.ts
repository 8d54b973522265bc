// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, placeholder, setFix, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.waf-classic.web-acl',
  meta: {
    id: 'AWS-WAF-003',
    name: 'waf-classic-web-acl-logging',
    title: 'WAF Classic web ACLs have logging configured',
    severity: 'medium',
    description:
      'Every AWS WAF Classic web ACL (`aws_waf_web_acl`, `aws_wafregional_web_acl`) has a `logging_configuration` block naming a Kinesis Data Firehose delivery stream. CloudFormation\'s WAF Classic resources cannot express logging (it is set through the API), so only Terraform is judged; WAFv2 web ACLs are AWS-WAF-001.',
    rationale:
      'WAF logs record each request the web ACL inspected and the rule that allowed or blocked it. Without them blocked attacks leave no evidence, false positives cannot be tuned away, and an attack that got through cannot be reconstructed.',
    remediation:
      'Add `logging_configuration { log_destination = <Firehose delivery stream ARN> }` to the web ACL; the stream name must start with `aws-waf-logs-`. WAF Classic reached the end of its support in September 2025: moving the ACL to WAFv2 (`aws_wafv2_web_acl` with `aws_wafv2_web_acl_logging_configuration`) is the lasting fix. The quick fix adds a variable for the stream ARN.',
    links: ['https://docs.aws.amazon.com/waf/latest/developerguide/classic-logging.html'],
    frameworks: {
      'soc2-2017': ['CC7.2'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'nist-csf-2.0': ['DE.CM-01'],
    },
    levels: {},
    mappingNote: 'Not a CIS Foundations recommendation; mapped by control concept like AWS-WAF-001 (logging of boundary protection decisions: SOC 2 CC7.2, NIST AU-2/AU-12, CSF DE.CM-01).',
    resourceTypes: { terraform: ['aws_waf_web_acl', 'aws_wafregional_web_acl'] },
    aliases: { checkov: ['CKV_AWS_176'] },
    fix: 'unsafe',
  },
  check(acl, ctx) {
    const dest = acl.attrs.logDestination!;
    if (dest.value instanceof Unknown) {
      // A Firehose stream's ARN always exists; a variable may be empty, a dynamic block may be absent.
      if (!isResourceAttribute(dest.value)) ctx.cannotVerify(dest, dest.value, 'where the web ACL writes its logs');
      return;
    }
    if (dest.present && dest.value !== '') return;
    const fixes = setFix('enable-logging', 'Log to a Kinesis Data Firehose stream (adds a variable for its ARN)', 'unsafe', [
      dest,
      placeholder(acl, 'waf_log_delivery_stream_arn', 'ARN of the Kinesis Data Firehose delivery stream for WAF logs (its name must start with aws-waf-logs-)'),
    ]);
    ctx.report(dest, dest.present ? 'The web ACL\'s logging configuration names no destination.' : 'The web ACL has no logging configuration: the requests it inspects and blocks are not logged.', { fixes });
  },
});
