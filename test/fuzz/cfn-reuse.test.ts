// SPDX-License-Identifier: Apache-2.0
// Reuse in the CloudFormation analysis of an open document (service/cfn-reuse.ts, cfn-scenarios.ts,
// parsers/cfn/yamlChunks.ts) against a fresh analysis: seeded random edit sequences on several templates
// (the keystroke bench's, the examples, rule fixtures with joins and conditions, a JSON template), and
// after every edit the findings (offsets, messages, fix edits, `when`), rule runs, syntax diagnostics and
// notes of the service that saw every previous text must equal those of a new service that sees only
// this one, with reuse turned off (IAC_COMPLIANCE_REUSE=0). Edits: typing into values, toggling booleans, removing lines, adding properties, removing and
// copying whole resources, Parameters / Conditions / Mappings edits, an open condition, a resource
// `Condition:`, `Fn::If` with `AWS::NoValue`, and broken YAML left for a step or two. Fuzz layer: the
// number of edits scales with FUZZ_SCALE (test/support/fuzz.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/corpus';
import { fuzzCount } from '../support/fuzz';
import { MemoryFs, TEST_TODAY } from '../support/fixture-runner';
import { AnalysisService } from '../../server/src/service/analysis';
import type { FileAnalysis } from '../../server/src/service/analysis';
import { ALL_RULES } from '../../rules';
import { generateCloudFormation } from '../../scripts/bench-lsp';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, all: readonly T[]): T | undefined => (all.length === 0 ? undefined : all[Math.floor(r() * all.length)]);
const matches = (text: string, re: RegExp): RegExpMatchArray[] => [...text.matchAll(re)];
const letter = (r: Random): string => String.fromCharCode(97 + Math.floor(r() * 26));

/** Start and end of each resource entry under a block `Resources:` (2-space indentation). */
function resourceChunks(text: string): { id: string; start: number; end: number }[] {
  const at = text.search(/^Resources:[ \t]*$/m);
  if (at < 0) return [];
  const out: { id: string; start: number; end: number }[] = [];
  const re = /^(?: {2}([A-Za-z0-9]+):[ \t]*$|\S)/gm;
  re.lastIndex = text.indexOf('\n', at) + 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (out.length > 0 && out[out.length - 1]!.end < 0) out[out.length - 1]!.end = m.index;
    if (!m[1]) break;
    out.push({ id: m[1], start: m.index, end: -1 });
  }
  if (out.length > 0 && out[out.length - 1]!.end < 0) out[out.length - 1]!.end = text.length;
  return out;
}

function conditionNames(text: string): string[] {
  const at = text.search(/^Conditions:[ \t]*$/m);
  if (at < 0) return [];
  const section = text.slice(at).split(/\n(?=\S)/)[0]!;
  return matches(section, /^ {2}([A-Za-z0-9]+):/gm).map((m) => m[1]!);
}

/** Inserts `lines` (each a full line) right after the first line matching `header`, or adds the section before Resources. */
function intoSection(text: string, header: string, lines: string): string {
  const m = new RegExp(`^${header}:[ \\t]*\\n`, 'm').exec(text);
  if (m) return text.slice(0, m.index + m[0].length) + lines + text.slice(m.index + m[0].length);
  const r = text.search(/^Resources:/m);
  return r < 0 ? text : `${text.slice(0, r)}${header}:\n${lines}${text.slice(r)}`;
}

type Mutation = (text: string, r: Random, step: number) => string | undefined;

