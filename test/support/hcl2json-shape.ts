// SPDX-License-Identifier: Apache-2.0
// Test oracle support: renders our HCL syntax tree exactly the way `@cdktf/hcl2json` renders HashiCorp's,
// so the two can be compared with deep equality. `@cdktf/hcl2json` 0.21.0 is tmccombs/hcl2json v0.6.5's
// `convert` package (hcl v2.23.0, go-cty v1.15.1) compiled to WASM and called *without* `Simplify`.
// Its rules, checked one by one against the WASM (see test/unit/support/hcl2json-shape.test.ts):
//
// - Body: blocks first, then attributes (so an attribute overrides a block of the same name). A block
//   `type "l1" "l2" { }` nests one object per label and appends its body to an array at the innermost key:
//   `{ type: { l1: { l2: [body] } } }`. Mixing labelled and unlabelled blocks of one type is an error.
// - Literal → its value. Unary operator on a literal → the evaluated value (`-1` → -1, `!true` → false;
//   `!1` is an error that rejects the whole file); on anything else → "${<source>}".
// - Template that is a single literal part → the string; otherwise the concatenation of its parts (below).
//   TemplateWrap (`"${x}"`) → the wrapped expression converted as a value (so `"${1}"` → 1).
// - Tuple → array; Object → object, key: a traversal → its source text, otherwise the key as a string part.
// - Anything else → "${" + source text of the expression's range + "}".
// - String parts: literal → its string (numbers in cty's decimal text, null → "null") with `${` and `%{`
//   re-escaped as `$${` / `%%{`; nested template → recursively; conditional (a `%{if}` directive *or* a
//   `${a ? b : c}` interpolation, both are ConditionalExpr in hclsyntax) → "%{if <cond source>}" + true +
//   ("%{else}" + false when false is non-empty) + "%{endif}"; `%{for}` → "%{for k, v in <coll source>}" +
//   body + "%{endfor}"; anything else → "${<source>}".
// - "Source" is the source text of the node's range, plus one more character when that character is `)`
//   (a quirk of hcl2json's rangeSource, kept for fidelity).
// Numbers are compared as JavaScript numbers because the bridge JSON.parses the Go output (which prints
// exact decimals): precision beyond a double is invisible on both sides.
import { createRequire } from 'node:module';
import type {
  Block,
  Body,
  Expression,
  HclFile,
  LiteralExpr,
  ObjectKeyExpr,
  Span,
  TemplateExpr,
} from '../../server/src/parsers/hcl/ast';

/** A JSON value as hcl2json produces it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

/** A conversion error hcl2json would also raise (it rejects the whole file then). */
export class Hcl2JsonShapeError extends Error {}

export interface ShapeOptions {
  /**
   * The text of source[start, end) as hcl2json would see it. Defaults to the slice itself; a tree read from
   * `.tf.json` passes a function that undoes the JSON escapes, because there the HCL text of an expression
   * is the unescaped string content.
   */
  sourceText?: (start: number, end: number) => string;
}

export function toHcl2JsonShape(file: HclFile, options: ShapeOptions = {}): JsonValue {
  const slice = options.sourceText ?? ((start: number, end: number) => file.source.slice(start, end));
  return new ShapeRenderer(file.source, slice).body(file.body);
}

class ShapeRenderer {
  constructor(
    private readonly source: string,
    private readonly slice: (start: number, end: number) => string,
  ) {}

  body(body: Body): JsonObject {
    const out: JsonObject = {};
    for (const block of body.blocks) this.block(block, out);
    for (const attr of body.attributes) setKey(out, attr.name, this.value(attr.expr));
    return out;
  }

