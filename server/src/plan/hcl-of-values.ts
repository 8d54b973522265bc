// SPDX-License-Identifier: Apache-2.0
// The planned values of a module instance written back as Terraform text, so that the Terraform adapter
// builds the same normalized model from a plan as from source and every rule applies unchanged.
//
// - Known values are literals. A list of objects is a list of nested blocks (that is how providers'
//   block types appear in a plan); a map or object is an attribute.
// - A value known only after apply (`after_unknown`) that the configuration sets is written as the
//   reference it depends on (`aws_kms_key.this.arn`, from the configuration's `references`), so rules say
//   "cannot verify ...: depends on aws_kms_key.this.arn" and joins by reference (a bucket and its
//   public access block) work as in source. Without a usable reference it is the attribute itself
//   (`aws_s3_bucket.logs.policy`): unknown, named.
// - An unknown value the configuration does not set is computed by the provider (`arn`, `id`, the
//   echo of a companion resource's settings): left out, as it is absent from the source.

import type { Json, JsonObject, PlanResource } from './plan-json';
import { isObject } from './plan-json';

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** References we can write back: resources, data sources, variables, module outputs (not locals, each, count). */
const USABLE_REF = /^(?!(?:local|each|count|path|self|terraform)\.)[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[(?:\d+|"[^"\\]*")\])+$/;

/** A string literal: JSON escapes HCL reads the same, and `${`/`%{` escaped so they are not templates. */
function str(s: string): string {
  return JSON.stringify(s)
    .replace(/\$\{/g, '$${')
    .replace(/%\{/g, '%%{')
    .replace(/\\b/g, '\\u0008')
    .replace(/\\f/g, '\\u000c');
}

function isBlockList(v: Json | undefined): v is JsonObject[] {
  return Array.isArray(v) && v.length > 0 && v.every(isObject);
}

/** The reference an unknown attribute depends on, from its configuration expression. */
function referenceOf(expr: Json | undefined): string | undefined {
  if (!isObject(expr) || !Array.isArray(expr['references'])) return undefined;
  for (const r of expr['references']) if (typeof r === 'string' && USABLE_REF.test(r)) return r;
  return undefined;
}

/** The expressions of the i-th nested block of a type (a list of blocks, or one block as an object). */
function blockExpressions(expr: Json | undefined, i: number): JsonObject | undefined {
  if (Array.isArray(expr)) return isObject(expr[i]) ? expr[i] : undefined;
  return i === 0 && isObject(expr) && !('references' in expr) && !('constant_value' in expr) ? expr : undefined;
}

/** Deeper values are written as unknown (named): a hostile plan cannot exhaust the stack of the parser. */
const MAX_DEPTH = 48;

function value(v: Json, unknown: Json | undefined, self: string, depth = 0): string {
  if (unknown === true || depth > MAX_DEPTH) return self;
  if (v === null) return 'null';
  if (typeof v === 'string') return str(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const u = Array.isArray(unknown) ? unknown : [];
    // Unknown elements past the known ones (a list whose length is known, items not).
    const n = Math.max(v.length, u.length);
    const items: string[] = [];
    for (let i = 0; i < n; i++) items.push(value(i < v.length ? v[i]! : null, u[i], self, depth + 1));
    return `[${items.join(', ')}]`;
  }
  const u = isObject(unknown) ? unknown : {};
  const keys = new Set([...Object.keys(v), ...Object.keys(u).filter((k) => u[k] === true)]);
  return `{ ${[...keys].map((k) => `${str(k)} = ${value(v[k] ?? null, u[k], self, depth + 1)}`).join(', ')} }`;
}

function body(values: JsonObject, unknown: Json | undefined, exprs: JsonObject | undefined, self: string, indent: string, out: string[], configured: boolean): void {
  if (indent.length > MAX_DEPTH * 2) return;
  const u = isObject(unknown) ? unknown : {};
  const keys = new Set([...Object.keys(values), ...Object.keys(u)]);
  for (const key of keys) {
    if (!IDENT.test(key)) continue;
    const v = values[key];
    const uk = u[key];
    const e = exprs?.[key];
    const path = `${self}.${key}`;
    if (uk === true) {
      // Set in the configuration (or no configuration to tell): unknown, named; otherwise provider-computed.
      if (e !== undefined || !configured) out.push(`${indent}${key} = ${referenceOf(e) ?? path}`);
      continue;
    }
    if (v === undefined || v === null) continue;
    if (isBlockList(v)) {
      const us = Array.isArray(uk) ? uk : [];
      v.forEach((b, i) => {
        out.push(`${indent}${key} {`);
        body(b, us[i], blockExpressions(e, i), path, `${indent}  `, out, configured && blockExpressions(e, i) !== undefined);
        out.push(`${indent}}`);
      });
      continue;
    }
    out.push(`${indent}${key} = ${value(v, uk, referenceOf(e) ?? path, indent.length / 2)}`);
  }
}

/**
 * One resource instance as a block: `resource "aws_s3_bucket" "logs" { ... }` (the instance key is not
 * written: the adapter's address is set from the plan). `exprs`: the configuration's expressions of the
 * resource, when the configuration has it.
 */
export function resourceBlock(r: PlanResource, exprs: JsonObject | undefined): string {
  const out: string[] = [`${r.mode === 'data' ? 'data' : 'resource'} ${str(r.type)} ${str(r.name)} {`];
  const self = `${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
  body(r.values, r.unknown, exprs, self, '  ', out, exprs !== undefined);
  out.push('}');
  return out.join('\n');
}
