// SPDX-License-Identifier: Apache-2.0
// Why a CIS AWS v5.0.0 recommendation marked checkable (yes/partly) in the reference data has no rule:
// a static check of infrastructure code cannot decide it. docs/coverage.md is generated from this and
// the rules' mappings; a recommendation with neither a rule nor a note shows as "not covered yet".

export const CIS_AWS_5_NOT_STATIC: Record<string, string> = {
  '1.1': 'Whether contact details are current, and whether a user\'s access keys were created at initial setup (both numbered 1.1 in the reference data), are account state and history that code does not hold.',
  '1.12': 'Access keys created in the console or CLI are invisible to code, so the number of active keys per user cannot be decided from a module or template.',
  '1.17': 'Whether software on instances uses the instance role rather than embedded keys depends on its code and user data; an attached instance profile does not prove that.',
  '1.20': 'Central management through federation or IAM Identity Center is an organization-wide arrangement; no single module or template can show it.',
  '2.1.3': 'Whether S3 data has been discovered and classified is the outcome of Amazon Macie jobs and human review; code can only show that Macie is enabled (aws_macie2_account, AWS::Macie::Session), not which buckets hold sensitive data or that findings were acted on.',
  '5.6': 'Whether a VPC peering route is least access depends on which hosts on each side need to talk; code shows the destination CIDRs of routes to a peering connection, but not whether a narrower range would do.',
};
