// SPDX-License-Identifier: Apache-2.0
// Nested blocks written as an attribute list ("attributes as blocks"): `ingress = [{ from_port = 22, ... }]`
// instead of `ingress { ... }`. Terraform accepts both for security groups and network ACLs, and modules
// that pass rule lists through often use the attribute form. Each item becomes a reader whose fields carry
// the item's own span when the list is written literally, or the attribute's span when it comes from a
// variable or local.

import { isObjectValue, Unknown } from '../../../../core/value';
import type { Value } from '../../../../core/value';
import type { Attribute, Expression, Span } from '../../../../parsers/hcl/ast';
import { absentAttr, presentAttr } from '../../../attr';
import type { Attr } from '../../../attr';
import { nodeRef } from '../../../source';
import type { SourceRef } from '../../../source';
import type { TfFile } from '../module';
import { evalExpr } from '../values';
import type { Convert } from '../values';

/** One item of an attribute list: where it is, and its fields as Attrs (no fix location: items are not edited). */
export interface ListItem {
  ref: SourceRef;
  /** Set when the item itself (or the whole list) cannot be known: then every field is this Unknown. */
  unknown?: Unknown;
  field<T>(name: string, convert: Convert<T>, fallback?: T): Attr<T>;
  /** Where field `name` is written (the item when it is not). */
  fieldRef(name: string): SourceRef;
  /** The raw value of a field (undefined when absent). */
  raw(name: string): Value | undefined;
}

function keyName(e: Expression): string | undefined {
  if (e.type === 'ObjectKey') return keyName(e.wrapped);
  if (e.type === 'ScopeTraversal' && e.steps.length === 0) return e.root;
  if (e.type === 'Template' && e.parts.length === 1 && e.parts[0]!.type === 'Literal') return String(e.parts[0]!.value);
  return undefined;
}

/** The spans of a literal `[{...}, ...]` expression's items and their keys' values, when written so. */
function literalItems(expr: Expression): { span: Span; fields: Map<string, Span> }[] | null {
  // Only a list written in place: a local may live in another file, and the finding belongs on the resource.
  const e = expr;
  if (e.type !== 'Tuple') return null;
  return e.items.map((item) => {
    const fields = new Map<string, Span>();
    if (item.type === 'Object') {for (const it of item.items) {
      const k = keyName(it.key);
      if (k !== undefined) fields.set(k, it.value);
    }}
    return { span: item, fields };
  });
}

/**
 * The items of attribute `attr` read as a list of objects. An unknown list (`ingress = var.rules`) is one
 * item whose every field is that Unknown, so rules say "cannot verify" instead of passing.
 */
export function attributeListItems(file: TfFile, attr: Attribute): ListItem[] {
  const at = nodeRef(file.path, attr);
  const value = evalExpr(file, attr.expr);
  if (value === null) return [];
  if (value instanceof Unknown || !Array.isArray(value)) {
    const u = value instanceof Unknown ? value : new Unknown('type-error', attr.expr, `${attr.name} is not a list of objects`);
    return [unknownItem(at, u)];
  }
  const spans = literalItems(attr.expr);
  return value.map((item, i) => {
    const lit = spans && spans.length === value.length ? spans[i]! : null;
    const ref = lit ? nodeRef(file.path, lit.span) : at;
    if (item instanceof Unknown) return unknownItem(ref, item);
    if (!isObjectValue(item)) return unknownItem(ref, new Unknown('type-error', lit?.span ?? attr.expr, `an item of ${attr.name} is not an object`));
    const fieldRef = (name: string): SourceRef => {
      const s = lit?.fields.get(name);
      return s ? nodeRef(file.path, s) : ref;
    };
    return {
      ref,
      fieldRef,
      raw: (name) => (Object.prototype.hasOwnProperty.call(item, name) ? item[name] : undefined),
      field<T>(name: string, convert: Convert<T>, fallback?: T): Attr<T> {
        const raw = Object.prototype.hasOwnProperty.call(item, name) ? item[name] : undefined;
        if (raw === undefined || raw === null) return absentAttr<T>(fieldRef(name), null, fallback);
        const r = fieldRef(name);
        return presentAttr(convert(raw, r), r, raw, null);
      },
    };
  });
}

function unknownItem(ref: SourceRef, u: Unknown): ListItem {
  return {
    ref,
    unknown: u,
    fieldRef: () => ref,
    raw: () => u,
    field: <T>(): Attr<T> => presentAttr<T>(u, ref, u, null),
  };
}
