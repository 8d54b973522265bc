// SPDX-License-Identifier: Apache-2.0
// Terraform's JSON syntax (`.tf.json`) read into the same tree as the native syntax, so rules never care
// which one a configuration was written in. The mapping follows HCL's JSON spec and Terraform's use of it:
//
// - Top-level properties are block types; the block types' label counts come from Terraform (`resource`,
//   `data`, `ephemeral`: two; `module`, `variable`, `output`, `provider`, `check`: one; `locals`,
//   `terraform`, `moved`, `import`, `removed`: none). Each label is one level of object nesting
//   (`{"resource": {"aws_s3_bucket": {"b": {...body...}}}}`); at any label level an array of such objects
//   is accepted too, and at the body level an array of objects means repeated blocks. A null body is no block.
// - Inside a body, JSON alone cannot tell a nested block from an object-valued argument (that takes the
//   provider schema), so every property is an attribute except the nested block types Terraform itself
//   defines (`lifecycle`, `provisioner`, `connection`, `dynamic` and its `content`, `terraform`'s `backend`,
//   `required_providers`, `cloud`, and the few below). Objects stay ObjectExprs, arrays TupleExprs.
// - Strings are templates (`"${var.x}"`), parsed by the native template parser: in place when the string has
//   no backslash escapes, otherwise from the unescaped value with every node's offsets mapped back through
//   the escapes (so positions stay exact either way). `variable` arguments are read literally, as Terraform
//   does. Numbers, booleans and null are literals; object keys are templates as in HCL's JSON expressions.
// - `"//"` properties are comments in bodies (and at label levels) and are skipped; inside an object value
//   they are ordinary keys, as in HCL.
// - A block spans its body object (`typeRange` is the type's key string, labels are the label key strings,
//   `openBrace`/`closeBrace` the body object's braces; an unclosed object gets an empty `closeBrace` at its end).
// - JSON syntax errors become "Invalid JSON" diagnostics and the tree parsed so far is kept.

import type { Attribute, Block, BlockLabel, Body, Expression, HclFile, ObjectItem, ParseDiagnostic, Span } from './ast';
import type { JsonNode, JsonObject, JsonProperty, JsonString } from '../json/reader';
import { readJson, stringValueOffsets } from '../json/reader';
import { headerOf, parseTemplateAt } from './parser';

interface BlockSchema {
  /** How many labels the block type takes. */
  labels: number;
  /** Nested block types Terraform defines inside this block; any other property is an attribute. */
  blocks?: Readonly<Record<string, BlockSchema>>;
  /** Strings are literal values, not templates (Terraform reads `variable` arguments literally). */
  literal?: boolean;
}

const condition: BlockSchema = { labels: 0 };
const lifecycle: BlockSchema = { labels: 0, blocks: { precondition: condition, postcondition: condition } };
const connection: BlockSchema = { labels: 0 };
const provisioner: BlockSchema = { labels: 1, blocks: { connection } };
const dynamicContent: { labels: number; blocks: Record<string, BlockSchema> } = { labels: 0, blocks: {} };
const dynamic: BlockSchema = { labels: 1, blocks: { content: dynamicContent } };
// `dynamic` blocks nest: a `content` body may hold further `dynamic` blocks.
dynamicContent.blocks['dynamic'] = dynamic;
const dataSchema: BlockSchema = { labels: 2, blocks: { lifecycle, dynamic } };

const ROOT: BlockSchema = {
  labels: 0,
  blocks: {
    terraform: {
      labels: 0,
      blocks: {
        backend: { labels: 1 },
        required_providers: { labels: 0 },
        cloud: { labels: 0, blocks: { workspaces: { labels: 0 } } },
        provider_meta: { labels: 1 },
      },
    },
    provider: { labels: 1, blocks: { dynamic } },
    variable: { labels: 1, literal: true, blocks: { validation: condition } },
    locals: { labels: 0 },
    output: { labels: 1, blocks: { precondition: condition } },
    module: { labels: 1 },
    resource: { labels: 2, blocks: { lifecycle, provisioner, connection, dynamic } },
    data: dataSchema,
    ephemeral: dataSchema,
    moved: { labels: 0 },
    import: { labels: 0 },
    removed: { labels: 0, blocks: { lifecycle, provisioner, connection } },
    check: { labels: 1, blocks: { data: dataSchema, assert: condition } },
  },
};

