// SPDX-License-Identifier: Apache-2.0
// Small shared checks so that rule files read as policy, not plumbing.

import { lit, setFix, Unknown } from '../api';
import type { Attr, CheckContext, FixSafety, FixValue, Platform } from '../api';

export interface SimpleFix {
  id: string;
  title: string;
  safety: FixSafety;
}

/**
 * `attr` must be `expected`: reports otherwise (with a fix that sets it), and reports "cannot verify"
 * when the value is unknown. Returns true when the value is known to be right.
 */
export function requireValue<T extends string | number | boolean>(
  ctx: CheckContext,
  attr: Attr<T>,
  expected: T,
  what: string,
  message: string,
  fix?: SimpleFix,
): boolean {
  if (attr.value instanceof Unknown) {
    ctx.cannotVerify(attr, attr.value, what);
    return false;
  }
  if (attr.value === expected) return true;
  ctx.report(attr, message, { fixes: fix ? setFix(fix.id, fix.title, fix.safety, [attr, lit(expected)]) : [] });
  return false;
}

/**
 * A count (days, characters) that must be at least `min`: "cannot verify" when unknown; otherwise, when it
 * is absent or below, reports `message(attr)` with a fix that writes `fix.value` (default `min`).
 */
export function requireAtLeast(
  ctx: CheckContext,
  attr: Attr<number>,
  min: number,
  what: string,
  message: (attr: Attr<number>) => string,
  fix: SimpleFix & { value?: number },
): boolean {
  if (attr.value instanceof Unknown) {
    ctx.cannotVerify(attr, attr.value, what);
    return false;
  }
  if (typeof attr.value === 'number' && attr.value >= min) return true;
  ctx.report(attr, message(attr), { fixes: setFix(fix.id, fix.title, fix.safety, [attr, lit(fix.value ?? min)]) });
  return false;
}

/** `attr` must be written (any known or unknown value); reports with a fix that writes `value` otherwise. */
export function requirePresent(ctx: CheckContext, attr: Attr<unknown>, message: string, fix?: SimpleFix & { value: FixValue }): boolean {
  if (attr.present && attr.value !== null && attr.value !== '') return true;
  ctx.report(attr, message, { fixes: fix ? setFix(fix.id, fix.title, fix.safety, [attr, fix.value]) : [] });
  return false;
}

/** Describes a value for a message: `"public-read"`, `false`. */
export function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : valueText(v);
}

/**
 * Any evaluated value as text, never throwing: a string as it is, a list or object as JSON. (`String()` of
 * an object built without a prototype, as HCL objects are, throws; a damaged file can put one anywhere.)
 */
export function valueText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return String(v);
  try {
    return JSON.stringify(v) ?? 'a value';
  } catch {
    return 'a value';
  }
}

/**
 * Whether an unknown value is an attribute of a resource or data source of the configuration
 * (`aws_kms_key.trail.arn`, `!GetAtt Key.Arn`, `!Ref Key`): such a value always exists once deployed,
 * whereas a variable, local, module output or parameter may be null or empty.
 */
export function isResourceAttribute(u: Unknown): boolean {
  if (u.reason !== 'reference') return false;
  // Terraform: the traversal text; resource types (unlike var, local, module, each...) contain an underscore.
  if (/^(data\.)?[a-z][a-z0-9]*_[a-z0-9_]*\.[A-Za-z_]/.test(u.detail)) return true;
  // CloudFormation: `!GetAtt X.Attr` and `!Ref X` of a resource of the template.
  return /^the (attribute|resource) /.test(u.detail);
}

export interface KmsKeyCheck {
  /** What cannot be verified: "whether the vault is encrypted with a customer-managed KMS key". */
  what: string;
  /** Message when the value names an AWS managed key (`alias/aws/...`); omit to accept AWS managed keys. */
  awsManaged?: string;
  /** Messages when the key is written but empty, and when it is not written. */
  empty: string;
  missing: string;
  /** The placeholder the fix adds: Terraform and CloudFormation names, and its description. */
  placeholder: { terraform: string; cloudformation: string; description: string };
}

/**
 * A resource must name a KMS key (customer-managed when `awsManaged` is given): reports otherwise with a
 * fix that adds a placeholder for the key; unknown keys are "cannot verify" unless they come from a key
 * resource of the configuration, whose ARN always names a key.
 */
export function requireKmsKey(ctx: CheckContext, platform: Platform, key: Attr<string>, spec: KmsKeyCheck): void {
  if (key.value instanceof Unknown) {
    // A key from a parameter the scenario knows is not empty (`!If [HasKey, !Ref Key, ...]` with HasKey
    // true): a key is set, and only an AWS managed one could still be wrong.
    const setKey = key.value.ref.kind === 'parameter' && key.value.ref.notEmpty === true && !spec.awsManaged;
    if (!setKey && !isResourceAttribute(key.value)) ctx.cannotVerify(key, key.value, spec.what);
    return;
  }
  const fixes = (): ReturnType<typeof setFix> =>
    setFix('use-kms-key', 'Use a customer-managed KMS key (adds a variable for the key ARN)', 'unsafe', [
      key,
      { kind: 'placeholder', name: platform === 'terraform' ? spec.placeholder.terraform : spec.placeholder.cloudformation, description: spec.placeholder.description },
    ]);
  if (spec.awsManaged && typeof key.value === 'string' && /(^|:)alias\/aws\//.test(key.value)) {
    ctx.report(key, spec.awsManaged, { fixes: fixes() });
    return;
  }
  if (typeof key.value === 'string' && key.value !== '') return;
  ctx.report(key, key.present ? spec.empty : spec.missing, { fixes: fixes() });
}
