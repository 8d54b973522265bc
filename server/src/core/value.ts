// SPDX-License-Identifier: Apache-2.0
// The language-neutral value vocabulary: what both adapters produce, what rules read and what the report
// prints. A value is plain data (null, bool, number, string, list, object) or an `Unknown` that says what
// it depends on, both in words (`detail`, for messages) and as data (`ref`, for joins between resources
// and for the JSON report). Unknowns nest: `[true, var.x]` is a known list whose second item is unknown.
//
// A value that is known only through a default or an input (a variable's default, a tfvars file, a module
// call's argument, a CloudFormation parameter's default) is known: its `Provenance` travels beside it on
// the model attribute, so a finding can say where the value came from and point at it.

import { mayMatchBoth } from './shape';
import type { SourceRef, Span } from './span';

export type UnknownReason =
  /** A reference to something only known at plan/apply time or from outside: a variable with no value, a resource attribute. */
  | 'reference'
  /** A function this evaluator does not implement (or an impure one, like timestamp()). */
  | 'function'
  /** A syntax error left a placeholder here. */
  | 'invalid'
  /** A valid operation on values that do not fit it (e.g. adding a string to a bool). */
  | 'type-error'
  /** A construct evaluated only partially (e.g. a `for` over an unknown collection). */
  | 'expression';

/**
 * What an unknown depends on, as data. Resource addresses are Terraform addresses (`aws_s3_bucket.logs`,
 * without instance keys) or CloudFormation logical ids, the same strings as `ModelResource.address`.
 */
export type UnknownRef =
  /** A Terraform input variable with no default and no value given. */
  | { kind: 'variable'; name: string }
  /**
   * A CloudFormation parameter with no default and no value given; `source: 'ssm'` for a parameter of type
   * `AWS::SSM::Parameter::Value<...>`, whose value is read from Parameter Store at deploy time.
   */
  | { kind: 'parameter'; name: string; source?: 'ssm'; notEmpty?: true }
  /** A CloudFormation pseudo parameter that differs per deployment (`AWS::AccountId`, `AWS::Region`). */
  | { kind: 'pseudo'; name: string }
  /** An attribute of a resource of this configuration that only exists once it is created (`arn`, `!GetAtt X.Arn`, `!Ref X`). */
  /**
   * `key`: the instance an index expression selected (`[0]`, `["a"]`), when the reference was indexed by
   * an expression (`aws_x.y[count.index].id`) rather than written in one traversal (whose key is in
   * `detail`).
   */
  | { kind: 'resource'; address: string; attribute?: string; key?: string }
  /** A Terraform data source: read from the cloud at plan time. */
  | { kind: 'data'; address: string; attribute?: string }
  /** An output of a module whose value could not be followed. */
  | { kind: 'module'; address: string; output?: string }
  /** A CloudFormation condition that depends on something unknown. */
  | { kind: 'condition'; name: string }
  /** A function that is impure (timestamp, uuid, file) or not evaluated. */
  | { kind: 'function'; name: string }
  /** A value from outside this configuration: an import, remote state, a name not declared here. */
  | { kind: 'external'; what: string }
  /** `dynamic` blocks whose `for_each` is unknown: the blocks may or may not exist. */
  | { kind: 'dynamic'; block: string }
  /** A reference cycle (locals, variables): Terraform itself would reject it. */
  | { kind: 'cycle'; name: string }
  /** An evaluation budget ran out (instances, collection size, steps, depth). */
  | { kind: 'limit'; what: string }
  /** A syntax error or a value of the wrong type. */
  | { kind: 'invalid' }
  /** Anything else (kept so old call sites need no ref): described by `detail`. */
  | { kind: 'other' };

export type UnknownKind = UnknownRef['kind'];

export class Unknown {
  readonly ref: UnknownRef;

  constructor(
    readonly reason: UnknownReason,
    /** Where the unknown part is in the source. */
    readonly span: Span,
    /** What is unknown, in words: "var.bucket_name", "function timestamp()". */
    readonly detail: string,
    ref?: UnknownRef,
    /**
     * For a string built from known and unknown parts (`arn:${AWS::Partition}:s3:::logs/*`): the string
     * with the known parts filled in and each unknown part as `${...}`, for rules that need only the known
     * parts (an ARN's service and resource).
     */
    readonly text?: string,
    /**
     * A pattern (see shape.ts) every value this unknown may take matches entirely: a parameter's
     * `AllowedPattern` or `AllowedValues`, a pseudo parameter's form, a `!Sub` of such parts.
     */
    readonly shape?: string,
  ) {
    this.ref = ref ?? (reason === 'invalid' || reason === 'type-error' ? { kind: 'invalid' } : { kind: 'other' });
  }

