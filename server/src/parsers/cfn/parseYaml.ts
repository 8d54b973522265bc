// SPDX-License-Identifier: Apache-2.0
// YAML → CfnNode. Templates of the usual shape are read by yamlDirect.ts (the same tree, several times
// faster). For the rest the `yaml` library does the parsing (it already recovers locally from most
// half-typed input and gives every node a `range`); this file converts its tree, turns `!Tag` nodes and
// one-key function mappings into Intrinsic nodes, and reruns the parse after the length-preserving repairs
// of yamlRecovery.ts when an unterminated string or bracket would otherwise swallow the rest of the file.

import { Composer, CST, isAlias, isMap, isScalar, isSeq, Parser, parseAllDocuments } from 'yaml';
import type { Document, ParsedNode, Scalar, YAMLError, YAMLMap, YAMLSeq } from 'yaml';
import type { CfnDiagnostic, CfnKey, CfnMap, CfnMapEntry, CfnNode, CfnParseResult, CfnScalar, ScalarStyle } from './ast';
import { mapOrIntrinsic, SHORT_TAGS, shortIntrinsic } from './intrinsics';
import { applyRepair, findRepair } from './yamlRecovery';
import { readYamlDirect } from './yamlDirect';
import type { YamlRepair } from './yamlRecovery';
import { CFN_CUSTOM_TAGS, findTag, missingArgument } from './yamlTags';
import { duplicateKey, emptyScalar } from './ast';
import { MAX_NESTING, MAX_YAML_ALIAS_EXPANSION, MAX_YAML_ALIASES } from '../../core/limits';

/** Each repair attempt costs a full reparse; a handful covers what a person leaves half-typed at once. */
const MAX_REPAIRS = 8;
/** Deeper than any real template; stops pathological input from exhausting the stack. */
const MAX_DEPTH = MAX_NESTING;

const PARSE_OPTIONS = {
  customTags: CFN_CUSTOM_TAGS,
  prettyErrors: false,
  // YAML 1.2 core schema: `2010-09-09` stays a string (1.1 would make it a date). `raw` keeps the source
  // text for rules that care about 1.1-isms such as `yes`.
  version: '1.2' as const,
  // Warnings instead of errors for things that do not change the tree (e.g. tabs in odd places).
  strict: false,
  // The library's duplicate check scans the whole map for every key, which is quadratic in the size of
  // `Resources` (seconds for a few thousand resources); convertMap checks with a set instead.
  uniqueKeys: false,
};

/**
 * V8 compiles a regular expression on its first use, and compiling one with the stack nearly exhausted is
 * a fatal "RegExpCompiler Allocation failed" that kills the process (no exception to catch). The library
 * first uses some of its expressions deep inside a recursion when the first text a process reads is
 * absurdly nested (`[` 5,000 times), so one small document is parsed once, with a shallow stack, first.
 * test/hostile/parsers-deep.test.ts reads such a text first thing in a fresh process.
 */
let warmedUp = false;

/** Parses YAML text into CfnNodes. Never throws. */
export function parseYaml(text: string): CfnParseResult {
  return readYamlDirect(text) ?? parseYamlByLibrary(text);
}

/** parseYaml through the `yaml` library only (what yamlDirect.ts must equal; its tests compare the two). */
export function parseYamlByLibrary(text: string): CfnParseResult {
  if (!warmedUp) {
    warmedUp = true;
    parseAllDocuments('a: [b, {c: "d"}]\n', PARSE_OPTIONS);
  }
  try {
    return parseWithRepairs(text);
  } catch (error) {
    // The library should not throw, but a stack overflow on absurd nesting is possible; the contract here
    // is "never throw", so report it as a diagnostic.
    const message = error instanceof Error ? error.message : String(error);
    return { root: null, diagnostics: [{ message: `YAML parser failed: ${message}`, start: 0, end: 0, severity: 'error' }] };
  }
}

function parseWithRepairs(text: string): CfnParseResult {
  let source = text;
  let docs = parseDocuments(source);
  let errors = countErrors(docs);
  const repairs: YamlRepair[] = [];
  const rejected = new Set<number>();
  while (repairs.length + rejected.size < MAX_REPAIRS) {
    const repair = findRepair(docs, source, rejected);
    if (!repair) break;
    const repairedSource = applyRepair(source, repair);
    const repairedDocs = parseDocuments(repairedSource);
    const repairedErrors = countErrors(repairedDocs);
    if (repair.kind !== 'quote' && repairedErrors >= errors) {
      rejected.add(repair.offset);
      continue;
    }
    repairs.push(repair);
    source = repairedSource;
    docs = repairedDocs;
    errors = repairedErrors;
  }
  return convertDocuments(docs, source, repairs);
}

