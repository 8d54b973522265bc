// SPDX-License-Identifier: Apache-2.0
// CloudFormation scenarios. `Fn::If` on a condition that only the deployment decides (it depends on a
// parameter with no value) has two possible values; judging the property as "cannot verify" would hide a
// violating branch, and judging either branch alone would be a guess. So the template is judged once per
// scenario: whenever a finding cannot be verified because of such a condition, the scenario is split into
// one where the condition is true and one where it is false (the conditions' forced values; a resource
// whose Condition is forced false is not created), and so on for the next condition, within
// MAX_CFN_SCENARIOS. Findings are then merged: one true in every scenario is reported as it is; one true in
// some names them ("when condition IsProd is true"), so a finding exists only when a violating branch does.

import { MAX_CFN_SCENARIOS } from '../core/limits';
import type { CloudModel } from '../model/model';
import type { ModelResource } from '../model/resource';
import type { ConditionValue, Finding, RuleRun } from '../engine/runner';

/** One judged scenario: findings are final (instances collapsed, messages with their provenance). */
export interface ScenarioResult {
  model: CloudModel;
  findings: Finding[];
  runs: RuleRun[];
}

export interface MergedScenarios {
  /** Every scenario's model (the first is the one with no forced condition). */
  models: CloudModel[];
  findings: Finding[];
  runs: RuleRun[];
}

interface Node {
  forced: ReadonlyMap<string, boolean>;
  result: ScenarioResult;
  split?: { condition: string; whenTrue: Node; whenFalse: Node };
}

/**
 * @param judge builds and judges the template with these conditions forced
 * @param isOpen whether a condition is unknown only because of an input (worth splitting on)
 */
export function judgeScenarios(judge: (forced: ReadonlyMap<string, boolean>) => ScenarioResult, isOpen: (condition: string) => boolean): MergedScenarios {
  const root: Node = { forced: new Map(), result: judge(new Map()) };
  const queue: Node[] = [root];
  let leaves = 1;
  while (queue.length > 0) {
    const node = queue.shift()!;
    const condition = blockingCondition(node, isOpen);
    if (condition === undefined || leaves >= MAX_CFN_SCENARIOS) continue;
    const child = (value: boolean): Node => {
      const forced = new Map(node.forced).set(condition, value);
      return { forced, result: judge(forced) };
    };
    node.split = { condition, whenTrue: child(true), whenFalse: child(false) };
    leaves++;
    queue.push(node.split.whenTrue, node.split.whenFalse);
  }
  if (!root.split) return { models: [root.result.model], findings: root.result.findings, runs: root.result.runs };
  const all = leavesOf(root);
  return { models: [root.result.model, ...all.map((l) => l.result.model)], findings: mergeFindings(root, all), runs: mergeRuns(all.map((l) => l.result.runs)) };
}

/**
 * The condition to split this scenario on: first one a "cannot verify" finding depends on, then any other
 * the model read through `Fn::If` (a rule may have taken an undecided value as compliant), not yet forced.
 */
function blockingCondition(node: Node, isOpen: (condition: string) => boolean): string | undefined {
  for (const f of node.result.findings) {
    if (f.kind !== 'unverifiable' || f.unknown?.kind !== 'condition') continue;
    const name = f.unknown.name;
    if (!node.forced.has(name) && isOpen(name)) return name;
  }
  return node.result.model.openConditions?.find((name) => !node.forced.has(name) && isOpen(name));
}

function leavesOf(node: Node, out: Node[] = []): Node[] {
  if (!node.split) out.push(node);
  else {
    leavesOf(node.split.whenTrue, out);
    leavesOf(node.split.whenFalse, out);
  }
  return out;
}

function keyOf(f: Finding): string {
  return `${f.ruleId}\u0000${f.kind}\u0000${f.ref.file}\u0000${f.ref.span.start}\u0000${f.ref.span.end}\u0000${f.resource}\u0000${f.message}`;
}

/** `all`: every scenario's result; a finding true in all of them holds whatever the conditions are. */
function mergeFindings(root: Node, all: Node[]): Finding[] {
  const first = new Map<string, Finding>();
  const holdsIn = new Map<Node, Set<string>>();
  for (const leaf of all) {
    const keys = new Set<string>();
    for (const f of leaf.result.findings) {
      const k = keyOf(f);
      keys.add(k);
      if (!first.has(k)) first.set(k, f);
    }
    holdsIn.set(leaf, keys);
  }
  const out: Finding[] = [];
  for (const [k, f] of first) {
    const when = simplify(describe(root, k, holdsIn));
    if (when === 'always') out.push(f);
    else if (when !== 'never') out.push({ ...f, when, message: withWhen(f, when) });
  }
  return out;
}

type When = 'always' | 'never' | ConditionValue[][];