  private block(block: Block, root: JsonObject): void {
    let out = root;
    let key = block.blockType;
    for (const label of block.labels) {
      if (Object.hasOwn(out, key)) {
        const inner = out[key];
        if (!isObject(inner)) {
          const path = [block.blockType, ...block.labels.map((l) => l.value)].join('.');
          throw new Hcl2JsonShapeError(`Unable to convert Block to JSON: ${path}`);
        }
        out = inner;
      } else {
        const inner: JsonObject = {};
        setKey(out, key, inner);
        out = inner;
      }
      key = label.value;
    }
    const value = this.body(block.body);
    if (Object.hasOwn(out, key)) {
      const current = out[key];
      if (!Array.isArray(current)) {
        throw new Hcl2JsonShapeError(`invalid HCL detected for "${key}" block, cannot have blocks with and without labels`);
      }
      current.push(value);
    } else {
      setKey(out, key, [value]);
    }
  }

  /** convertExpression: an expression in value position. */
  value(expr: Expression): JsonValue {
    switch (expr.type) {
      case 'Literal':
        return literalValue(expr);
      case 'Unary':
        return expr.operand.type === 'Literal' ? evalUnary(expr.op, expr.operand) : this.wrap(expr);
      case 'Template':
        return this.template(expr);
      case 'TemplateWrap':
        return this.value(expr.wrapped);
      case 'Tuple':
        return expr.items.map((item) => this.value(item));
      case 'Object': {
        const out: JsonObject = {};
        for (const item of expr.items) setKey(out, this.key(item.key), this.value(item.value));
        return out;
      }
      default:
        return this.wrap(expr);
    }
  }

  private template(t: TemplateExpr): string {
    const only = t.parts.length === 1 ? t.parts[0] : undefined;
    if (only !== undefined && only.type === 'Literal') return escapeLiteral(literalString(only));
    return t.parts.map((part) => this.stringPart(part)).join('');
  }

  /** convertStringPart: an expression inside a template, or an object key. */
  private stringPart(expr: Expression): string {
    switch (expr.type) {
      case 'Literal':
        return escapeLiteral(literalString(expr));
      case 'Template':
        return this.template(expr);
      case 'TemplateWrap':
        return this.stringPart(expr.wrapped);
      case 'Conditional':
      case 'TemplateIf': {
        const falseResult = expr.falseResult === null ? '' : this.stringPart(expr.falseResult);
        return (
          `%{if ${this.rangeSource(expr.condition)}}` +
          this.stringPart(expr.trueResult) +
          (falseResult.length > 0 ? `%{else}${falseResult}` : '') +
          '%{endif}'
        );
      }
      case 'TemplateFor': {
        const vars = expr.keyVar ? `${expr.keyVar}, ${expr.valVar}` : expr.valVar;
        return `%{for ${vars} in ${this.rangeSource(expr.collection)}}${this.stringPart(expr.body)}%{endfor}`;
      }
      default:
        return this.wrap(expr);
    }
  }

  private key(key: ObjectKeyExpr): string {
    // hcl2json checks the node type only: a bare name (or `a.b`) is its source text, whatever else the
    // key is goes through the string-part rules (parenthesised keys are ParenthesesExpr → "${(k)}").
    if (key.wrapped.type === 'ScopeTraversal') return this.rangeSource(key.wrapped);
    return this.stringPart(key.wrapped);
  }

  private wrap(expr: Expression): string {
    return '${' + this.rangeSource(expr) + '}';
  }

  private rangeSource(span: Span): string {
    // hcl2json: "for some reason the range doesn't include the ending paren" — it takes one more `)`.
    const end = this.source.charCodeAt(span.end) === 0x29 ? span.end + 1 : span.end;
    return this.slice(span.start, end);
  }
}

function literalValue(lit: LiteralExpr): JsonValue {
  if (typeof lit.value === 'number') return Number(lit.raw ?? lit.value);
  return lit.value;
}

/** UnaryOpExpr.Value on a literal, as cty evaluates it; what cty rejects, hcl2json rejects. */
function evalUnary(op: '-' | '!', operand: LiteralExpr): JsonValue {
  if (op === '-' && typeof operand.value === 'number') return -Number(operand.raw ?? operand.value);
  if (op === '!' && typeof operand.value === 'boolean') return !operand.value;
  throw new Hcl2JsonShapeError(`Invalid operand: unsuitable value for unary operand ${op}`);
}