const YAML_MUTATIONS: Mutation[] = [
  // Typing into a plain value.
  (t, r) => {
    const m = pick(r, matches(t, /: ([A-Za-z0-9][^\n#]*)$/gm));
    if (!m) return undefined;
    const at = m.index! + 2 + Math.floor(r() * (m[1]!.length + 1));
    return t.slice(0, at) + letter(r) + t.slice(at);
  },
  // Deleting a character of a value.
  (t, r) => {
    const m = pick(r, matches(t, /: ([A-Za-z0-9][^\n#]+)$/gm));
    if (!m) return undefined;
    const at = m.index! + 2 + Math.floor(r() * m[1]!.length);
    return t.slice(0, at) + t.slice(at + 1);
  },
  // Toggling a boolean.
  (t, r) => {
    const m = pick(r, matches(t, /\b(true|false)\b/g));
    if (!m) return undefined;
    return t.slice(0, m.index!) + (m[1] === 'true' ? 'false' : 'true') + t.slice(m.index! + m[1]!.length);
  },
  // Removing a property line.
  (t, r) => {
    const m = pick(r, matches(t, /^ {6,}[A-Za-z]+: [^\n]+\n/gm));
    return m ? t.slice(0, m.index!) + t.slice(m.index! + m[0].length) : undefined;
  },
  // Adding a property after `Properties:`.
  (t, r) => {
    const m = pick(r, matches(t, /^ {4}Properties:\n/gm));
    const prop = pick(r, ['EnableKeyRotation: false', 'StorageEncrypted: false', 'PubliclyAccessible: true', 'IsLogging: false', 'Encrypted: false', 'VersioningConfiguration:\n        Status: Suspended', 'KmsKeyId: !Ref Key0']);
    return m ? t.slice(0, m.index! + m[0].length) + `      ${prop!}\n` + t.slice(m.index! + m[0].length) : undefined;
  },
  // Removing a whole resource.
  (t, r) => {
    const c = pick(r, resourceChunks(t));
    return c && resourceChunks(t).length > 1 ? t.slice(0, c.start) + t.slice(c.end) : undefined;
  },
  // Copying a resource under a new name (which rules may join to by name).
  (t, r, step) => {
    const c = pick(r, resourceChunks(t));
    if (!c) return undefined;
    const body = t.slice(c.start, c.end).replace(`  ${c.id}:`, `  ${c.id}C${step}:`);
    return t.slice(0, c.end) + body + t.slice(c.end);
  },
  // Renaming a resource (Refs to the old name dangle, a new name may be referenced).
  (t, r, step) => {
    const c = pick(r, resourceChunks(t));
    return c ? t.slice(0, c.start) + `  R${step}:` + t.slice(c.start + c.id.length + 3) : undefined;
  },
  // A `Condition:` on a resource.
  (t, r) => {
    const c = pick(r, resourceChunks(t));
    const name = pick(r, [...conditionNames(t), 'Undeclared']);
    if (!c || !name) return undefined;
    const header = t.indexOf('\n', c.start) + 1;
    return `${t.slice(0, header)}    Condition: ${name}\n${t.slice(header)}`;
  },
  // Fn::If with AWS::NoValue in place of a boolean.
  (t, r) => {
    const m = pick(r, matches(t, /^( {6,}[A-Za-z]+: )(true|false)$/gm));
    const name = pick(r, conditionNames(t));
    if (!m || !name) return undefined;
    const value = r() < 0.5 ? `!If [${name}, ${m[2]!}, !Ref AWS::NoValue]` : `!If [${name}, !Ref AWS::NoValue, ${m[2] === 'true' ? 'false' : 'true'}]`;
    return t.slice(0, m.index!) + m[1]! + value + t.slice(m.index! + m[0].length);
  },
  // An open condition: a parameter without a default and a condition on it.
  (t, r, step) => {
    const withParam = intoSection(t, 'Parameters', `  Open${step}:\n    Type: String\n`);
    return intoSection(withParam, 'Conditions', `  IsOpen${step}: !Equals [!Ref Open${step}, ${r() < 0.5 ? '"yes"' : '""'}]\n`);
  },
  // A parameter default added, changed or removed (closes or opens conditions).
  (t, r) => {
    const d = pick(r, matches(t, /^ {4}Default: [^\n]*\n/gm));
    if (d && r() < 0.5) return t.slice(0, d.index!) + t.slice(d.index! + d[0].length);
    const p = pick(r, matches(t, /^ {4}Type: String\n/gm));
    return p ? t.slice(0, p.index! + p[0].length) + `    Default: ${pick(r, ['prod', 'dev', '""', 'x'])!}\n` + t.slice(p.index! + p[0].length) : undefined;
  },
  // A condition's expression edited.
  (t, r) => {
    const names = conditionNames(t);
    const name = pick(r, names);
    if (!name) return undefined;
    const m = new RegExp(`^ {2}${name}: ([^\\n]*)$`, 'm').exec(t);
    if (!m) return undefined;
    const other = pick(r, names.filter((n) => n !== name));
    const expr = pick(r, ['!Equals [prod, prod]', '!Equals [a, b]', other ? `!Not [!Condition ${other}]` : '!Equals [1, 1]', m[1]!.replace(/prod/, 'dev')])!;
    return t.slice(0, m.index) + `  ${name}: ${expr}` + t.slice(m.index + m[0].length);
  },
  // Mappings added or edited.
  (t, r, step) => intoSection(t, 'Mappings', `  M${step}:\n    k:\n      v: ${letter(r)}\n`),
  // Broken YAML mid-edit.
  (t, r) => {
    const at = Math.floor(r() * t.length);
    return t.slice(0, at) + pick(r, [': [', '"', '\n\t', '  - ', '{', ':'])! + t.slice(at);
  },
  // Any character anywhere.
  (t, r) => {
    const at = Math.floor(r() * t.length);
    return r() < 0.5 ? t.slice(0, at) + pick(r, ['x', ' ', '\n', '-', '1'])! + t.slice(at) : t.slice(0, at) + t.slice(at + 1);
  },
];

const JSON_MUTATIONS: Mutation[] = [
  (t, r) => {
    const m = pick(r, matches(t, /: "([^"\n]*)"/g));
    if (!m) return undefined;
    const at = m.index! + 3 + Math.floor(r() * (m[1]!.length + 1));
    return t.slice(0, at) + letter(r) + t.slice(at);
  },
  YAML_MUTATIONS[2]!,
  (t, r) => {
    const at = Math.floor(r() * t.length);
    return t.slice(0, at) + t.slice(at + 1);
  },
  (t, r) => {
    const m = pick(r, matches(t, /"Properties": \{\n/g));
    return m ? t.slice(0, m.index! + m[0].length) + `        "EnableKeyRotation": ${r() < 0.5 ? 'true' : 'false'},\n` + t.slice(m.index! + m[0].length) : undefined;
  },
];

/** What a user and the audit see of one file's analysis, offsets and fix edits included. */
function view(s: AnalysisService, a: FileAnalysis): unknown {
  return {
    relevant: a.relevant,
    syntax: a.syntax,
    notes: a.notes,
    suppressionProblems: a.suppressionProblems,
    findings: a.findings.map((f) => ({
      ...f,
      fixes: f.fixes.map((x) => ({ id: x.id, title: x.title, safety: x.safety, edits: [...s.fixEdits(f, x.id)] })),
    })),
    runs: a.runs.map((r) => ({
      rule: r.rule.meta.id,
      assessed: r.assessed.map((x) => `${x.address}@${x.ref.span.start}-${x.ref.span.end}`),
      evidence: r.evidence?.map((x) => `${x.address}@${x.ref.span.start}-${x.ref.span.end}`),
      project: r.project,
      reason: r.reason,
      anchor: r.anchor,
      cloudUnused: r.cloudUnused,
    })),
    resources: a.resources.map((x) => `${x.address}@${x.ref.span.start}-${x.ref.span.end}`),
  };
}

const fixture = (p: string): string => readFileSync(join(repoRoot(), p), 'utf8');

const TEMPLATES: { name: string; path: string; text: string }[] = [
  { name: 'bench', path: '/w/stack.yaml', text: generateCloudFormation(420) },
  { name: 'storage example', path: '/w/storage.yaml', text: fixture('examples/cloudformation/storage.yaml') },
  { name: 'if-unknown fixture', path: '/w/sg.yaml', text: fixture('test/rules/aws/ec2/sg-no-public-admin-ingress-ipv4/fail-if-unknown.cfn.yaml') },
  { name: 'foreach conditions fixture', path: '/w/loops.yaml', text: fixture('test/rules/aws/ec2/sg-no-public-admin-ingress-ipv4/fail-foreach-conditions.cfn.yaml') },
  { name: 'topic policy fixture', path: '/w/sns.yaml', text: fixture('test/rules/aws/sns/sns-topic-policy-not-public/fail.cfn.yaml') },
  { name: 'trail fixture', path: '/w/trail.yaml', text: fixture('test/rules/aws/cloudtrail/cloudtrail-kms-encryption/fail.cfn.yaml') },
  { name: 'network example (JSON)', path: '/w/network.json', text: fixture('examples/cloudformation/network.json') },
];

/** The analysis of a service that sees only this text, with no reuse of any kind (the kill switch). */
function freshView(path: string, text: string): unknown {
  const before = process.env.IAC_COMPLIANCE_REUSE;
  process.env.IAC_COMPLIANCE_REUSE = '0';
  try {
    const fresh = new AnalysisService({ fs: new MemoryFs(), rules: ALL_RULES, today: TEST_TODAY });
    fresh.setOverlay(path, text);
    return view(fresh, fresh.analyzeFile(path));
  } finally {
    if (before === undefined) delete process.env.IAC_COMPLIANCE_REUSE;
    else process.env.IAC_COMPLIANCE_REUSE = before;
  }
}

/** Runs `steps` seeded edits on each template; returns how many analyses differed (0 is the pass). */
function differential(steps: number, seed: number): { compared: number; differences: string[] } {
  const differences: string[] = [];
  let compared = 0;
  for (const [k, t] of TEMPLATES.entries()) {
    const r = rng(seed + k);
    const fs = new MemoryFs();
    const editor = new AnalysisService({ fs, rules: ALL_RULES, today: TEST_TODAY });
    const mutations = t.path.endsWith('.json') ? JSON_MUTATIONS : YAML_MUTATIONS;
    let text = t.text;
    let previous = text;
    for (let step = 0; step < steps; step++) {
      editor.setOverlay(t.path, text);
      const incremental = view(editor, editor.analyzeFile(t.path));
      compared++;
      try {
        assert.deepEqual(incremental, freshView(t.path, text));
      } catch (e) {
        differences.push(`${t.name}, step ${step}: ${(e as Error).message.slice(0, 1500)}`);
        if (differences.length > 3) return { compared, differences };
      }
      // Broken text is usually repaired by the next keystrokes: go back to the last text half the time.
      const broken = editor.analyzeFile(t.path).syntax.some((d) => d.severity === 'error');
      if (broken && r() < 0.5) {
        text = previous;
        continue;
      }
      previous = text;
      const mutation = pick(r, mutations)!;
      text = mutation(text, r, step) ?? text;
      // Keep the templates from growing or shrinking without bound.
      if (text.length > t.text.length * 2 || text.length < t.text.length / 3) text = t.text;
    }
  }
  return { compared, differences };
}

void test('CloudFormation editing: after every seeded edit, the reusing analysis equals a fresh one', () => {
  const { compared, differences } = differential(fuzzCount(60), 1612);
  assert.deepEqual(differences, []);
  assert.ok(compared >= TEMPLATES.length * 10, `${compared} analyses compared`);
});

void test('the kill switch (IAC_COMPLIANCE_REUSE=0) gives the same results', () => {
  const before = process.env.IAC_COMPLIANCE_REUSE;
  process.env.IAC_COMPLIANCE_REUSE = '0';
  try {
    const { differences } = differential(fuzzCount(10), 77);
    assert.deepEqual(differences, []);
  } finally {
    if (before === undefined) delete process.env.IAC_COMPLIANCE_REUSE;
    else process.env.IAC_COMPLIANCE_REUSE = before;
  }
});
