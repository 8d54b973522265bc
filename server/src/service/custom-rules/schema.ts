// SPDX-License-Identifier: Apache-2.0
// A custom rule file (`.iac-compliance/rules/*.yaml`): read and validated into a CustomRuleSpec, with every
// problem placed on the offending key or value. Declarative data only: nothing in the file is run; regular
// expressions go through the linear-time matcher; sizes, counts and nesting are bounded (limits below).
// The format is documented in docs/custom-rules.md.

import { parseDocument, isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { Severity } from '../../engine/rule-api';
import { FRAMEWORK_KEYS, isFrameworkKey } from '../../engine/frameworks';
import type { FrameworkKey } from '../../engine/frameworks';
import { compileRegex } from '../../core/linear-match';
import type { LinearMatcher } from '../../core/linear-match';
import { LineIndex } from '../../core/positions';
import type { FixValue } from '../../model/edit-target';
import { customRuleKinds, nearest } from './kinds';
import type { KindAttr, KindInfo } from './kinds';

/** Budgets for what a rule file may hold (docs/limits.md). */
export const CUSTOM_RULE_LIMITS = {
  /** Bytes of one rule file. */
  fileSize: 256 * 1024,
  /** Rule files read from one folder. */
  files: 200,
  /** Nesting of all / any / not / where. */
  depth: 16,
  /** Conditions (leaves and groups) in one rule. */
  conditions: 256,
  /** Values in one `in` list, items in one list value. */
  listItems: 256,
  /** Characters of a regular expression. */
  pattern: 1000,
  /** Examples per rule (pass and fail together). */
  examples: 32,
  /** Characters of one example. */
  exampleSize: 64 * 1024,
} as const;

export type Scalar = string | number | boolean;

export type Test =
  | { op: 'equals'; value: Scalar | Scalar[] }
  | { op: 'in'; values: Scalar[] }
  | { op: 'exists'; value: boolean }
  | { op: 'matches'; source: string; matcher: LinearMatcher }
  | { op: 'gt' | 'gte' | 'lt' | 'lte'; value: number };

export type Condition =
  | { kind: 'all' | 'any'; items: Condition[] }
  | { kind: 'not'; item: Condition }
  | { kind: 'attribute'; attribute: string; info: KindAttr; test: Test }
  /** Some resource of `companion` names this one in `attribute` (a reference, or this resource's `by` value), and meets `where`. */
  | { kind: 'referencedBy'; companion: KindInfo; attribute: string; by: string | null; where: Condition | null }
  /** This resource's `attribute` is a reference to a resource of `target` in the same configuration. */
  | { kind: 'refersTo'; attribute: string; info: KindAttr; target: KindInfo };

export interface CustomExample {
  expect: 'pass' | 'fail';
  language: 'terraform' | 'cloudformation';
  text: string;
  /** Offset of the example's value in the rule file (where a failing example is reported). */
  start: number;
  end: number;
}

export interface CustomFix {
  title: string;
  safety: 'safe' | 'unsafe';
  sets: { attribute: string; value: FixValue }[];
}

export interface CustomRuleSpec {
  file: string;
  id: string;
  title: string;
  severity: Severity;
  description: string;
  rationale: string;
  remediation: string;
  links: string[];
  /** Finding message; by default one is written from the condition that failed. */
  message: string | null;
  frameworks: Partial<Record<FrameworkKey, string[]>>;
  /** The organisation's own frameworks: key → title and ids. */
  orgFrameworks: Record<string, { title: string; ids: string[] }>;
  kind: KindInfo;
  condition: Condition;
  fix: CustomFix | null;
  examples: CustomExample[];
}

export interface RuleFileProblem {
  message: string;
  /** [start, end) offsets in the file. */
  start: number;
  end: number;
  /** 1-based line and column. */
  line: number;
  column: number;
}

const TOP_KEYS = ['id', 'title', 'severity', 'description', 'rationale', 'remediation', 'links', 'frameworks', 'frameworkTitles', 'resource', 'assert', 'message', 'fix', 'examples'];
const REQUIRED = ['id', 'title', 'severity', 'rationale', 'remediation', 'resource', 'assert'];
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low'];
const TESTS = ['equals', 'in', 'exists', 'matches', 'gt', 'gte', 'lt', 'lte'] as const;
const ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
const ORG_KEY = /^[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*$/;

type Located = { range?: [number, number, number?] | null } | null | undefined;

/** Parses and validates one rule file. The spec is null when a problem makes the rule unusable. */
export function parseCustomRule(text: string, file: string): { spec: CustomRuleSpec | null; problems: RuleFileProblem[] } {
  const problems: RuleFileProblem[] = [];
  const lines = new LineIndex(text);
  const at = (message: string, start: number, end: number): void => {
    const p = lines.lspPosition(Math.min(start, text.length));
    problems.push({ message, start, end: Math.max(start, end), line: p.line + 1, column: p.character + 1 });
  };
  const problem = (message: string, node: Located): void => at(message, node?.range?.[0] ?? 0, node?.range?.[1] ?? node?.range?.[0] ?? 0);
  if (text.length > CUSTOM_RULE_LIMITS.fileSize) {
    at(`the rule file is larger than ${CUSTOM_RULE_LIMITS.fileSize / 1024} KB; it is not read`, 0, 0);
    return { spec: null, problems };
  }
  const doc = parseDocument(text, { prettyErrors: false, version: '1.2', uniqueKeys: true });
  for (const e of doc.errors) at(`YAML: ${e.message.split('\n')[0]}`, e.pos[0], e.pos[1]);
  if (doc.errors.length > 0) return { spec: null, problems };
  const root = doc.contents;
  if (!isMap(root)) {
    problem(`a rule file is a mapping with ${REQUIRED.join(', ')} (see docs/custom-rules.md)`, root);
    return { spec: null, problems };
  }
  const r = new Reader(problem);
  const fields = r.fields(root, TOP_KEYS, 'rule');
  for (const k of REQUIRED) if (!fields.has(k)) problem(`missing "${k}"`, firstKey(root));

  const id = r.string(fields.get('id'), 'id');
  if (id !== undefined && !ID.test(id)) problem(`id: "${id}" is not an id like ACME-S3-001 (capital letters, digits and dashes)`, fields.get('id'));
  else if (id?.startsWith('AWS-')) problem(`id: "${id}": ids starting with AWS- are the built-in rules'; use your organisation's prefix`, fields.get('id'));
  const title = r.string(fields.get('title'), 'title');
  const severityNode = fields.get('severity');
  const severity = r.string(severityNode, 'severity');
  if (severity !== undefined && !SEVERITIES.includes(severity as Severity)) problem(`severity: "${severity}" is not one of ${SEVERITIES.join(', ')}`, severityNode);
  const description = fields.has('description') ? r.string(fields.get('description'), 'description') : title;
  const rationale = r.string(fields.get('rationale'), 'rationale');
  const remediation = r.string(fields.get('remediation'), 'remediation');
  const message = fields.has('message') ? (r.string(fields.get('message'), 'message') ?? null) : null;
  const links = fields.has('links') ? r.strings(fields.get('links'), 'links') : [];

  const titles = new Map<string, string>();
  if (fields.has('frameworkTitles')) {
    const node = fields.get('frameworkTitles');
    if (!isMap(node)) problem('frameworkTitles: expected a mapping of your framework key to its title', node);
    else
      {for (const p of node.items as Pair<YamlNode, YamlNode | null>[]) {
        const k = r.keyName(p);
        const t = r.string(p.value, `frameworkTitles: ${k}`);
        if (k && t) titles.set(k, t);
      }}
  }
  const frameworks: Partial<Record<FrameworkKey, string[]>> = {};
  const orgFrameworks: Record<string, { title: string; ids: string[] }> = {};
  if (fields.has('frameworks')) {
    const node = fields.get('frameworks');
    if (!isMap(node)) problem(`frameworks: expected a mapping of framework key (${FRAMEWORK_KEYS.join(', ')}, or your own) to a list of ids`, node);
    else
      {for (const p of node.items as Pair<YamlNode, YamlNode | null>[]) {
        const k = r.keyName(p);
        if (!k) continue;
        const ids = r.strings(p.value, `frameworks: ${k}`);
        if (isFrameworkKey(k)) frameworks[k] = ids;
        else if (!ORG_KEY.test(k) || k.length > 64) problem(`frameworks: "${k}" is neither a built-in framework (${FRAMEWORK_KEYS.join(', ')}) nor a key of your own (lower case, digits, dashes)`, p.key as YamlNode);
        else orgFrameworks[k] = { title: titles.get(k) ?? k, ids };
      }}
  }
  for (const [k] of titles) if (!orgFrameworks[k]) problem(`frameworkTitles: "${k}" is not one of this rule's own frameworks`, findKey(fields.get('frameworkTitles'), k));

  const kindNode = fields.get('resource');
  const kindName = r.string(kindNode, 'resource');
  const kind = kindName === undefined ? undefined : r.kind(kindName, kindNode, 'resource');
  const condition = kind && fields.has('assert') ? r.condition(fields.get('assert') ?? null, kind, 'assert', 0) : undefined;
  const fix = kind && fields.has('fix') ? r.fix(fields.get('fix') ?? null, kind) : null;
  const examples = fields.has('examples') ? r.examples(fields.get('examples') ?? null) : [];

  if (id === undefined || title === undefined || severity === undefined || !SEVERITIES.includes(severity as Severity) || rationale === undefined || remediation === undefined || !kind || !condition || problems.length > 0) {
    return { spec: null, problems };
  }
  return {
    spec: { file, id, title, severity: severity as Severity, description: description ?? title, rationale, remediation, links, message, frameworks, orgFrameworks, kind, condition, fix: fix ?? null, examples },
    problems,
  };
}

function firstKey(map: YAMLMap): YamlNode | null {
  const p = map.items[0] as Pair<YamlNode, YamlNode> | undefined;
  return p?.key ?? (map as unknown as YamlNode);
}

function findKey(node: YamlNode | null | undefined, key: string): YamlNode | null {
  if (!isMap(node)) return node ?? null;
  const p = (node.items as Pair<YamlNode, YamlNode>[]).find((x) => isScalar(x.key) && x.key.value === key);
  return p?.key ?? node;
}

/** Readers for the parts of a rule, each reporting its problems at the node. */
class Reader {
  private conditions = 0;

  constructor(private readonly problem: (message: string, node: Located) => void) {}

  keyName(p: Pair<YamlNode, YamlNode | null>): string | undefined {
    if (isScalar(p.key) && (typeof p.key.value === 'string' || typeof p.key.value === 'number')) return String(p.key.value);
    this.problem('expected a plain key', p.key);
    return undefined;
  }

  /** The keys of a mapping (unknown ones are problems); values by key. */
  fields(map: YAMLMap, allowed: readonly string[], where: string): Map<string, YamlNode | null> {
    const out = new Map<string, YamlNode | null>();
    for (const p of map.items as Pair<YamlNode, YamlNode | null>[]) {
      const k = this.keyName(p);
      if (k === undefined) continue;
      if (isAlias(p.value)) {
        this.problem(`${k}: aliases are not allowed in rule files`, p.value);
        continue;
      }
      if (!allowed.includes(k)) {
        const near = nearest(k, allowed, 1);
        this.problem(`${where}: unknown key "${k}"${near.length > 0 ? ` (did you mean "${near[0]}"?)` : ''} (allowed: ${allowed.join(', ')})`, p.key);
        continue;
      }
      out.set(k, p.value);
    }
    return out;
  }

  string(node: YamlNode | null | undefined, where: string): string | undefined {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value.trim();
    if (node !== undefined) this.problem(`${where}: expected a text`, node);
    return undefined;
  }

  strings(node: YamlNode | null | undefined, where: string): string[] {
    if (!isSeq(node)) {
      this.problem(`${where}: expected a list`, node);
      return [];
    }
    const out: string[] = [];
    for (const item of node.items as YamlNode[]) {
      if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') && String(item.value) !== '') out.push(String(item.value));
      else this.problem(`${where}: expected a text`, item);
    }
    return out;
  }

  kind(name: string, node: YamlNode | null | undefined, where: string): KindInfo | undefined {
    const kinds = customRuleKinds();
    const k = kinds.get(name);
    if (k) return k;
    // A resource type written instead of a kind: name the kind that covers it.
    const byType = [...kinds.values()].find((x) => x.terraform.includes(name) || x.cloudformation.includes(name));
    const near = byType ? [byType.name] : nearest(name, kinds.keys());
    this.problem(`${where}: unknown resource kind "${name}"${near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(', ')}?)` : ''}; the kinds are listed by \`iac-compliance rules --kinds\``, node);
    return undefined;
  }

  attribute(node: YamlNode | null | undefined, kind: KindInfo, where: string): { name: string; info: KindAttr } | undefined {
    const name = this.string(node, where);
    if (name === undefined) return undefined;
    const info = kind.attrs.get(name);
    if (info) return { name, info };
    const near = nearest(name, kind.attrs.keys());
    this.problem(`${where}: ${kind.name} has no attribute "${name}"${near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(', ')}?)` : ''}`, node);
    return undefined;
  }

  scalar(node: YamlNode | null | undefined, where: string): Scalar | undefined {
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean')) return node.value;
    this.problem(`${where}: expected a text, number or true/false`, node);
    return undefined;
  }

  condition(node: YamlNode | null, kind: KindInfo, where: string, depth: number): Condition | undefined {
    if (++this.conditions > CUSTOM_RULE_LIMITS.conditions) {
      if (this.conditions === CUSTOM_RULE_LIMITS.conditions + 1) this.problem(`${where}: more than ${CUSTOM_RULE_LIMITS.conditions} conditions in one rule`, node);
      return undefined;
    }
    if (depth > CUSTOM_RULE_LIMITS.depth) {
      this.problem(`${where}: conditions nest deeper than ${CUSTOM_RULE_LIMITS.depth} levels`, node);
      return undefined;
    }
    if (!isMap(node)) {
      this.problem(`${where}: expected a condition: { attribute, equals | in | exists | matches | gt | gte | lt | lte }, { all: [...] }, { any: [...] }, { not: ... }, { referencedBy: ... } or { refersTo: ... }`, node);
      return undefined;
    }
    const keys = (node.items as Pair<YamlNode, YamlNode | null>[]).map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
    for (const group of ['all', 'any'] as const) {
      if (!keys.includes(group)) continue;
      const f = this.fields(node, [group], where);
      const list = f.get(group);
      if (!isSeq(list) || list.items.length === 0) {
        this.problem(`${where}.${group}: expected a non-empty list of conditions`, list ?? node);
        return undefined;
      }
      const items = (list.items as YamlNode[]).map((x, i) => this.condition(x, kind, `${where}.${group}[${i}]`, depth + 1));
      return items.every((x) => x !== undefined) ? { kind: group, items: items as Condition[] } : undefined;
    }
    if (keys.includes('not')) {
      const f = this.fields(node, ['not'], where);
      const item = this.condition(f.get('not') ?? null, kind, `${where}.not`, depth + 1);
      return item ? { kind: 'not', item } : undefined;
    }
    if (keys.includes('referencedBy')) {
      const f = this.fields(node, ['referencedBy'], where);
      const body = f.get('referencedBy') ?? null;
      if (!isMap(body)) {
        this.problem(`${where}.referencedBy: expected { resource, attribute, by?, where? }`, body ?? node);
        return undefined;
      }
      const g = this.fields(body, ['resource', 'attribute', 'by', 'where'], `${where}.referencedBy`);
      const companionName = this.string(g.get('resource'), `${where}.referencedBy.resource`);
      const companion = companionName === undefined ? undefined : this.kind(companionName, g.get('resource'), `${where}.referencedBy.resource`);
      if (!g.has('resource') || !g.has('attribute')) this.problem(`${where}.referencedBy: needs resource and attribute`, body);
      const attr = companion ? this.attribute(g.get('attribute'), companion, `${where}.referencedBy.attribute`) : undefined;
      const by = g.has('by') ? this.attribute(g.get('by'), kind, `${where}.referencedBy.by`) : null;
      const cond = companion && g.has('where') ? this.condition(g.get('where') ?? null, companion, `${where}.referencedBy.where`, depth + 1) : null;
      if (!companion || !attr || by === undefined || cond === undefined) return undefined;
      return { kind: 'referencedBy', companion, attribute: attr.name, by: by?.name ?? null, where: cond };
    }
    if (keys.includes('refersTo')) {
      const f = this.fields(node, ['refersTo', 'attribute'], where);
      const attr = this.attribute(f.get('attribute'), kind, `${where}.attribute`);
      const targetName = this.string(f.get('refersTo'), `${where}.refersTo`);
      const target = targetName === undefined ? undefined : this.kind(targetName, f.get('refersTo'), `${where}.refersTo`);
      if (!f.has('attribute')) this.problem(`${where}: refersTo needs the attribute that holds the reference`, node);
      return attr && target ? { kind: 'refersTo', attribute: attr.name, info: attr.info, target } : undefined;
    }
    const f = this.fields(node, ['attribute', ...TESTS], where);
    const tests = TESTS.filter((t) => f.has(t));
    if (!f.has('attribute')) {
      this.problem(`${where}: a condition needs "attribute" (or all, any, not, referencedBy, refersTo)`, node);
      return undefined;
    }
    const attr = this.attribute(f.get('attribute'), kind, `${where}.attribute`);
    if (tests.length !== 1) {
      this.problem(`${where}: give exactly one of ${TESTS.join(', ')}${tests.length > 1 ? ` (found ${tests.join(', ')}; combine them with all)` : ''}`, node);
      return undefined;
    }
    const op = tests[0]!;
    const test = this.test(op, f.get(op) ?? null, `${where}.${op}`, attr?.info);
    return attr && test ? { kind: 'attribute', attribute: attr.name, info: attr.info, test } : undefined;
  }

  private test(op: (typeof TESTS)[number], node: YamlNode | null, where: string, info: KindAttr | undefined): Test | undefined {
    switch (op) {
      case 'equals': {
        if (isSeq(node)) {
          const values = this.list(node, where);
          return values ? { op, value: values } : undefined;
        }
        const v = this.scalar(node, where);
        if (v !== undefined && info) this.typeCheck(v, info, node, where);
        return v === undefined ? undefined : { op, value: v };
      }
      case 'in': {
        if (!isSeq(node) || node.items.length === 0) {
          this.problem(`${where}: expected a non-empty list of values`, node);
          return undefined;
        }
        const values = this.list(node, where);
        return values ? { op, values } : undefined;
      }
      case 'exists': {
        if (isScalar(node) && typeof node.value === 'boolean') return { op, value: node.value };
        this.problem(`${where}: expected true or false`, node);
        return undefined;
      }
      case 'matches': {
        const source = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
        if (source === undefined || source === '') {
          this.problem(`${where}: expected a regular expression`, node);
          return undefined;
        }
        if (source.length > CUSTOM_RULE_LIMITS.pattern) {
          this.problem(`${where}: the pattern is longer than ${CUSTOM_RULE_LIMITS.pattern} characters`, node);
          return undefined;
        }
        const compiled = compileRegex(source);
        if (!compiled.ok) {
          this.problem(`${where}: ${compiled.message}`, node);
          return undefined;
        }
        return { op, source, matcher: compiled.matcher };
      }
      default: {
        if (isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value)) {
          if (info && info.type !== 'number' && info.type !== 'any') this.problem(`${where}: the attribute is a ${info.type}, not a number`, node);
          return { op, value: node.value };
        }
        this.problem(`${where}: expected a number`, node);
        return undefined;
      }
    }
  }

  private list(node: YamlNode & { items: unknown[] }, where: string): Scalar[] | undefined {
    if (node.items.length > CUSTOM_RULE_LIMITS.listItems) {
      this.problem(`${where}: more than ${CUSTOM_RULE_LIMITS.listItems} values`, node);
      return undefined;
    }
    const values = (node.items as YamlNode[]).map((x) => this.scalar(x, where));
    return values.every((x) => x !== undefined) ? (values as Scalar[]) : undefined;
  }

  private typeCheck(v: Scalar, info: KindAttr, node: YamlNode | null, where: string): boolean {
    const ok = info.type === 'any' || (info.type === 'bool' ? typeof v === 'boolean' : info.type === 'number' ? typeof v === 'number' : info.type === 'string' ? typeof v === 'string' : false);
    if (!ok) this.problem(`${where}: the attribute is a ${info.type === 'bool' ? 'true/false value' : info.type}; ${JSON.stringify(v)} never equals it`, node);
    return ok;
  }

  fix(node: YamlNode | null, kind: KindInfo): CustomFix | undefined {
    if (!isMap(node)) {
      this.problem('fix: expected { title, safety, set: { attribute: value } }', node);
      return undefined;
    }
    const f = this.fields(node, ['title', 'safety', 'set'], 'fix');
    const title = this.string(f.get('title'), 'fix.title');
    if (!f.has('title')) this.problem('fix: needs a title (the quick fix says it)', node);
    const safetyNode = f.get('safety');
    const safety = f.has('safety') ? this.string(safetyNode, 'fix.safety') : 'unsafe';
    if (safety !== 'safe' && safety !== 'unsafe') this.problem('fix.safety: expected safe (cannot break a running workload) or unsafe', safetyNode ?? node);
    const setNode = f.get('set');
    if (!isMap(setNode) || setNode.items.length === 0) {
      this.problem('fix.set: expected a mapping of attribute to the value to write', setNode ?? node);
      return undefined;
    }
    const sets: CustomFix['sets'] = [];
    for (const p of setNode.items as Pair<YamlNode, YamlNode | null>[]) {
      const attr = this.attribute(p.key, kind, 'fix.set');
      if (!attr) continue;
      if (!attr.info.fixable) {
        this.problem(`fix.set: ${attr.name} cannot be written by a fix (it is not a plain value at one place)`, p.key);
        continue;
      }
      const value = this.fixValue(p.value, attr.info, `fix.set.${attr.name}`);
      if (value) sets.push({ attribute: attr.name, value });
    }
    if (!title || (safety !== 'safe' && safety !== 'unsafe') || sets.length !== setNode.items.length) return undefined;
    return { title, safety, sets };
  }

  private fixValue(node: YamlNode | null, info: KindAttr, where: string): FixValue | undefined {
    if (isSeq(node)) {
      if (info.type !== 'list' && info.type !== 'any') {
        this.problem(`${where}: the attribute is a ${info.type}, not a list`, node);
        return undefined;
      }
      const values = this.list(node, where);
      return values ? { kind: 'list', items: values.map((v) => ({ kind: 'literal', value: v })) } : undefined;
    }
    const v = this.scalar(node, where);
    if (v === undefined) return undefined;
    if (info.type === 'list') {
      this.problem(`${where}: the attribute is a list`, node);
      return undefined;
    }
    return this.typeCheck(v, info, node, where) ? { kind: 'literal', value: v } : undefined;
  }

  examples(node: YamlNode | null): CustomExample[] {
    if (!isMap(node)) {
      this.problem('examples: expected { pass: [...], fail: [...] }', node);
      return [];
    }
    const f = this.fields(node, ['pass', 'fail'], 'examples');
    const out: CustomExample[] = [];
    for (const expect of ['pass', 'fail'] as const) {
      const list = f.get(expect);
      if (list === undefined) continue;
      if (!isSeq(list)) {
        this.problem(`examples.${expect}: expected a list of { terraform: | ... } or { cloudformation: | ... }`, list);
        continue;
      }
      for (const item of list.items as YamlNode[]) {
        if (out.length >= CUSTOM_RULE_LIMITS.examples) {
          this.problem(`examples: more than ${CUSTOM_RULE_LIMITS.examples} examples`, item);
          return out;
        }
        if (!isMap(item) || item.items.length !== 1) {
          this.problem(`examples.${expect}: each example is { terraform: | ... } or { cloudformation: | ... }`, item);
          continue;
        }
        const g = this.fields(item, ['terraform', 'cloudformation'], `examples.${expect}`);
        for (const [language, value] of g) {
          const text = isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
          if (text === undefined) this.problem(`examples.${expect}.${language}: expected the example's text (a block scalar: |)`, value);
          else if (text.length > CUSTOM_RULE_LIMITS.exampleSize) this.problem(`examples.${expect}.${language}: longer than ${CUSTOM_RULE_LIMITS.exampleSize / 1024} KB`, value);
          else out.push({ expect, language: language as CustomExample['language'], text, start: value!.range?.[0] ?? 0, end: value!.range?.[1] ?? 0 });
        }
      }
    }
    return out;
  }
}
