// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const WAF: CatalogKind[] = [
  {
    kind: 'aws.wafv2.web-acl',
    terraform: ['aws_wafv2_web_acl'],
    cloudformation: ['AWS::WAFv2::WebACL'],
    attrs: {
      name: { type: 'string', terraform: ['name'], cloudformation: ['Name'] },
      /** CloudFormation: the `DefaultAction.Block` map when written (`Block: {}`). */
      defaultBlock: { type: 'any', terraform: null, cloudformation: ['DefaultAction', 'Block'] },
    },
    lists: {
      rules: { terraform: ['rule'], cloudformation: ['Rules'], attrs: { name: { type: 'string', terraform: ['name'], cloudformation: ['Name'] } } },
      /** Terraform: the `default_action { block {} }` block, as a list of zero or one items. */
      defaultBlock: { terraform: ['default_action', 'block'], cloudformation: null, attrs: {} },
    },
  },
  {
    kind: 'aws.wafv2.logging-configuration',
    terraform: ['aws_wafv2_web_acl_logging_configuration'],
    cloudformation: ['AWS::WAFv2::LoggingConfiguration'],
    attrs: {
      resourceArn: { type: 'string', terraform: ['resource_arn'], cloudformation: ['ResourceArn'] },
    },
  },
  {
    /**
     * WAF Classic web ACLs (global and regional). Their logging is an inline `logging_configuration` block
     * in Terraform; CloudFormation's WAF Classic resources have no logging property (not listed here).
     */
    kind: 'aws.waf-classic.web-acl',
    terraform: ['aws_waf_web_acl', 'aws_wafregional_web_acl'],
    cloudformation: [],
    attrs: {
      logDestination: { type: 'string', terraform: ['logging_configuration', 'log_destination'], cloudformation: null },
    },
  },
];
