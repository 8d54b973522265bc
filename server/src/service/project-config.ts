// SPDX-License-Identifier: Apache-2.0
// The project file `.iac-compliance.yaml`, at the workspace root (or any folder above a scanned path):
//
//   profile: 1                    # CIS profile: 1 = Level 1 only (rules that evidence only Level 2
//                                 #   recommendations are off), 2 = Levels 1 and 2 (default)
//   frameworks: [cis-aws-5.0.0, soc2-2017]   # what reports show (default: those the rules evidence)
//   severity: { AWS-EC2-005: high }          # per-rule severity overrides
//   excludedRules: [AWS-EC2-005]             # rules never reported
//   exclude: ["legacy/**", "**/*.test.tf"]   # paths (relative to this file's folder) never scanned
//   parameterFiles:                           # CloudFormation parameter files per template (paths
//     stacks/app.yaml: stacks/app.parameters.json   #   relative to this file's folder; one or a list)
//   customRules: [policies/rules]             # folders of custom rules (default .iac-compliance/rules;
//                                             #   false: none), relative to this file's folder
//   exceptions:                               # documented exceptions, shown in the register
//     - rule: AWS-S3-001
//       resource: aws_s3_bucket.site         # and/or path: "site/**"
//       reason: Public website, served through CloudFront
//       until: 2027-06-30
//
// Validated with messages that name the line; a file with errors is still applied for its valid parts,
// and every problem is reported (CLI: exit 2; editor: diagnostics on the file).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseDocument, isMap, isSeq, isScalar } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { Rule, Severity } from '../engine/rule-api';
import type { Finding } from '../engine/runner';
import type { Suppression } from '../engine/suppressions';
import { FRAMEWORK_KEYS, isFrameworkKey, orgFrameworkKeys } from '../engine/frameworks';
import type { ReportFrameworkKey } from '../engine/frameworks';
import { globToRegExp } from './workspace-files';
import { compileGlob } from '../core/linear-match';
import type { LinearMatcher } from '../core/linear-match';
import { LineIndex } from '../core/positions';

export const PROJECT_CONFIG_NAME = '.iac-compliance.yaml';

export interface ConfigException {
  rule: string;
  resource?: string;
  path?: string;
  reason: string;
  until: string | null;
  /** 1-based line of the entry in the project file. */
  line: number;
}

export interface ProjectConfig {
  /** The file's path; its folder is what `exclude` and exception `path` globs are relative to. */
  file: string;
  profile: 1 | 2;
  /** Built-in framework keys, or the organisation's own ones that custom rules declare. */
  frameworks: ReportFrameworkKey[] | null;
  /** Folders of custom rules (absolute); null: the default `.iac-compliance/rules`; false: none. */
  customRules: string[] | false | null;
  severity: Map<string, Severity>;
  excludedRules: string[];
  exclude: string[];
  exceptions: ConfigException[];
  /** CloudFormation templates (absolute paths) → their parameter files (absolute, in order; later wins). */
  parameterFiles: Map<string, string[]>;
}

export interface ConfigProblem {
  message: string;
  /** [start, end) offsets in the file. */
  start: number;
  end: number;
  /** 1-based line. */
  line: number;
}

const KEYS = ['profile', 'frameworks', 'severity', 'excludedRules', 'exclude', 'parameterFiles', 'customRules', 'exceptions'];
const EXCEPTION_KEYS = ['rule', 'resource', 'path', 'reason', 'until'];
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low'];

