// SPDX-License-Identifier: Apache-2.0
// `iac-compliance rules [FOLDER] [--format text|json]`: the rule catalogue with full metadata, the built-in
// rules and the custom rules of FOLDER (default: the current folder). `rules --kinds`: the resource kinds
// and attributes custom rules can use. `rules test [PATH]`: checks custom rules against their examples.

import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from '../args';
import { EXIT, UsageError } from '../command';
import type { CliIo, Command } from '../command';
import { ALL_RULES } from '../../../../rules';
import { frameworkSummary } from '../../engine/framework-summary';
import type { Rule } from '../../engine/rule-api';
import { findProjectConfig } from '../../service/project-config';
import { customRulesFromTexts, loadCustomRules, workspaceCustomRules } from '../../service/custom-rules/load';
import type { CustomRuleSet } from '../../service/custom-rules/load';
import { customRuleKinds } from '../../service/custom-rules/kinds';
import { testCustomRule } from '../../service/custom-rules/examples';
import type { ExampleResult } from '../../service/custom-rules/examples';

const HELP = `Usage: iac-compliance rules [FOLDER] [--format text|json] [--no-custom-rules]
       iac-compliance rules --kinds [--format text|json]
       iac-compliance rules test [PATH...] [--format text|json]

Lists every rule: id, title, severity, the frameworks it maps to, the platforms it covers, and whether it
has a quick fix: the built-in rules, then the custom rules of FOLDER (default: the current folder), read
from its .iac-compliance/rules/ (or the folders its .iac-compliance.yaml names in customRules). Problems
in rule files are listed on standard error (exit 2).

--kinds lists the resource kinds and attributes a custom rule can use (docs/custom-rules.md).

'rules test' checks custom rules against their own examples: a pass example gives no finding, a fail
example gives a violation, and the rule's fix, applied to each fail example, parses and clears it. PATH is
a workspace folder, a folder of rule files or a rule file (default: the current folder). Exit 0 when
every example holds, 1 when one does not or a rule file has problems.
`;

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list the rules with their framework mappings; test custom rules',
  help: HELP,
  run(args, io) {
    if (args[0] === 'test') return runTest(args.slice(1), io);
    const parsed = parseArgs(args, { values: { format: {} }, flags: { help: { short: 'h' }, kinds: {}, 'no-custom-rules': {} } }, 'rules');
    if (parsed.flags.has('help')) {
      io.out(HELP);
      return EXIT.ok;
    }
    const format = parsed.values.get('format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" (text or json)`, 'rules');
    if (parsed.flags.has('kinds')) return listKinds(format, io);
    if (parsed.positionals.length > 1) throw new UsageError(`unexpected argument "${parsed.positionals[1]}"`, 'rules');
    const folder = resolve(parsed.positionals[0] ?? '.');
    if (!isDirectory(folder)) throw new UsageError(`${parsed.positionals[0]} is not a folder`, 'rules');
    const custom = parsed.flags.has('no-custom-rules') ? undefined : workspaceCustomRules(folder, findProjectConfig(folder), new Set(ALL_RULES.map((r) => r.meta.id)));
    const all: Rule[] = [...ALL_RULES, ...(custom?.rules ?? [])];
    const rules = all.map((r) => ({
      ...r.meta,
      ...(r.meta.source ? { source: { file: relative(folder, r.meta.source.file) } } : {}),
      platforms: Object.keys(r.meta.resourceTypes),
      fixable: r.meta.fix !== 'none',
      custom: r.meta.source !== undefined,
    }));
    if (format === 'json') io.out(JSON.stringify({ rules }, null, 2) + '\n');
    else for (const r of all) io.out(`${r.meta.id.padEnd(20)} ${r.meta.severity.padEnd(8)} ${r.meta.title} [${frameworkSummary(r.meta)}]${r.meta.source ? ` (custom: ${relative(folder, r.meta.source.file)})` : ''}\n`);
    const problems = custom ? problemLines(custom, folder) : [];
    for (const p of problems) io.err(`${p}\n`);
    return problems.length > 0 ? EXIT.usage : EXIT.ok;
  },
};

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function problemLines(set: CustomRuleSet, base: string): string[] {
  const out: string[] = [];
  for (const d of set.dirProblems) out.push(`${relative(base, d.dir) || d.dir}: ${d.message}`);
  for (const f of set.files) for (const p of f.problems) out.push(`${relative(base, f.file)}:${p.line}:${p.column}: ${p.message}`);
  return out;
}