/** Text that cannot hold a template sequence nor anything the template lexer would report. */
const PLAIN_TEXT = /^[^$%\u0000-\u001f\ud800-\udfff]*$/;

/** Top-level properties Terraform does not know are still read as label-less blocks. */
const UNKNOWN_TOP_LEVEL: BlockSchema = { labels: 0 };

/** Parses a `.tf.json` file into the native syntax tree. Never throws. */
export function parseTfJson(source: string): HclFile {
  const json = readJson(source, 'strict');
  const reader = new TfJsonReader(source);
  for (const d of json.diagnostics) reader.error('Invalid JSON', d.message, d.subject);
  const root = json.root;
  let body: Body;
  if (root?.kind === 'object') {
    body = reader.body([root], ROOT, root);
  } else if (root?.kind === 'array' && root.items.every((item) => item.kind === 'object')) {
    // HCL accepts an array of objects wherever a body is expected; their properties are merged.
    body = reader.body(root.items as JsonObject[], ROOT, root);
  } else {
    if (root !== null) reader.error('Incorrect JSON value type', 'The root of a Terraform JSON file must be an object.', root);
    body = emptyBody(root ?? { start: 0, end: source.length });
  }
  return { source, body, comments: [], diagnostics: reader.diagnostics };
}

class TfJsonReader {
  readonly diagnostics: ParseDiagnostic[] = [];

  constructor(private readonly source: string) {}

  error(summary: string, detail: string, subject: Span): void {
    this.diagnostics.push({ severity: 'error', summary, detail, subject: { start: subject.start, end: subject.end } });
  }

  /** A body from one object (or several, for an array-of-objects body), spanning `span`. */
  body(objects: JsonObject[], schema: BlockSchema, span: Span): Body {
    const body = emptyBody(span);
    const seen = new Map<string, Attribute>();
    for (const obj of objects) {
      for (const prop of obj.properties) {
        const name = prop.key.value;
        if (name === '//') continue;
        const nested = schema === ROOT ? (ROOT.blocks?.[name] ?? UNKNOWN_TOP_LEVEL) : schema.blocks?.[name];
        const kind = prop.value?.kind;
        // A scalar where a block is expected is invalid in Terraform; it is kept as an attribute so that no
        // text is lost and rules still see it.
        if (nested !== undefined && (kind === 'object' || kind === 'array' || kind === 'null')) {
          for (const block of this.blocks(prop, nested)) {
            body.blocks.push(block);
            body.items.push(block);
          }
          continue;
        }
        const attr = this.attribute(prop, schema.literal === true);
        const previous = seen.get(name);
        if (previous !== undefined) {
          this.error('Duplicate argument', `The argument "${name}" was already set at offset ${previous.nameRange.start}.`, prop.key);
        } else {
          seen.set(name, attr);
        }
        body.attributes.push(attr);
        body.items.push(attr);
      }
    }
    return body;
  }

  /** The blocks one block-type property defines: one per innermost object. */
  private blocks(prop: JsonProperty, schema: BlockSchema): Block[] {
    const out: Block[] = [];
    const visit = (value: JsonNode | null, labels: BlockLabel[]): void => {
      if (value === null || value.kind === 'null') return;
      if (labels.length < schema.labels) {
        const levels = value.kind === 'array' ? value.items : [value];
        for (const level of levels) {
          if (level.kind !== 'object') {
            this.error('Incorrect JSON value type', `A JSON object is required here, whose property names are the "${prop.key.value}" block's labels.`, level);
            continue;
          }
          for (const labelProp of level.properties) {
            if (labelProp.key.value === '//') continue;
            visit(labelProp.value, [...labels, label(labelProp.key)]);
          }
        }
        return;
      }
      const bodies = value.kind === 'array' ? value.items : [value];
      for (const bodyNode of bodies) {
        if (bodyNode.kind !== 'object') {
          this.error('Incorrect JSON value type', `A JSON object is required here, holding the contents of a "${prop.key.value}" block.`, bodyNode);
          continue;
        }
        out.push(this.block(prop.key, labels, bodyNode, schema));
      }
    };
    visit(prop.value, []);
    return out;
  }

  private block(typeKey: JsonString, labels: BlockLabel[], obj: JsonObject, schema: BlockSchema): Block {
    // Blocks repeated in an array share their labels' JSON keys; each gets its own label objects.
    const own = labels.map((l) => ({ ...l }));
    return {
      type: 'Block',
      blockType: typeKey.value,
      typeRange: span(typeKey),
      labels: own,
      header: headerOf(typeKey, own),
      openBrace: { start: obj.start, end: obj.start + 1 },
      closeBrace: obj.closed ? { start: obj.end - 1, end: obj.end } : { start: obj.end, end: obj.end },
      body: this.body([obj], schema, obj),
      start: obj.start,
      end: obj.end,
    };
  }

