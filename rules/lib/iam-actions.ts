// SPDX-License-Identifier: Apache-2.0
// Matching IAM action patterns as written in policies (`iam:Pass*`, `s3:*`), case-insensitively like IAM.

import { Unknown } from '../api';
import type { PolicyStatement } from '../api';

/**
 * Whether the policy's action pattern (with `*` and `?`) covers `action`, case-insensitively: as the regular
 * expression `^pattern$` with `*` as `.*` and `?` as `.` under the `i` flag (patternRegExp), without making
 * one per statement and action (that was ~1% of an audit). Non-ASCII text goes through the expression,
 * whose case folding a lower-casing of both sides does not reproduce.
 */
export function patternCovers(pattern: string, action: string): boolean {
  if (!ASCII.test(pattern) || !ASCII.test(action)) return patternRegExp(pattern).test(action);
  return wildcardMatch(pattern.toLowerCase(), action.toLowerCase());
}

const ASCII = /^[\x00-\x7f]*$/;

/** The regular expression patternCovers means. */
export function patternRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
}

/**
 * `*` any run of characters, `?` any one character; neither matches a line break (as `.` does not). The
 * usual linear scan that returns to the last `*` on a mismatch.
 */
function wildcardMatch(p: string, s: string): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    const pc = i < p.length ? p.charCodeAt(i) : -1;
    if (pc === 42 /* * */) {
      star = i++;
      mark = j;
    } else if (pc === c || (pc === 63 /* ? */ && !isLineBreak(c))) {
      i++;
      j++;
    } else if (star >= 0 && !isLineBreak(s.charCodeAt(mark))) {
      // The last `*` takes one more character (never a line break: `.` does not match one).
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < p.length && p.charCodeAt(i) === 42) i++;
  return i === p.length;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
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