  /** "depends on var.bucket_name" and the like (after "Cannot verify X: "). */
  describe(): string {
    switch (this.reason) {
      case 'reference':
        return `depends on ${this.detail}`;
      case 'function':
        return `depends on the result of ${this.detail}`;
      case 'invalid':
        return 'the expression has a syntax error';
      case 'type-error':
        return this.detail;
      case 'expression':
        return `depends on ${this.detail}`;
    }
  }

  /** The same unknown with another description (e.g. "the VPC of flow log X (...)"), keeping its ref. */
  rephrase(detail: string): Unknown {
    return new Unknown(this.reason, this.span, detail, this.ref, this.text, this.shape);
  }

  /**
   * Whether this value may be a string that matches `language` (a pattern of shape.ts) entirely. False
   * only when the unknown's shape rules it out: `PeerCidr` with `AllowedPattern` `x.x.x.x/16-28` is never
   * `0.0.0.0/0`. Without a shape, or with a pattern shape.ts does not read, it may.
   */
  mayBe(language: string): boolean {
    return this.shape === undefined || mayMatchBoth(this.shape, language);
  }

  /** True when this is an attribute of (or a reference to) the resource `address` of this configuration. */
  isOfResource(address: string): boolean {
    return this.ref.kind === 'resource' && this.ref.address === address;
  }
}

/**
 * Whether two unknowns say the same, wherever they are written: reason, words, known text, shape and what
 * they depend on (an UnknownRef holds only names, never offsets). Their spans are not compared.
 */
export function sameUnknown(a: Unknown, b: Unknown): boolean {
  if (a === b) return true;
  if (a.reason !== b.reason || a.detail !== b.detail || a.text !== b.text || a.shape !== b.shape) return false;
  const x = a.ref as Record<string, unknown>;
  const y = b.ref as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const k of keys) if (x[k] !== y[k]) return false;
  return true;
}

export type Value = null | boolean | number | string | Value[] | ValueObject | Unknown;
export interface ValueObject {
  [key: string]: Value;
}

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

export function isObjectValue(v: Value | undefined): v is ValueObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown);
}

/** The first unknown found in a value, depth first, or null when the value is fully known. */
export function firstUnknown(v: Value): Unknown | null {
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  } else if (isObjectValue(v)) {
    for (const k of Object.keys(v)) {
      const u = firstUnknown(v[k]!);
      if (u) return u;
    }
  }
  return null;
}

/** Structural equality of values (unknowns are equal only to themselves). */
export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isObjectValue(a) && isObjectValue(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

/** How a value prints inside a template; null when it cannot (collections, null). */
export function toTemplateString(v: Value): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return null;
}

/**
 * Where a known value came from when it was not written at the place it is used: a variable's default, a
 * tfvars file, a `--var`, a module call's argument, a CloudFormation parameter's default, its only allowed value or a parameter file.
 */
export interface Provenance {
  kind: 'variable-default' | 'tfvars' | 'cli-var' | 'setting-var' | 'module-argument' | 'parameter-default' | 'parameter-allowed' | 'parameter-file';
  /** `var.encrypted`, `parameter SSHLocation`, `module.db argument storage_encrypted`. */
  name: string;
  /** The value it supplied. */
  value: Value;
  /** Where that value is written (the default, the tfvars line, the call's argument). */
  ref: SourceRef;
  /** For module arguments: the call's address (`module.db`, `module.db["a"]`). */
  module?: string;
}

/** A short, never-throwing rendering of a value for messages ("false", "\"0.0.0.0/0\"", "a list"). */
export function showValue(v: Value | undefined): string {
  if (v === undefined) return 'nothing';
  if (v instanceof Unknown) return 'an unknown value';
  if (Array.isArray(v)) return v.length <= 3 && v.every((x) => x === null || typeof x !== 'object') ? `[${v.map((x) => showValue(x)).join(', ')}]` : 'a list';
  if (isObjectValue(v)) return 'an object';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}..."` : s;
}
