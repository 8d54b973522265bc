// SPDX-License-Identifier: Apache-2.0
// Reading attributes and nested blocks of a Terraform block into model Attrs, and recognizing references
// between resources (`aws_s3_bucket.logs.id`) used to join split resources to their parent.

import { evaluate } from '../../../parsers/hcl/evaluate';
import { Unknown } from '../../../core/value';
import type { Value } from '../../../core/value';
import type { Attribute, Block, Expression, Span } from '../../../parsers/hcl/ast';
import { absentAttr, presentAttr, toBool, toNum, toStr } from '../../attr';
import type { Attr } from '../../attr';
import type { AttrLocation, EditTarget } from '../../edit-target';
import { sourceRef } from '../../source';
import type { SourceRef } from '../../source';
import type { TfFile, TfModule, TfResource } from './module';

/** The header of a block: `resource "aws_s3_bucket" "logs"` (type and labels), where missing-attribute findings go. */
export function headerSpan(block: Block): Span {
  const last = block.labels[block.labels.length - 1];
  return { start: block.typeRange.start, end: last ? last.end : block.typeRange.end };
}

export function headerRef(file: TfFile, block: Block): SourceRef {
  return sourceRef(file.path, headerSpan(block));
}

export function blockTarget(file: TfFile, block: Block): EditTarget {
  return { platform: 'terraform', kind: 'block', file: file.path, block };
}

export function findAttribute(block: Block | null, name: string): Attribute | undefined {
  return block?.body.attributes.find((a) => a.name === name);
}

/** The first nested block of a type (`versioning`, `metadata_options`), or null. */
export function nestedBlock(block: Block | null, type: string): Block | null {
  return block?.body.blocks.find((b) => b.blockType === type) ?? null;
}

export function nestedBlocks(block: Block | null, type: string): Block[] {
  return block?.body.blocks.filter((b) => b.blockType === type) ?? [];
}

/** Evaluates an expression of a file. Values that need variables, locals or other resources are Unknown. */
export function evalExpr(file: TfFile, expr: Expression): Value {
  return evaluate(expr, file.file.source);
}

export type Convert<T> = (v: Value, at: SourceRef) => T | Unknown;
export const asBool: Convert<boolean> = toBool;
export const asString: Convert<string> = toStr;
export const asNumber: Convert<number> = toNum;

/**
 * The attribute `path` (nested blocks, then the attribute name) of `block` as an Attr. When absent, the
 * finding goes to `absentRef` (default: the deepest existing block's header) and `fallback` is the
 * provider default. `location` says where a fix writes it.
 */
export function readAttr<T>(
  file: TfFile,
  block: Block | null,
  path: string[],
  convert: Convert<T>,
  options: { target: EditTarget; absentRef: SourceRef; fallback?: T; locationPath?: string[] },
): Attr<T> {
  let current = block;
  for (const step of path.slice(0, -1)) current = nestedBlock(current, step);
  const name = path[path.length - 1]!;
  const location: AttrLocation = { target: options.target, path: options.locationPath ?? path };
  const attribute = findAttribute(current, name);
  if (!attribute) return absentAttr<T>(options.absentRef, location, options.fallback);
  const ref = sourceRef(file.path, attribute);
  const raw = evalExpr(file, attribute.expr);
  return presentAttr(convert(raw, ref), ref, raw, location);
}

/** True when `expr` is a reference to `type.name` followed by one of `attrs` (or any attribute when empty). */
export function refersTo(expr: Expression, type: string, name: string, attrs: string[] = []): boolean {
  let e = expr;
  while (e.type === 'TemplateWrap' || e.type === 'Parentheses') e = e.type === 'TemplateWrap' ? e.wrapped : e.expr;
  if (e.type !== 'ScopeTraversal' || e.root !== type) return false;
  const [first, second] = e.steps;
  if (first?.type !== 'AttrStep' || first.name !== name) return false;
  // `aws_s3_bucket.logs[0].id` (count) references the same resource.
  const next = second?.type === 'IndexStep' ? e.steps[2] : second;
  if (attrs.length === 0) return true;
  return next?.type === 'AttrStep' && attrs.includes(next.name);
}

/**
 * Whether a companion resource's attribute `attrName` points at `parent`: by reference
 * (`aws_s3_bucket.logs.id`) or by the parent's literal name (`bucket = "acme-logs"`).
 */
export function pointsAt(mod: TfModule, companion: TfResource, attrName: string, parent: TfResource, refAttrs: string[], parentName: Value | undefined): boolean {
  const a = findAttribute(companion.block, attrName);
  if (!a) return false;
  if (refersTo(mod.deref(a.expr), parent.type, parent.name, refAttrs)) return true;
  if (typeof parentName !== 'string') return false;
  const v = evalExpr(companion.file, a.expr);
  return typeof v === 'string' && v === parentName;
}

/** Strings of a list attribute, each known or Unknown; an unknown whole list becomes one Unknown entry. */
export function stringList(v: Value, at: SourceRef): (string | Unknown)[] {
  if (v instanceof Unknown) return [v];
  if (v === null || v === undefined) return [];
  if (!Array.isArray(v)) {
    const s = toStr(v, at);
    return [s];
  }
  return v.map((x) => toStr(x, at));
}
