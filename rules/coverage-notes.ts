// SPDX-License-Identifier: Apache-2.0
// Why a CIS AWS v5.0.0 recommendation marked checkable (yes/partly) in the reference data has no rule:
// a static check of infrastructure code cannot decide it. docs/coverage.md is generated from this and
// the rules' mappings; a recommendation with neither a rule nor a note shows as "not covered yet".

export const CIS_AWS_5_NOT_STATIC: Record<string, string> = {
  '1.20': 'Central management through federation or IAM Identity Center is an organization-wide arrangement; no single module or template can show it.',
};

/**
 * Recommendations whose rules are partial checks: what the rules decide from code, and what stays outside
 * it. docs/coverage.md prints these next to the rules.
 */
export const CIS_AWS_5_PARTIAL: Record<string, string> = {
  '1.1': 'Flags an active access key for a user that gets a console password in the same code. When a key was created, and keys or passwords made outside the code, are not visible. (The reference data also numbers "Maintain current contact details" 1.1; that one is not checkable.)',
  '1.12': 'Counts the active access keys declared in code per user. Keys created in the console or CLI are invisible, so a pass does not prove one key.',
  '1.17': 'Flags instances, launch templates and launch configurations without an instance profile. Whether software on the instance uses the role rather than embedded keys is not visible.',
  '2.1.3': 'Checks that Macie is enabled (aws_macie2_account, AWS::Macie::Session), as an account-level control. Which buckets hold sensitive data, and whether findings were acted on, are outside code.',
  '5.6': 'Flags routes that send 0.0.0.0/0 or ::/0 to a VPC peering connection. Whether a narrower destination is still wider than needed is a design judgement.',
};

/** Why a CIS Azure v6.0.0 recommendation marked checkable (yes/partly) has no rule (none yet: the Azure rules are being written). */
export const CIS_AZURE_6_NOT_STATIC: Record<string, string> = {};

/** CIS Azure v6.0.0 recommendations whose rules are partial checks. */
export const CIS_AZURE_6_PARTIAL: Record<string, string> = {
  '8.3.11': 'Checks certificates Key Vault generates; the validity of imported certificates comes from the file and is not visible.',
};

/**
 * Why a CIS GCP v5.0.0 recommendation marked checkable (yes/partly) has no rule. Sections 1 and 2 and
 * 3.1/3.2 (IAM, logging and monitoring, default and legacy networks) are written on another branch.
 */
export const CIS_GCP_5_NOT_STATIC: Record<string, string> = {};

/** CIS GCP v5.0.0 recommendations whose rules are partial checks. */
export const CIS_GCP_5_PARTIAL: Record<string, string> = {};
