// SPDX-License-Identifier: Apache-2.0
// Custom rules of a workspace: every `.yaml` / `.yml` file of its `.iac-compliance/rules/` folder (or the
// folders the project file names in `customRules`), each validated on its own. A file with problems
// contributes no rule and its problems are reported (CLI: `errors` entries; editor: diagnostics on the
// file); the other files' rules apply. Only read, never run; sizes and counts are bounded.

import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Rule } from '../../engine/rule-api';
import { LineIndex } from '../../core/positions';
import { customRuleFolders } from '../project-config';
import { compileCustomRule } from './compile';
import { CUSTOM_RULE_LIMITS, parseCustomRule } from './schema';
import type { CustomRuleSpec, RuleFileProblem } from './schema';

/** The default folder of custom rules, relative to the workspace (or scanned) folder. */
export const CUSTOM_RULES_DIR = '.iac-compliance/rules';

export interface RuleFileResult {
  file: string;
  spec: CustomRuleSpec | null;
  problems: RuleFileProblem[];
}

export interface CustomRuleSet {
  /** The folders read. */
  dirs: string[];
  files: RuleFileResult[];
  /** The rules of the files without problems, in file name order. */
  rules: Rule[];
  /** Problems with a folder itself (unreadable, too many files). */
  dirProblems: { dir: string; message: string }[];
}

/** Whether a path is a rule file of the default folder (the editor watches these). */
export function isCustomRulePath(path: string): boolean {
  const p = path.split(sep).join('/');
  return /(^|\/)\.iac-compliance\/rules\/[^/]+\.ya?ml$/i.test(p);
}

/** The rule files of a folder, sorted; none when it does not exist. */
function ruleFiles(dir: string): { files: string[]; problem?: string } {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { files: [] } : { files: [], problem: `could not read the custom rules folder ${dir}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const files = names.filter((n) => /\.ya?ml$/i.test(n)).sort();
  if (files.length > CUSTOM_RULE_LIMITS.files) {
    return { files: files.slice(0, CUSTOM_RULE_LIMITS.files).map((n) => join(dir, n)), problem: `${files.length} rule files in ${dir}: only the first ${CUSTOM_RULE_LIMITS.files} are read` };
  }
  return { files: files.map((n) => join(dir, n)) };
}

/**
 * Reads a file's text within the size budget: the size is read first so a huge file is never loaded.
 * `overlay` gives the unsaved text of files open in the editor.
 */
function readRuleFile(file: string, overlay?: (path: string) => string | undefined): { text?: string; problem?: string } {
  const open = overlay?.(file);
  if (open !== undefined) return { text: open };
  try {
    const st = lstatSync(file);
    if (!st.isFile()) return { problem: 'not a regular file (a link or a folder): not read' };
    if (st.size > CUSTOM_RULE_LIMITS.fileSize) return { text: ' '.repeat(CUSTOM_RULE_LIMITS.fileSize + 1) };
    return { text: readFileSync(file, 'utf8') };
  } catch (e) {
    return { problem: `could not read the rule file: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Loads the custom rules of these folders. `reserved`: ids already taken (the built-in rules). */
export function loadCustomRules(dirs: readonly string[], reserved: ReadonlySet<string>, overlay?: (path: string) => string | undefined): CustomRuleSet {
  const set: CustomRuleSet = { dirs: [...dirs], files: [], rules: [], dirProblems: [] };
  const texts: { file: string; text: string }[] = [];
  for (const dir of dirs) {
    const { files, problem } = ruleFiles(resolve(dir));
    if (problem) set.dirProblems.push({ dir, message: problem });
    for (const file of files) {
      const read = readRuleFile(file, overlay);
      if (read.text === undefined) set.files.push({ file, spec: null, problems: [{ message: read.problem ?? 'not read', start: 0, end: 0, line: 1, column: 1 }] });
      else texts.push({ file, text: read.text });
    }
  }
  const rest = customRulesFromTexts(texts, reserved);
  set.files.push(...rest.files);
  // By path, as listed (a file that could not be read was recorded before the others).
  set.files.sort((a, b) => a.file.localeCompare(b.file));
  set.rules = rest.rules;
  return set;
}

/**
 * Validates rule files given as text; ids must be unique among them, not reserved (the built-in rules)
 * and not those of `others` (custom rules of other files, id → file).
 */
export function customRulesFromTexts(texts: readonly { file: string; text: string }[], reserved: ReadonlySet<string>, others: ReadonlyMap<string, string> = new Map()): { files: RuleFileResult[]; rules: Rule[] } {
  const files: RuleFileResult[] = [];
  const rules: Rule[] = [];
  const seen = new Map<string, string>(others);
  for (const { file, text } of texts) {
    const { spec, problems } = parseCustomRule(text, file);
    if (spec) {
      const other = seen.get(spec.id);
      const clash = reserved.has(spec.id) ? 'a built-in rule' : other !== undefined ? `the rule in ${other}` : undefined;
      if (clash) {
        const m = /^id:[ \t]*/m.exec(text);
        const start = m ? m.index + m[0].length : 0;
        const p = new LineIndex(text).lspPosition(start);
        problems.push({ message: `id: "${spec.id}" is already the id of ${clash}; ids must be unique`, start, end: start + spec.id.length, line: p.line + 1, column: p.character + 1 });
        files.push({ file, spec: null, problems });
        continue;
      }
      seen.set(spec.id, file);
      rules.push(compileCustomRule(spec));
    }
    files.push({ file, spec, problems });
  }
  return { files, rules };
}

/**
 * The custom rules of a workspace (or scanned) folder: the folders its project file names in
 * `customRules`, else `.iac-compliance/rules` under it.
 */
export function workspaceCustomRules(folder: string, projectFile: string | undefined, reserved: ReadonlySet<string>, overlay?: (path: string) => string | undefined): CustomRuleSet {
  const named = projectFile ? customRuleFolders(projectFile, overlay ? (p) => overlay(p) ?? readFileSync(p, 'utf8') : undefined) : undefined;
  if (named === false) return { dirs: [], files: [], rules: [], dirProblems: [] };
  return loadCustomRules(named ?? [join(folder, CUSTOM_RULES_DIR)], reserved, overlay);
}

/** How many rule files the default folder holds, without reading them (an untrusted workspace's log line). */
export function countRuleFiles(folder: string): number {
  return ruleFiles(join(folder, CUSTOM_RULES_DIR)).files.length;
}