function parseDocuments(source: string): Document.Parsed[] {
  if (!LONG_DOUBLE_QUOTED.test(source)) return [...parseAllDocuments(source, PARSE_OPTIONS)];
  // As parseAllDocuments does, with long double-quoted scalars swapped first (see singleQuoted).
  const tokens = [...new Parser().parse(source)];
  try {
    for (const token of tokens) if (token.type === 'document') CST.visit(token, (item) => void (singleQuoted(item.key), singleQuoted(item.value)));
  } catch {
    // The visit recurses: on absurd nesting, parse as written (the nesting limit reports it).
    return [...parseAllDocuments(source, PARSE_OPTIONS)];
  }
  return [...new Composer(PARSE_OPTIONS).compose(tokens)] as Document.Parsed[];
}

/** A double-quoted scalar of at least this many characters, with no escape or line break, is swapped. */
const LONG_QUOTED = 4096;
const LONG_DOUBLE_QUOTED = /"[^"\\\n\r]{4096}/;

/**
 * The YAML library builds a double-quoted scalar's value one character at a time (`res += ch`): a 5 MB
 * string becomes a rope of five million pieces, 2.5 s and ~170 MB for each parse, which fix-all and the
 * quick fixes repeat. Without escapes, line breaks or single quotes inside, the single-quoted scalar of the
 * same characters has the same value and the same length (so every offset stays), and is read with one
 * slice. The converter still reports the style written in the source (convertScalar reads the quote).
 */