/** Parses and validates the project file. Never throws. */
export function parseProjectConfig(text: string, file: string, ruleIds: ReadonlySet<string>, orgFrameworks: ReadonlySet<string> = new Set()): { config: ProjectConfig; problems: ConfigProblem[] } {
  const config: ProjectConfig = { file, profile: 2, frameworks: null, customRules: null, severity: new Map(), excludedRules: [], exclude: [], exceptions: [], parameterFiles: new Map() };
  const problems: ConfigProblem[] = [];
  const lines = new LineIndex(text);
  const problem = (message: string, node: { range?: [number, number, number?] | null } | null | undefined): void => {
    const start = node?.range?.[0] ?? 0;
    const end = node?.range?.[1] ?? start;
    problems.push({ message, start, end, line: lines.lineOf(start) + 1 });
  };
  const doc = parseDocument(text, { prettyErrors: false, version: '1.2' });
  for (const e of doc.errors) problems.push({ message: `YAML: ${e.message.split('\n')[0]}`, start: e.pos[0], end: e.pos[1], line: lines.lineOf(e.pos[0]) + 1 });
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config, problems };
  if (!isMap(root)) {
    problem(`${PROJECT_CONFIG_NAME} must be a mapping of settings (${KEYS.join(', ')})`, root);
    return { config, problems };
  }
  const knownRule = (node: YamlNode | null, where: string): string | undefined => {
    const id = isScalar(node) ? String(node.value ?? '') : '';
    if (!id) {
      problem(`${where}: expected a rule id`, node);
      return undefined;
    }
    if (!ruleIds.has(id)) {
      problem(`${where}: unknown rule id "${id}"`, node);
      return undefined;
    }
    return id;
  };
  const strings = (node: YamlNode | null, key: string): { value: string; node: YamlNode }[] => {
    if (!isSeq(node)) {
      problem(`${key}: expected a list`, node);
      return [];
    }
    const out: { value: string; node: YamlNode }[] = [];
    for (const item of node.items as YamlNode[]) {
      if (isScalar(item) && typeof item.value === 'string' && item.value !== '') out.push({ value: item.value, node: item });
      else problem(`${key}: expected a string`, item);
    }
    return out;
  };
  for (const pair of root.items as Pair<YamlNode, YamlNode | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    switch (key) {
      case 'profile': {
        const v = isScalar(value) ? value.value : undefined;
        if (v === 1 || v === '1' || v === 'level1') config.profile = 1;
        else if (v === 2 || v === '2' || v === 'level2') config.profile = 2;
        else problem('profile: expected 1 (CIS Level 1) or 2 (Levels 1 and 2)', value ?? pair.key);
        break;
      }
      case 'frameworks': {
        const keys: ReportFrameworkKey[] = [];
        for (const { value: k, node } of strings(value, 'frameworks')) {
          if (isFrameworkKey(k) || orgFrameworks.has(k)) keys.push(k);
          else problem(`frameworks: unknown framework "${k}" (one of ${[...FRAMEWORK_KEYS, ...orgFrameworks].join(', ')})`, node);
        }
        config.frameworks = keys;
        break;
      }
      case 'severity': {
        if (!isMap(value)) {
          problem('severity: expected a mapping of rule id to critical, high, medium or low', value ?? pair.key);
          break;
        }
        for (const p of value.items as Pair<YamlNode, YamlNode | null>[]) {
          const id = knownRule(p.key, 'severity');
          const level = isScalar(p.value) ? String(p.value.value) : '';
          if (!SEVERITIES.includes(level as Severity)) {
            problem(`severity: "${level}" is not one of ${SEVERITIES.join(', ')}`, p.value ?? p.key);
            continue;
          }
          if (id) config.severity.set(id, level as Severity);
        }
        break;
      }
      case 'excludedRules':
        for (const { node } of strings(value, 'excludedRules')) {
          const id = knownRule(node, 'excludedRules');
          if (id) config.excludedRules.push(id);
        }
        break;
      case 'exclude':
        for (const s of strings(value, 'exclude')) {
          const compiled = compileGlob(s.value, { paths: true });
          if (compiled.ok) config.exclude.push(s.value);
          else problem(`exclude: ${compiled.message}; this glob is not applied`, s.node);
        }
        break;
      case 'parameterFiles': {
        if (!isMap(value)) {
          problem('parameterFiles: expected a mapping of template path → parameter file (or a list of them)', value ?? pair.key);
          break;
        }
        const base = dirname(file);
        for (const p of value.items as Pair<YamlNode, YamlNode | null>[]) {
          const template = isScalar(p.key) && typeof p.key.value === 'string' ? p.key.value : '';
          if (!template) {
            problem('parameterFiles: expected a template path', p.key);
            continue;
          }
          const files = isSeq(p.value) ? strings(p.value, 'parameterFiles') : isScalar(p.value) && typeof p.value.value === 'string' && p.value.value !== '' ? [{ value: p.value.value, node: p.value }] : null;
          if (!files) {
            problem(`parameterFiles: ${template}: expected a parameter file path or a list of them`, p.value ?? p.key);
            continue;
          }
          config.parameterFiles.set(join(base, template), files.map((f) => join(base, f.value)));
        }
        break;
      }
      case 'customRules': {
        if (isScalar(value) && value.value === false) config.customRules = false;
        else if (isScalar(value) && typeof value.value === 'string' && value.value !== '') config.customRules = [join(dirname(file), value.value)];
        else if (isSeq(value)) config.customRules = strings(value, 'customRules').map((s) => join(dirname(file), s.value));
        else problem('customRules: expected a folder of rule files, a list of them, or false (no custom rules)', value ?? pair.key);
        break;
      }
      case 'exceptions': {
        if (!isSeq(value)) {
          problem('exceptions: expected a list of { rule, resource and/or path, reason, until }', value ?? pair.key);
          break;
        }
        for (const item of value.items as YamlNode[]) {
          if (!isMap(item)) {
            problem('exceptions: each entry is a mapping { rule, resource and/or path, reason, until }', item);
            continue;
          }
          const get = (k: string): YamlNode | null | undefined => (item.items as Pair<YamlNode, YamlNode | null>[]).find((p) => isScalar(p.key) && p.key.value === k)?.value;
          for (const p of item.items as Pair<YamlNode, YamlNode | null>[]) {
            const k = isScalar(p.key) ? String(p.key.value) : '';
            if (!EXCEPTION_KEYS.includes(k)) problem(`exceptions: unknown key "${k}" (allowed: ${EXCEPTION_KEYS.join(', ')})`, p.key);
          }
          const rule = knownRule(get('rule') ?? null, 'exceptions: rule');
          const text = (k: string): string | undefined => {
            const n = get(k);
            return isScalar(n) && n.value !== null ? String(n.value).trim() : undefined;
          };
          const reason = text('reason');
          const resource = text('resource');
          const path = text('path');
          const until = text('until');
          if (!reason) problem('exceptions: an exception needs a reason (it is what the auditor reads); this one is not applied', item);
          if (!resource && !path) problem('exceptions: give the resource (aws_s3_bucket.site, a logical id) and/or a path glob; this one is not applied', item);
          if (until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(until)) problem(`exceptions: until "${until}" is not a date (YYYY-MM-DD)`, get('until'));
          const pathGlob = path === undefined ? null : compileGlob(path, { paths: true });
          if (pathGlob && !pathGlob.ok) problem(`exceptions: path: ${pathGlob.message}; this one is not applied`, get('path'));
          if (!rule || !reason || (!resource && !path) || (pathGlob && !pathGlob.ok)) continue;
          config.exceptions.push({ rule, resource, path, reason, until: until && /^\d{4}-\d{2}-\d{2}$/.test(until) ? until : null, line: lines.lineOf(item.range?.[0] ?? 0) + 1 });
        }
        break;
      }
      default:
        problem(`unknown setting "${key}" (allowed: ${KEYS.join(', ')})`, pair.key);
    }
  }
  return { config, problems };
}

