// SPDX-License-Identifier: Apache-2.0
// Matching IAM action patterns as written in policies (`iam:Pass*`, `s3:*`), case-insensitively like IAM.

import { Unknown } from '../api';
import type { PolicyStatement } from '../api';

/** Whether the policy's action pattern (with `*` and `?`) covers `action`. */
export function patternCovers(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(action);
}

/** An Allow statement with plain Action/Resource lists (not NotAction/NotResource): the ones these rules judge. */
export function isPlainAllow(s: PolicyStatement): boolean {
  return s.effect === 'Allow' && !s.notActions && !s.notResources;
}

/** "*" among the resources: true; an unknown resource (not from a resource of the configuration): that Unknown; else false. */
export function allResources(s: PolicyStatement, isResourceAttribute: (u: Unknown) => boolean): boolean | Unknown {
  if (s.resources.includes('*')) return true;
  // An ARN whose known parts and shape rule out "*" (`arn:${AWS::Partition}:iam::${AWS::AccountId}:role/x`) is not every resource.
  return s.resources.find((r): r is Unknown => r instanceof Unknown && !isResourceAttribute(r) && r.mayBe('\\*')) ?? false;
}

/** `statement "Sid"` or `a statement`, for messages. */
export function statementName(s: PolicyStatement): string {
  return s.sid ? `statement ${JSON.stringify(s.sid)}` : 'a statement';
}

/** The same at the start of a sentence: `Statement "Sid"` or `A statement`. */
export function StatementName(s: PolicyStatement): string {
  const n = statementName(s);
  return n[0]!.toUpperCase() + n.slice(1);
}

/**
 * A finding's message about statement `s`, saying when the statement may not exist (a Terraform dynamic
 * block whose for_each is unknown): the finding holds for every statement the block generates, if any.
 */
export function ifGenerated(s: PolicyStatement, message: string): string {
  if (!s.maybe) return message;
  return `${message.replace(/\.$/, '')} (if the dynamic "statement" block generates any statement: ${s.maybe.describe()}).`;
}
