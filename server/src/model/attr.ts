// SPDX-License-Identifier: Apache-2.0
// One configuration value of a model resource, whatever language it was written in. It is known (a plain
// value), unknown (an `Unknown` that says what it depends on: a variable, a parameter, a function), or
// absent (with the provider's default when there is one). A rule never guesses through an unknown: it
// asks `cannotVerify` to report it at information level instead (see engine/rule-api.ts).

import { Unknown } from '../core/value';
import type { Provenance, Value } from '../core/value';
import type { AttrLocation } from './edit-target';
import type { SourceRef } from './source';

export interface Attr<T> {
  /** The value when known; an Unknown when it cannot be known statically; the default (or undefined) when absent. */
  readonly value: T | Unknown | undefined;
  /** True when the attribute is written in the source. */
  readonly present: boolean;
  /** Where the attribute is written; for an absent one, the owning resource's header (where a finding goes). */
  readonly ref: SourceRef;
  /** The raw evaluated value, before conversion to T (for messages and for rules that need more). */
  readonly raw: Value | undefined;
  /** Where a fix writes this attribute; null when no fix can (e.g. a value set through a module). */
  readonly location: AttrLocation | null;
  /**
   * The defaults and inputs the value was read through (a variable's default, a tfvars file, a module
   * call's argument, a parameter's default), outermost last; absent when the value is written in place.
   */
  readonly via?: readonly Provenance[];
}

export function presentAttr<T>(value: T | Unknown, ref: SourceRef, raw: Value, location: AttrLocation | null, via?: readonly Provenance[]): Attr<T> {
  return via && via.length > 0 ? { value, present: true, ref, raw, location, via } : { value, present: true, ref, raw, location };
}

/** An attribute that is not written; `fallback` is the provider's documented default, if any. */
export function absentAttr<T>(ref: SourceRef, location: AttrLocation | null, fallback?: T): Attr<T> {
  return { value: fallback, present: false, ref, raw: undefined, location };
}

export function isKnown<T>(a: Attr<T>): a is Attr<T> & { value: T } {
  return a.value !== undefined && !(a.value instanceof Unknown);
}

export function unknownOf<T>(a: Attr<T>): Unknown | null {
  return a.value instanceof Unknown ? a.value : null;
}

/** Converts a raw value to a bool the way Terraform and CloudFormation coerce ("true"/"false" strings too). */
export function toBool(v: Value, at: SourceRef): boolean | Unknown {
  if (v instanceof Unknown) return v;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'True' || v === 'TRUE') return true;
  if (v === 'false' || v === 'False' || v === 'FALSE') return false;
  return new Unknown('type-error', at.span, `expected a bool, found ${JSON.stringify(v)}`);
}

export function toStr(v: Value, at: SourceRef): string | Unknown {
  if (v instanceof Unknown) return v;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return new Unknown('type-error', at.span, `expected a string, found ${JSON.stringify(v)}`);
}

export function toNum(v: Value, at: SourceRef): number | Unknown {
  if (v instanceof Unknown) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return new Unknown('type-error', at.span, `expected a number, found ${JSON.stringify(v)}`);
}

/** The converter for a declared setting type (the resource catalog's `bool` / `string` / `number` / other). */
export function converterFor(type: 'bool' | 'string' | 'number' | 'list' | 'any'): (v: Value, at: SourceRef) => unknown {
  switch (type) {
    case 'bool':
      return toBool;
    case 'string':
      return toStr;
    case 'number':
      return toNum;
    default:
      return (v) => v;
  }
}