/** The scenarios of the tree under `node` where the finding holds, as alternatives of condition values. */
function describe(node: Node, key: string, holdsIn: ReadonlyMap<Node, Set<string>>): When {
  if (!node.split) return holdsIn.get(node)!.has(key) ? 'always' : 'never';
  const { condition, whenTrue, whenFalse } = node.split;
  const t = describe(whenTrue, key, holdsIn);
  const f = describe(whenFalse, key, holdsIn);
  if (t === 'always' && f === 'always') return 'always';
  if (t === 'never' && f === 'never') return 'never';
  const out: ConditionValue[][] = [];
  const add = (w: When, value: boolean): void => {
    if (w === 'always') out.push([{ condition, value }]);
    else if (w !== 'never') for (const conj of w) out.push([{ condition, value }, ...conj]);
  };
  add(t, true);
  add(f, false);
  return out;
}

/**
 * Fewer, shorter alternatives: two that differ only in one condition's value merge without it (a finding
 * under A=true,B=false and A=false,B=false holds "when condition B is false"); one implied by a shorter one
 * goes. Splits are per scenario, so the same condition is often split under both values of another.
 */
function simplify(when: When): When {
  if (typeof when === 'string') return when;
  let list = when.map((conj) => [...conj].sort((a, b) => a.condition.localeCompare(b.condition)));
  for (let changed = true; changed; ) {
    changed = false;
    outer: for (let i = 0; i < list.length; i++) {
      for (let j = 0; j < list.length; j++) {
        if (i === j) continue;
        const merged = mergeable(list[i]!, list[j]!);
        if (merged) {
          list = [...list.filter((_, n) => n !== i && n !== j), merged];
          changed = true;
          break outer;
        }
        if (implies(list[j]!, list[i]!)) {
          list = list.filter((_, n) => n !== j);
          changed = true;
          break outer;
        }
      }
    }
  }
  return list.some((conj) => conj.length === 0) ? 'always' : list;
}

/** The two conjunctions without the one condition they disagree on, when that is their only difference. */
function mergeable(a: readonly ConditionValue[], b: readonly ConditionValue[]): ConditionValue[] | null {
  if (a.length !== b.length) return null;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.condition !== b[i]!.condition) return null;
    if (a[i]!.value !== b[i]!.value) {
      if (diff >= 0) return null;
      diff = i;
    }
  }
  return diff < 0 ? null : a.filter((_, i) => i !== diff);
}

/** Whether `specific` holds only where `general` does (it has every value `general` has). */
function implies(specific: readonly ConditionValue[], general: readonly ConditionValue[]): boolean {
  return general.every((g) => specific.some((s) => s.condition === g.condition && s.value === g.value));
}

/** The message with the scenarios it holds in, inside the parenthesis of a conditional resource's. */
function withWhen(f: Finding, when: readonly (readonly ConditionValue[])[]): string {
  const text = whenText(when);
  if (f.condition && /\)\.$/.test(f.message)) return `${f.message.slice(0, -2)}; and ${text}).`;
  return `${f.message.replace(/\.\s*$/, '')} (${text}).`;
}

/** "when condition A is true", "when condition A is true and condition B is false, or when ...". */
export function whenText(when: readonly (readonly ConditionValue[])[]): string {
  return when.map((conj) => 'when ' + conj.map((c) => `condition ${c.condition} is ${String(c.value)}`).join(' and ')).join(', or ');
}

/**
 * A violation in any scenario is one; a control present or unknown in some scenario is not missing (as a
 * conditionally created resource counts when no scenario is judged).
 */
const OUTCOME_ORDER: NonNullable<RuleRun['project']>[] = ['violation', 'unknown', 'present', 'missing', 'n/a', 'out-of-scope'];

/** Per rule: what it assessed in any scenario; an account-level outcome by OUTCOME_ORDER. */
function mergeRuns(perScenario: RuleRun[][]): RuleRun[] {
  const [first, ...rest] = perScenario;
  return first!.map((run, i) => {
    const others = rest.map((runs) => runs[i]!).filter((r) => r.rule === run.rule);
    if (others.length === 0) return run;
    const merged: RuleRun = { ...run, assessed: unionByAddress([run.assessed, ...others.map((o) => o.assessed)]) };
    const evidence = [run.evidence, ...others.map((o) => o.evidence)].filter((e): e is ModelResource[] => !!e);
    if (evidence.length > 0) merged.evidence = unionByAddress(evidence);
    const outcomes = [run.project, ...others.map((o) => o.project)].filter((p): p is NonNullable<RuleRun['project']> => p !== undefined);
    if (outcomes.length > 0) merged.project = OUTCOME_ORDER.find((o) => outcomes.includes(o));
    return merged;
  });
}

function unionByAddress(lists: readonly (readonly ModelResource[])[]): ModelResource[] {
  const seen = new Map<string, ModelResource>();
  for (const list of lists) for (const r of list) if (!seen.has(r.address)) seen.set(r.address, r);
  return [...seen.values()];
}