function listKinds(format: string, io: CliIo): number {
  const kinds = [...customRuleKinds().values()].sort((a, b) => a.name.localeCompare(b.name));
  if (format === 'json') {
    io.out(JSON.stringify({ kinds: kinds.map((k) => ({ kind: k.name, terraform: k.terraform, cloudformation: k.cloudformation, attributes: Object.fromEntries(k.attrs) })) }, null, 2) + '\n');
    return EXIT.ok;
  }
  for (const k of kinds) {
    io.out(`${k.name}  (${[...k.terraform, ...k.cloudformation].join(', ')})\n`);
    for (const [name, a] of k.attrs) io.out(`  ${name.padEnd(32)} ${a.type.padEnd(6)} ${[a.terraform, a.cloudformation].filter((x) => x).join(' / ')}${a.fixable ? '' : '  (no fix)'}\n`);
  }
  return EXIT.ok;
}

/** The rule set a `rules test` PATH stands for: a rule file, a folder of them, or a workspace. */
function ruleSetAt(path: string): CustomRuleSet {
  const reserved = new Set(ALL_RULES.map((r) => r.meta.id));
  if (!isDirectory(path)) {
    const { files, rules } = customRulesFromTexts([{ file: path, text: readFileSync(path, 'utf8') }], reserved);
    return { dirs: [dirname(path)], files, rules, dirProblems: [] };
  }
  const own = workspaceCustomRules(path, findProjectConfig(path), reserved);
  if (own.files.length > 0 || own.dirProblems.length > 0) return own;
  // A folder of rule files itself.
  return loadCustomRules([path], reserved);
}

function runTest(args: string[], io: CliIo): number {
  const parsed = parseArgs(args, { values: { format: {} }, flags: { help: { short: 'h' } } }, 'rules test');
  if (parsed.flags.has('help')) {
    io.out(HELP);
    return EXIT.ok;
  }
  const format = parsed.values.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" (text or json)`, 'rules test');
  const paths = parsed.positionals.length > 0 ? parsed.positionals : ['.'];
  const results: ExampleResult[] = [];
  const problems: string[] = [];
  let rulesTested = 0;
  for (const given of paths) {
    const path = resolve(given);
    try {
      statSync(path);
    } catch {
      throw new UsageError(`cannot read ${given}: no such file or folder`, 'rules test');
    }
    const set = ruleSetAt(path);
    const base = isDirectory(path) ? path : dirname(path);
    problems.push(...problemLines(set, base));
    for (const f of set.files) {
      if (!f.spec) continue;
      const rule = set.rules.find((r) => r.meta.id === f.spec!.id);
      if (!rule) continue;
      rulesTested++;
      const text = readFileSync(f.file, 'utf8');
      for (const r of testCustomRule(f.spec, rule, text)) results.push({ ...r, file: relative(base, r.file) || r.file });
    }
  }
  const failed = results.filter((r) => !r.ok);
  if (format === 'json') {
    io.out(JSON.stringify({ rules: rulesTested, examples: results, problems, passed: failed.length === 0 && problems.length === 0 }, null, 2) + '\n');
  } else {
    for (const r of results) io.out(`${r.ok ? 'ok  ' : 'FAIL'} ${r.ruleId} ${r.file}:${r.line} ${r.expect}${r.language ? ` (${r.language})` : ''}: ${r.message}\n`);
    for (const p of problems) io.out(`FAIL ${p}\n`);
    const examples = results.filter((r) => r.expect !== 'fix').length;
    io.out(`${rulesTested} custom rule${rulesTested === 1 ? '' : 's'}, ${examples} example${examples === 1 ? '' : 's'}: ${failed.length + problems.length === 0 ? 'all hold' : `${failed.length + problems.length} problem${failed.length + problems.length === 1 ? '' : 's'}`}\n`);
  }
  return failed.length > 0 || problems.length > 0 ? EXIT.findings : EXIT.ok;
}