function singleQuoted(token: CST.Token | null | undefined): void {
  if (token?.type !== 'double-quoted-scalar' || token.source.length < LONG_QUOTED + 2 || !token.source.endsWith('"')) return;
  const inner = token.source.slice(1, -1);
  if (/["\\\n\r']/.test(inner)) return;
  (token as { type: string }).type = 'single-quoted-scalar';
  token.source = `'${inner}'`;
}

function countErrors(docs: readonly Document.Parsed[]): number {
  return docs.reduce((sum, doc) => sum + doc.errors.filter((e) => !isForeignTag(e)).length, 0);
}

/**
 * A local tag CloudFormation does not define (`!Rain::Embed`, `!ValueOf`): another tool expands it before
 * deployment. The library keeps the node as written; it is not a syntax problem of the template, and the
 * value converter reads it as an unknown naming the tag.
 */
function isForeignTag(error: YAMLError): boolean {
  return error.code === 'TAG_RESOLVE_FAILED' && /^Unresolved tag: ![^!]/.test(error.message);
}

function convertDocuments(docs: Document.Parsed[], source: string, repairs: YamlRepair[]): CfnParseResult {
  const diagnostics: CfnDiagnostic[] = repairs.map((r) => r.diagnostic);
  for (const doc of docs) {
    for (const error of doc.errors) if (!isForeignTag(error)) diagnostics.push(fromYamlError(error, 'error', source.length));
    for (const warning of doc.warnings) if (!isForeignTag(warning)) diagnostics.push(fromYamlError(warning, 'warning', source.length));
  }
  // A template is one document. Later documents are reported but not read.
  const first = docs.find((doc) => doc.contents !== null) ?? docs[0];
  if (!first) return { root: null, diagnostics };
  for (const doc of docs) {
    if (doc !== first && doc.contents !== null && doc.range) {
      diagnostics.push({
        message: 'Only the first YAML document is read as a template',
        start: doc.range[0],
        end: doc.range[1],
        severity: 'warning',
        code: 'MULTIPLE_DOCUMENTS',
      });
    }
  }
  if (first.contents === null) return { root: null, diagnostics };
  const ctx: Context = { source, diagnostics, anchors: new Map(), depth: 0, sizes: new WeakMap(), aliases: 0, expanded: 0 };
  const root = convert(first.contents, first.range[0], first.contents.range[0], ctx);
  return { root, diagnostics };
}

function fromYamlError(error: YAMLError, severity: 'error' | 'warning', length: number): CfnDiagnostic {
  const start = Math.min(error.pos[0], length);
  const end = Math.min(Math.max(error.pos[1], start), length);
  // The library is recursive and reports a stack overflow on absurd nesting as an error of its own.
  const message = /call stack/i.test(error.message) ? `Nesting too deep for the YAML reader (${error.message})` : error.message;
  return { message, start, end, severity, code: error.code };
}

interface Context {
  source: string;
  diagnostics: CfnDiagnostic[];
  /** Converted anchored nodes, set in document order so an alias finds the latest anchor of its name. */
  anchors: Map<string, CfnNode>;
  depth: number;
  /** Expanded size (nodes) of each converted node that an alias may stand for. */
  sizes: WeakMap<CfnNode, number>;
  /** Aliases used and the nodes they stand for, against MAX_YAML_ALIASES and MAX_YAML_ALIAS_EXPANSION. */
  aliases: number;
  expanded: number;
}

/** The expanded size of a converted node (aliases inside it counted in full). */
function sizeOf(node: CfnNode, ctx: Context): number {
  const known = ctx.sizes.get(node);
  if (known !== undefined) return known;
  let n = 1;
  if (node.type === 'Map') for (const e of node.entries) n += sizeOf(e.value, ctx);
  else if (node.type === 'Sequence') for (const item of node.items) n += sizeOf(item, ctx);
  else if (node.type === 'Intrinsic') n += sizeOf(node.argument, ctx);
  ctx.sizes.set(node, n);
  return n;
}

/**
 * @param lo where a `!Tag` in front of this node may start (the end of the key or previous item)
 * @param missingAt where to place an empty value when `node` is null
 */
function convert(node: ParsedNode | null, lo: number, missingAt: number, ctx: Context): CfnNode {
  if (node === null) return emptyScalar(missingAt);
  if (isAlias(node)) {
    const target = ctx.anchors.get(node.source);
    if (target) {
      // Alias bombs: the tree shares the anchored node, but whatever walks it visits every alias in full.
      ctx.aliases++;
      ctx.expanded += sizeOf(target, ctx);
      if (ctx.aliases <= MAX_YAML_ALIASES && ctx.expanded <= MAX_YAML_ALIAS_EXPANSION) return target;
      ctx.diagnostics.push({
        message: ctx.aliases > MAX_YAML_ALIASES ? `More than ${MAX_YAML_ALIASES} aliases: *${node.source} and the aliases after it are not expanded` : `Aliases expand to more than ${MAX_YAML_ALIAS_EXPANSION} nodes (an alias bomb?): *${node.source} is not expanded`,
        start: node.range[0],
        end: node.range[1],
        severity: 'error',
        code: 'ALIAS_LIMIT',
      });
      return emptyScalar(node.range[0]);
    }
    // Unknown, or an alias inside its own anchor: a cycle cannot be represented as a tree.
    ctx.diagnostics.push({
      message: `Alias *${node.source} does not refer to a preceding complete anchor`,
      start: node.range[0],
      end: node.range[1],
      severity: 'error',
      code: 'BAD_ALIAS',
    });
    return emptyScalar(node.range[0]);
  }
  if (ctx.depth >= MAX_DEPTH) {
    ctx.diagnostics.push({ message: 'Nesting too deep', start: node.range[0], end: node.range[1], severity: 'error', code: 'TOO_DEEP' });
    return emptyScalar(node.range[0]);
  }
  ctx.depth++;
  let result: CfnNode;
  if (isScalar(node)) result = convertScalar(node, ctx.source);
  else if (isMap(node)) result = convertMap(node, ctx);
  else if (isSeq(node)) result = convertSeq(node, ctx);
  else result = emptyScalar(lo);
  ctx.depth--;
  result = applyTag(node.tag, result, lo, node.range[0], ctx);
  if (node.anchor) ctx.anchors.set(node.anchor, result);
  return result;
}

function applyTag(tag: string | undefined, node: CfnNode, lo: number, valueStart: number, ctx: Context): CfnNode {
  if (!tag) return node;
  const name = SHORT_TAGS.get(tag);
  if (name) {
    const tagStart = findTag(ctx.source, tag, lo, valueStart);
    const tagRange = tagStart < 0 ? { start: valueStart, end: valueStart } : { start: tagStart, end: tagStart + tag.length };
    // `!Ref` followed by nothing (common while typing) is an empty string to YAML.
    const missing = node.type === 'Scalar' && node.raw === '' ? missingArgument(tag, name, tagRange) : undefined;
    if (missing) ctx.diagnostics.push(missing);
    return shortIntrinsic(name, tagRange, node);
  }
  // Core-schema tags (`!!str`, ...) are already applied to the value; other tags are kept for callers.
  if (!tag.startsWith('tag:yaml.org,2002:') && node.type !== 'Intrinsic') node.tag = tag;
  return node;
}

function scalarStyle(type: Scalar['type']): ScalarStyle {
  switch (type) {
    case 'QUOTE_DOUBLE':
      return 'double';
    case 'QUOTE_SINGLE':
      return 'single';
    case 'BLOCK_LITERAL':
      return 'block-literal';
    case 'BLOCK_FOLDED':
      return 'block-folded';
    default:
      return 'plain';
  }
}

function convertScalar(node: Scalar.Parsed, source: string): CfnScalar {
  const start = node.range[0];
  let end = node.range[1];
  // A block scalar's range includes the line break after its last line; the span stops before it.
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    while (end > start && (source[end - 1] === '\n' || source[end - 1] === '\r')) end--;
  }
  const raw = source.slice(start, end);
  const v: unknown = node.value;
  let value: CfnScalar['value'];
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') value = v;
  else if (typeof v === 'bigint') value = Number(v);
  // Anything else would come from a schema tag we do not enable; fall back to the text.
  else value = raw;
  // A long double-quoted scalar is parsed as single-quoted (parseDocuments): the source says which it is.
  return { type: 'Scalar', value, raw, style: node.type === 'QUOTE_SINGLE' && raw.startsWith('"') ? 'double' : scalarStyle(node.type), start, end };
}

/** A mapping key as a string: CloudFormation keys are strings, so `80:` or `true:` keep their source text. */
function convertKey(node: ParsedNode | null, ctx: Context): CfnKey | undefined {
  const target = node !== null && isAlias(node) ? ctx.anchors.get(node.source) : undefined;
  if (node !== null && isScalar(node)) {
    const scalar = convertScalar(node, ctx.source);
    if (scalar.raw === '' && scalar.value === null) return undefined;
    return { ...scalar, value: typeof scalar.value === 'string' ? scalar.value : scalar.raw };
  }
  if (target?.type === 'Scalar' && node !== null) {
    const value = typeof target.value === 'string' ? target.value : target.raw;
    return { ...target, value, start: node.range[0], end: node.range[1] };
  }
  return undefined;
}

function convertMap(node: YAMLMap.Parsed, ctx: Context): CfnNode {
  const entries: CfnMapEntry[] = [];
  const seen = new Set<string>();
  let previousEnd = node.range[0];
  for (const pair of node.items) {
    // Typed as non-null, but a pair such as `: value` has no key at run time.
    const keyNode = pair.key as ParsedNode | null;
    const key = convertKey(keyNode, ctx);
    const valueLo = key ? key.end : keyNode ? keyNode.range[1] : previousEnd;
    const value = convert(pair.value, valueLo, valueLo, ctx);
    if (!key) {
      // Either `: value` (YAML gives an empty key) or a collection/alias used as a key.
      const complex = keyNode !== null && !isScalar(keyNode);
      ctx.diagnostics.push({
        message: complex ? 'Only scalar mapping keys are supported' : 'Missing mapping key',
        start: complex ? keyNode.range[0] : value.start,
        end: complex ? keyNode.range[1] : value.end,
        severity: 'error',
        code: 'BAD_KEY',
      });
      previousEnd = Math.max(previousEnd, value.end);
      continue;
    }
    if (seen.has(key.value)) {
      ctx.diagnostics.push(duplicateKey(key));
    }
    seen.add(key.value);
    entries.push({ key, value, start: key.start, end: Math.max(key.end, value.end) });
    previousEnd = Math.max(key.end, value.end);
  }
  const map: CfnMap = { type: 'Map', entries, start: node.range[0], end: collectionEnd(node, entries) };
  return mapOrIntrinsic(map);
}

function convertSeq(node: YAMLSeq.Parsed, ctx: Context): CfnNode {
  const items: CfnNode[] = [];
  let previousEnd = node.range[0];
  for (const item of node.items as (ParsedNode | null)[]) {
    const converted = convert(item, previousEnd, previousEnd, ctx);
    items.push(converted);
    previousEnd = Math.max(previousEnd, converted.end);
  }
  return { type: 'Sequence', items, start: node.range[0], end: collectionEnd(node, items) };
}

/**
 * A flow collection ends after its bracket. A block collection's own range runs on over the trailing
 * newline and comments, so it ends where its last value ends instead.
 */
function collectionEnd(node: YAMLMap.Parsed | YAMLSeq.Parsed, children: readonly { end: number }[]): number {
  if (node.flow || children.length === 0) return node.range[1];
  return Math.max(node.range[0], children[children.length - 1].end);
}