/** A literal converted to a cty string, as in a template: numbers print as exact decimals. */
function literalString(lit: LiteralExpr): string {
  if (typeof lit.value === 'number') return decimalText(lit.raw ?? String(lit.value));
  return String(lit.value);
}

/**
 * big.Float.Text('f', -1) of an HCL number literal (cty parses them with 512 bits): the shortest decimal
 * that reads back to the same value, in positional notation. For literals of fewer than ~150 significant
 * digits that is the literal itself without exponent, leading zeros or trailing fractional zeros.
 */
export function decimalText(raw: string): string {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(raw.trim());
  if (m === null) return raw;
  const intPart = m[1] ?? '';
  const fracPart = m[2] ?? '';
  const digitsAll = intPart + fracPart;
  // value = 0.digitsAll × 10^pointPos once leading zeros are stripped
  let pointPos = intPart.length + Number(m[3] ?? '0');
  let digits = digitsAll.replace(/^0+/, '');
  pointPos -= digitsAll.length - digits.length;
  digits = digits.replace(/0+$/, '');
  if (digits.length === 0) return '0';
  if (pointPos <= 0) return '0.' + '0'.repeat(-pointPos) + digits;
  if (pointPos >= digits.length) return digits + '0'.repeat(pointPos - digits.length);
  return digits.slice(0, pointPos) + '.' + digits.slice(pointPos);
}

/** hcl2json re-escapes template sequences in literal text so that the result reads back as a template. */
function escapeLiteral(s: string): string {
  // Replacement functions, because in a replacement *string* `$$` means a single `$`.
  return s.replaceAll('${', () => '$${').replaceAll('%{', () => '%%{');
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Plain assignment would turn a `__proto__` key into a prototype change; JSON.parse defines it instead. */
function setKey(obj: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

// ---------------------------------------------------------------------------------------------------------
// The oracle itself.

interface Hcl2JsonModule {
  parse(filename: string, contents: string): Promise<JsonValue>;
}

let oracle: Hcl2JsonModule | undefined;

/**
 * hcl2json's output for `contents`. Rejects with the Go error text: syntax errors start with
 * "parse config:", conversion errors with "convert to HCL:". The first call pays the WASM start-up.
 */
export function hcl2json(filename: string, contents: string): Promise<JsonValue> {
  // Loaded with createRequire rather than imported: the package's typings pull in `lib: dom`, which would
  // change the global types of the whole compilation.
  oracle ??= createRequire(__filename)('@cdktf/hcl2json') as Hcl2JsonModule;
  return oracle.parse(filename, contents);
}

export function isSyntaxRejection(err: unknown): boolean {
  return err instanceof Error && err.message.startsWith('parse config:');
}

// ---------------------------------------------------------------------------------------------------------
// Structural diff with JSON paths.

export interface ShapeDifference {
  /** `$.resource.aws_s3_bucket.b[0].tags`-style path. */
  path: string;
  ours: JsonValue | undefined;
  theirs: JsonValue | undefined;
}

export function diffShapes(ours: JsonValue | undefined, theirs: JsonValue | undefined, path = '$'): ShapeDifference[] {
  const out: ShapeDifference[] = [];
  walkDiff(ours, theirs, path, out);
  return out;
}

function walkDiff(a: JsonValue | undefined, b: JsonValue | undefined, path: string, out: ShapeDifference[]): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) walkDiff(a[i], b[i], `${path}[${i}]`, out);
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      walkDiff(Object.hasOwn(a, k) ? a[k] : undefined, Object.hasOwn(b, k) ? b[k] : undefined, pathOf(path, k), out);
    }
    return;
  }
  // Object.is: -0 and 0 differ in the Go output too ("-0" vs "0").
  if (!Object.is(a, b)) out.push({ path, ours: a, theirs: b });
}

function pathOf(parent: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}
