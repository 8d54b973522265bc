// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineCatalogRule, list, localName, placeholder, Unknown } from '../../api';
import type { CatalogResourceOf, FixOp, FixValue } from '../../api';
import { perModel } from '../../lib/joins';

const LOGGING_KIND = 'aws.wafv2.logging-configuration';

/**
 * How logging configurations point at web ACLs, indexed once per model and platform (rules/lib/joins.ts).
 * A configuration's `resource_arn` / `ResourceArn` points at an ACL by reference (Terraform:
 * `aws_wafv2_web_acl.main.arn`; CloudFormation: `!GetAtt Acl.Arn`) or by an ARN naming it
 * (`.../webacl/<name>/...`). One that does not point at a given ACL leaves it undecided when it could
 * still be that ACL's: an ARN, a reference to something outside the template, a variable.
 */
interface LoggingIndex {
  /** Terraform: reference details without instance keys; CloudFormation: reference details. */
  references: Set<string>;
  /** ACL names a literal ARN names (each `/webacl/<name>/` in it). */
  arnNames: Set<string>;
  arns: string[];
  /** The first configuration that leaves any ACL it does not point at undecided. */
  undecided: CatalogResourceOf<typeof LOGGING_KIND> | null;
}

function loggingIndex(configs: readonly CatalogResourceOf<typeof LOGGING_KIND>[], terraform: boolean): LoggingIndex {
  const index: LoggingIndex = { references: new Set(), arnNames: new Set(), arns: [], undecided: null };
  for (const c of configs) {
    const arn = c.attrs.resourceArn.value;
    let undecided = false;
    if (arn instanceof Unknown) {
      if (arn.reason !== 'reference') undecided = true;
      else if (terraform) {
        const d = arn.detail.replace(/\[[^\]]*\]/g, '');
        index.references.add(d);
        undecided = !/^(aws_wafv2_web_acl\.|data\.)/.test(d);
      } else {
        index.references.add(arn.detail);
        undecided = !/^the (attribute|resource) /.test(arn.detail);
      }
    } else if (typeof arn === 'string') {
      index.arns.push(arn);
      for (const m of arn.matchAll(/\/webacl\/([^/]*)(?=\/)/g)) index.arnNames.add(m[1]!);
      undecided = true;
    }
    if (undecided) index.undecided ??= c;
  }
  return index;
}

/** Whether some logging configuration points at `acl`. */
function logged(index: LoggingIndex, acl: CatalogResourceOf<'aws.wafv2.web-acl'>): boolean {
  if (index.references.has(acl.platform === 'terraform' ? `${acl.address}.arn` : `the attribute ${acl.address}.Arn`)) return true;
  const name = acl.attrs.name.value;
  if (typeof name !== 'string') return false;
  // A name with a slash cannot be one path segment: look for it the long way.
  return name.includes('/') ? index.arns.some((arn) => arn.includes(`/webacl/${name}/`)) : index.arnNames.has(name);
}

export default defineCatalogRule({
  kind: 'aws.wafv2.web-acl',
  meta: {
    id: 'AWS-WAF-001',
    name: 'waf-web-acl-logging',
    title: 'WAF web ACLs have logging configured',
    severity: 'medium',
    description:
      'Every AWS WAF (v2) web ACL has a logging configuration (`aws_wafv2_web_acl_logging_configuration` / `AWS::WAFv2::LoggingConfiguration`) in the same module or template that points at it.',
    rationale:
      'WAF logs record each request the web ACL inspected and which rule allowed, counted or blocked it. They are needed to tune rules, to prove that attacks were stopped, and to investigate the ones that were not.',
    remediation:
      'Terraform: add an `aws_wafv2_web_acl_logging_configuration` with `resource_arn = aws_wafv2_web_acl.<name>.arn` and `log_destination_configs` naming a CloudWatch Logs group, S3 bucket or Firehose stream whose name starts with `aws-waf-logs-`. CloudFormation: add an `AWS::WAFv2::LoggingConfiguration` with `ResourceArn: !GetAtt <Acl>.Arn` and `LogDestinationConfigs`. The quick fix adds one with a variable/parameter for the destination ARN.',
    links: ['https://docs.aws.amazon.com/waf/latest/developerguide/logging.html'],
    ...byConcept('audit-logging'),
    levels: {},
    resourceTypes: { terraform: ['aws_wafv2_web_acl'], cloudformation: ['AWS::WAFv2::WebACL'] },
    aliases: { checkov: ['CKV2_AWS_31'] },
    fix: 'unsafe',
  },
  check(acl, ctx) {
    const index = perModel(ctx.model, `waf-logging:${acl.platform}`, () =>
      loggingIndex(
        catalogOf(ctx.model, LOGGING_KIND).filter((c) => c.platform === acl.platform),
        acl.platform === 'terraform',
      ),
    );
    if (logged(index, acl)) return;
    const undecided = index.undecided;
    if (undecided) {
      const arn = undecided.attrs.resourceArn;
      const u = arn.value instanceof Unknown ? arn.value : new Unknown('reference', arn.ref.span, 'a web ACL ARN outside this configuration');
      ctx.cannotVerify(acl, u, 'whether the web ACL has logging configured');
      return;
    }
    const destination: FixValue = placeholder(acl, 'waf_log_destination_arn', 'ARN of the log destination for WAF logs (its name must start with aws-waf-logs-)');
    const ops: FixOp[] = [];
    if (acl.target.platform === 'terraform' && acl.target.kind === 'block') {
      const name = localName(acl);
      ops.push({
        op: 'create',
        target: {
          platform: 'terraform', kind: 'new-resource', file: acl.target.file, after: acl.target.block, resourceType: 'aws_wafv2_web_acl_logging_configuration', name,
          preamble: [['resource_arn', { kind: 'reference', terraform: `${acl.address}.arn`, cloudformation: { getAtt: [acl.address, 'Arn'] } }]],
        },
        values: [[['log_destination_configs'], list(destination)]],
      });
    } else if (acl.target.platform === 'cloudformation' && acl.target.kind === 'resource') {
      ops.push({
        op: 'create',
        target: {
          platform: 'cloudformation', kind: 'new-resource', file: acl.target.file, after: acl.target.resource, logicalId: `${acl.address}Logging`, resourceType: 'AWS::WAFv2::LoggingConfiguration',
          preamble: [['ResourceArn', { kind: 'reference', terraform: '', cloudformation: { getAtt: [acl.address, 'Arn'] } }]],
        },
        values: [[['LogDestinationConfigs'], list(destination)]],
      });
    }
    ctx.report(acl, 'The web ACL has no logging configuration.', {
      fixes: ops.length > 0 ? [{ id: 'add-logging', title: 'Add a logging configuration (adds a variable for the destination)', safety: 'unsafe', ops }] : [],
    });
  },
});