/**
 * The project file of a scanned folder (or a workspace folder): the one in that folder. A project file
 * further up is someone else's decision (a parent repository, a home folder) and applies only when named
 * (`--config`); see projectConfigAbove.
 */
export function findProjectConfig(folder: string): string | undefined {
  const candidate = join(folder, PROJECT_CONFIG_NAME);
  return existsSync(candidate) ? candidate : undefined;
}

/** The nearest project file in a folder above `folder` (not applied: named in a note so the user can ask for it). */
export function projectConfigAbove(folder: string): string | undefined {
  let dir = dirname(folder);
  if (dir === folder) return undefined;
  for (let i = 0; i < 64; i++) {
    const candidate = join(dir, PROJECT_CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

/** Reads and validates a project file from disk. */
export function loadProjectConfig(file: string, rules: readonly Rule[]): { config: ProjectConfig; problems: ConfigProblem[] } {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const config: ProjectConfig = { file, profile: 2, frameworks: null, customRules: null, severity: new Map(), excludedRules: [], exclude: [], exceptions: [], parameterFiles: new Map() };
    return { config, problems: [{ message: `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`, start: 0, end: 0, line: 1 }] };
  }
  return parseProjectConfig(text, file, new Set(rules.map((r) => r.meta.id)), new Set(orgFrameworkKeys(rules)));
}

/**
 * The custom rule folders a project file names (`customRules`), read before the file is validated (its
 * other settings may name custom rule ids). Undefined: the key is absent or not valid (the full parse
 * reports it); false: no custom rules.
 */
export function customRuleFolders(file: string, read: (path: string) => string | undefined = (p) => readFileSync(p, 'utf8')): string[] | false | undefined {
  let text: string | undefined;
  try {
    text = read(file);
  } catch {
    return undefined;
  }
  if (text === undefined) return undefined;
  const { config } = parseProjectConfig(text, file, new Set());
  return config.customRules ?? undefined;
}

/**
 * The rules as the project configures them: excluded rules and (with profile 1) rules that evidence only
 * CIS Level 2 recommendations left out, severities overridden.
 */
export function projectRules(rules: readonly Rule[], config: ProjectConfig | undefined): Rule[] {
  if (!config) return [...rules];
  const excluded = new Set(config.excludedRules);
  return rules
    .filter((r) => !excluded.has(r.meta.id))
    .filter((r) => {
      if (config.profile === 2) return true;
      const levels = Object.values(r.meta.levels);
      return levels.length === 0 || levels.includes(1);
    })
    .map((r) => {
      const severity = config.severity.get(r.meta.id);
      return severity && severity !== r.meta.severity ? { ...r, meta: { ...r.meta, severity } } : r;
    });
}

/** Compiled globs (the exclusion check runs on every keystroke's analysis). */
const compiled = new Map<string, LinearMatcher>();
function glob(pattern: string): LinearMatcher {
  let re = compiled.get(pattern);
  if (!re) compiled.set(pattern, (re = globToRegExp(pattern)));
  return re;
}

function relativeTo(config: ProjectConfig, path: string): string | null {
  const rel = relative(dirname(config.file), path);
  if (rel.startsWith('..')) return null;
  return rel.split(sep).join('/');
}

/** Whether the project file excludes a path from scanning. */
export function isExcludedByConfig(config: ProjectConfig | undefined, path: string): boolean {
  if (!config || config.exclude.length === 0) return false;
  const rel = relativeTo(config, path);
  if (rel === null) return false;
  return config.exclude.some((g) => {
    const re = glob(g);
    // A folder pattern (`legacy/**` or `legacy`) covers everything under it.
    return re.test(rel) || rel.split('/').some((_, i, parts) => re.test(parts.slice(0, i + 1).join('/')) || re.test(`${parts.slice(0, i + 1).join('/')}/`));
  });
}

/** The project file's exception covering a finding (by resource address and/or path glob). */
export function configException(config: ProjectConfig | undefined, f: Finding, path: string): Suppression | undefined {
  if (!config) return undefined;
  const rel = relativeTo(config, path);
  for (const e of config.exceptions) {
    if (e.rule !== f.ruleId) continue;
    if (e.resource !== undefined && e.resource !== f.resource) continue;
    if (e.path !== undefined && (rel === null || !glob(e.path).test(rel))) continue;
    return { ruleId: f.ruleId, justification: e.reason, until: e.until, origin: 'config', writtenId: e.rule, start: 0, end: 0, source: { file: config.file, line: e.line } };
  }
  return undefined;
}