  private attribute(prop: JsonProperty, literal: boolean): Attribute {
    const equals = prop.colon ?? { start: prop.key.end, end: prop.key.end };
    return {
      type: 'Attribute',
      name: prop.key.value,
      nameRange: span(prop.key),
      equalsRange: span(equals),
      expr: prop.value === null ? invalid(equals.end) : this.expression(prop.value, literal),
      start: prop.start,
      end: prop.end,
    };
  }

  expression(node: JsonNode, literal: boolean): Expression {
    switch (node.kind) {
      case 'string':
        return literal ? { type: 'Literal', value: node.value, start: node.start + 1, end: node.contentEnd } : this.template(node);
      case 'number':
        return { type: 'Literal', value: node.value, raw: node.raw, start: node.start, end: node.end };
      case 'true':
      case 'false':
        return { type: 'Literal', value: node.kind === 'true', start: node.start, end: node.end };
      case 'null':
        return { type: 'Literal', value: null, start: node.start, end: node.end };
      case 'array':
        return { type: 'Tuple', items: node.items.map((item) => this.expression(item, literal)), start: node.start, end: node.end };
      case 'object': {
        const items: ObjectItem[] = node.properties.map((prop) => ({
          key: { type: 'ObjectKey', wrapped: this.expression(prop.key, literal), forceNonLiteral: false, start: prop.key.start, end: prop.key.end },
          value: prop.value === null ? invalid((prop.colon ?? prop.key).end) : this.expression(prop.value, literal),
        }));
        return { type: 'Object', items, start: node.start, end: node.end };
      }
      case 'invalid':
        return { type: 'Invalid', start: node.start, end: node.end };
    }
  }

  /**
   * A JSON string as a template. Without escapes its content is the template source, parsed in place. With
   * escapes the unescaped value is parsed on its own and every offset in the result (nodes and diagnostics)
   * is mapped back to where that character's escape starts in the file.
   */
  private template(str: JsonString): Expression {
    const start = str.start + 1;
    if (!str.escaped && PLAIN_TEXT.test(str.value)) {
      // Fast path: most strings are plain text, for which this is exactly what parseTemplateAt returns
      // (checked by a test), without setting up a lexer and a parser per string.
      return { type: 'Template', parts: [{ type: 'Literal', value: str.value, start, end: str.contentEnd }], start, end: str.contentEnd };
    }
    if (!str.escaped) {
      const { expr, diagnostics } = parseTemplateAt(this.source, start, str.contentEnd);
      this.diagnostics.push(...diagnostics);
      return expr;
    }
    const { expr, diagnostics } = parseTemplateAt(str.value, 0, str.value.length);
    const offsets = stringValueOffsets(this.source, str);
    const last = offsets.length - 1;
    const map = (offset: number): number => offsets[Math.min(Math.max(offset, 0), last)] ?? str.contentEnd;
    remapOffsets(expr, map);
    remapOffsets(diagnostics, map);
    this.diagnostics.push(...diagnostics);
    return expr;
  }
}

function label(key: JsonString): BlockLabel {
  return { value: key.value, quoted: true, start: key.start, end: key.end };
}

function span(s: Span): Span {
  return { start: s.start, end: s.end };
}

function invalid(at: number): Expression {
  return { type: 'Invalid', start: at, end: at };
}

function emptyBody(s: Span): Body {
  return { type: 'Body', attributes: [], blocks: [], items: [], start: s.start, end: s.end };
}

/**
 * Rewrites every `start`/`end` pair below `root` through `map`. Generic over the tree's shape on purpose:
 * any span-carrying field (node ranges, name ranges, brackets, diagnostic subjects) is covered without a
 * list to keep in sync with ast.ts. Objects reachable twice are rewritten once.
 */
function remapOffsets(root: object, map: (offset: number) => number): void {
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const rec = node as Record<string, unknown>;
    if (typeof rec['start'] === 'number' && typeof rec['end'] === 'number') {
      rec['start'] = map(rec['start']);
      rec['end'] = map(rec['end']);
    }
    for (const value of Object.values(rec)) visit(value);
  };
  visit(root);
}
