// SPDX-License-Identifier: Apache-2.0
// Judging a CloudFormation template per scenario (cfn-scenarios.ts) without doing everything again per
// scenario. A template with one condition only the deployment decides is judged three times (no condition
// forced, then true, then false), but a forced condition changes only the parts of the model that read it:
// the first scenario records, per model part, the conditions it read (model adapters: CfnContext.recording)
// and, per rule, the parts of the model the rule read (a Proxy on the model it is given). A later scenario
// rebuilds only the parts that read a condition whose value differs there (the forced ones and those that
// depend on them), and re-runs only the rules that read a rebuilt part; every other rule's findings are
// the first scenario's (a rule is a function of what it reads). Results are those of judging everything
// again: test/fuzz/cfn-reuse.test.ts compares them with a fresh analysis after random edits.
// `IAC_COMPLIANCE_REUSE=0` turns this off (everything is judged in every scenario, as before; tf-reuse.ts's
// reuseEnabled, which the service asks).

import type { EvaluationInputs } from '../core/inputs';
import type { CloudModel } from '../model/model';
import type { CfnTemplate } from '../parsers/cfn';
import { buildCloudFormationParts } from '../model/adapters/cloudformation';
import type { BuiltModel, ResourceEdit } from '../model/adapters/cloudformation';
import { conditionTaint } from '../model/adapters/cloudformation/conditions';
import { narrowsParameters } from '../model/adapters/cloudformation/read';
import { runRule } from '../engine/runner';
import type { Finding, RuleRun, RunOptions } from '../engine/runner';
import type { Rule } from '../engine/rule-api';
import { READS_ALL, readsAny, RECORDING } from '../engine/model-memo';
import type { ReadHolder, RecordingView } from '../engine/model-memo';
import type { ScenarioResult } from './cfn-scenarios';
import { boundedMemo } from '../core/bounded-memo';

/** Whether analyses may reuse earlier work (the kill switch: `IAC_COMPLIANCE_REUSE=0`), one switch for both languages. */
export { reuseEnabled } from './tf-reuse';

interface RuleResult {
  run: RuleRun;
  /** The rule's findings before they are final (finalize() is per scenario). */
  findings: Finding[];
  /**
   * What it read of the model: `m:key` (top level), `a:key` (`aws`), `c:kind` (catalog); `*` = which keys
   * exist; with the read sets of the memoized values it used (model-memo.ts).
   */
  reads: ReadHolder;
}

/** The judge of the text before a keystroke inside one resource, and that edit (see ResourceEdit). */
export interface PreviousJudge {
  judge: ScenarioJudge;
  edit: ResourceEdit;
}

export class ScenarioJudge {
  private root: { built: BuiltModel; rules: RuleResult[] } | undefined;
  private readonly taint: ReturnType<typeof conditionTaint>;

  /**
   * @param finalize makes one scenario's findings final (instances collapsed, messages, fixes)
   * @param previous for an open document: the last text's judge and the edit since; `keep` records the
   *   first scenario's reads whatever the conditions, for the next keystroke
   */
  constructor(
    private readonly file: string,
    private readonly template: CfnTemplate,
    private readonly language: 'yaml' | 'json',
    readonly inputs: EvaluationInputs,
    readonly rules: readonly Rule[],
    private readonly options: RunOptions,
    private readonly finalize: (model: CloudModel, findings: Finding[]) => Finding[],
    private readonly keep = false,
    private previous?: PreviousJudge,
  ) {
    this.taint = conditionTaint(template);
  }

  judge(forced: ReadonlyMap<string, boolean>): ScenarioResult {
    if (forced.size === 0) return this.judgeRoot();
    const root = this.root;
    // Forcing a condition can say a parameter is not empty, which any value may read: build it all.
    if (!root || !this.taint || narrowsParameters(this.template, forced)) return this.judgeAll(forced);
    const built = buildCloudFormationParts(this.file, this.template, this.language, this.inputs, forced, { from: root.built, tainted: this.taint(forced) });
    const differ = differences(root.built.model, built.model);
    differ.add(READS_ALL);
    const findings: Finding[] = [];
    const runs: RuleRun[] = [];
    this.rules.forEach((rule, i) => {
      const before = root.rules[i]!;
      if (!readsAny(before.reads, differ)) {
        for (const f of before.findings) findings.push(f);
        runs.push(before.run);
      } else runs.push(runRule(rule, built.model, this.options, findings));
    });
    return { model: built.model, findings: this.finalize(built.model, findings), runs };
  }

  private judgeRoot(): ScenarioResult {
    const previous = this.previous;
    // Only the last keystroke's work is kept.
    this.previous = undefined;
    const before = previous?.judge.root;
    if (before && previous.judge.rules === this.rules && previous.judge.inputs === this.inputs) return this.judgeAfterEdit(before, previous.edit);
    const built = buildCloudFormationParts(this.file, this.template, this.language, this.inputs);
    const model = built.model;
    // Recording what rules read costs a tenth of their time: only when a scenario is likely to follow (the
    // model read an open condition, or a resource exists only for some values of one). Should one follow
    // anyway, it is judged whole.
    const open = (model.openConditions?.length ?? 0) > 0 || [...(model.conditional?.values() ?? [])].some((u) => u.ref.kind === 'condition');
    if (!open && !this.keep) {
      const findings: Finding[] = [];
      const runs = this.rules.map((rule) => runRule(rule, model, this.options, findings));
      return { model, findings: this.finalize(model, findings), runs };
    }
    const results: RuleResult[] = this.rules.map((rule) => {
      const holder: ReadHolder = { reads: new Set<string>() };
      const findings: Finding[] = [];
      // A view of its own per rule; values memoized per model (rules/lib, memoOn) add the reads that built
      // them to each rule that uses them.
      const run = runRule(rule, recordingModel(model, holder), this.options, findings);
      return { run, findings, reads: holder };
    });
    this.root = { built, rules: results };
    return { model, findings: this.finalize(model, results.flatMap((r) => r.findings)), runs: results.map((r) => r.run) };
  }

  /**
   * The first scenario after a keystroke inside one resource: the parts that did not read that resource
   * are the last text's, moved; the rules that read none of the parts built again keep their findings,
   * moved (the same OffsetShift, so they name the moved resources).
   */
  private judgeAfterEdit(before: { built: BuiltModel; rules: RuleResult[] }, edit: ResourceEdit): ScenarioResult {
    const built = buildCloudFormationParts(this.file, this.template, this.language, this.inputs, new Map(), { from: before.built, tainted: new Set(), edit });
    const model = built.model;
    const differ = rebuiltKeys(before.built.model, model, built.rebuilt);
    differ.add(READS_ALL);
    const shift = edit.shift;
    const results: RuleResult[] = this.rules.map((rule, i) => {
      const last = before.rules[i]!;
      if (!readsAny(last.reads, differ)) {
        const run: RuleRun = { ...last.run, assessed: shift.apply(last.run.assessed) };
        if (last.run.evidence) run.evidence = shift.apply(last.run.evidence);
        if (last.run.anchor) run.anchor = shift.apply(last.run.anchor);
        if (last.run.instances) run.instances = shift.apply(last.run.instances);
        return { run, findings: shift.apply(last.findings), reads: last.reads };
      }
      const holder: ReadHolder = { reads: new Set<string>() };
      const findings: Finding[] = [];
      const run = runRule(rule, recordingModel(model, holder), this.options, findings);
      return { run, findings, reads: holder };
    });
    this.root = { built, rules: results };
    return { model, findings: this.finalize(model, results.flatMap((r) => r.findings)), runs: results.map((r) => r.run) };
  }

  private judgeAll(forced: ReadonlyMap<string, boolean>): ScenarioResult {
    const model = buildCloudFormationParts(this.file, this.template, this.language, this.inputs, forced).model;
    const findings: Finding[] = [];
    const runs = this.rules.map((rule) => runRule(rule, model, this.options, findings));
    return { model, findings: this.finalize(model, findings), runs };
  }
}

/**
 * The model seen through proxies that note every key read (`m:`, `a:`, `c:` as in RuleResult.reads) into
 * `holder.reads` (memoOn swaps it while it builds a memoized value, engine/model-memo.ts).
 */
function recordingModel(model: CloudModel, holder: ReadHolder): CloudModel {
  const catalog = new Proxy(model.aws.catalog, recorder('c:', holder));
  const aws = new Proxy(model.aws, recorder('a:', holder, (k) => (k === 'catalog' ? catalog : undefined)));
  return new Proxy(model, recorder('m:', holder, (k) => (k === 'aws' ? aws : undefined)));
}

/**
 * The read names of one prefix, made once per key: a recorded read is then a lookup of an interned key
 * and a set entry, not a new string to build and hash (every property a rule reads passes here). Bounded
 * by the model's keys (parts, catalog kinds) and the properties rules read of them.
 */
const readNames = new Map<string, (key: string) => string>();

function recorder<T extends object>(prefix: string, holder: ReadHolder, nested?: (key: string) => object | undefined): ProxyHandler<T> {
  let nameOf = readNames.get(prefix);
  if (!nameOf) readNames.set(prefix, (nameOf = boundedMemo((key: string) => prefix + key, 4096)));
  const named = nameOf;
  const note = (key: string): void => void holder.reads.add(named(key));
  return {
    get(target, key, receiver) {
      if (key === RECORDING) return { target, holder } satisfies RecordingView;
      if (typeof key === 'string') {
        const inner = nested?.(key);
        if (inner) return inner;
        note(key);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === 'string') note(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      note('*');
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string') note(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  };
}

/**
 * After an edit: the keys of the parts built again (the others are the last ones, moved), the catalog's
 * kinds when it was, and the top-level keys other than `aws` that are made anew (conditional resources,
 * open conditions, notes).
 */
function rebuiltKeys(a: CloudModel, b: CloudModel, rebuilt: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const k of rebuilt) {
    if (k !== 'catalog') {
      out.add('a:' + k);
      continue;
    }
    out.add('c:*');
    for (const kind of new Set([...Object.keys(a.aws.catalog), ...Object.keys(b.aws.catalog)])) out.add('c:' + kind);
  }
  for (const k of ['conditional', 'openConditions', 'notes'] as const) if (a[k] !== undefined || b[k] !== undefined) out.add('m:' + k);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => kb[i] !== k)) out.add('m:*');
  return out;
}

/** The keys whose values are not the same objects in the two models (as RuleResult.reads names them). */
function differences(a: CloudModel, b: CloudModel): Set<string> {
  const out = new Set<string>();
  compare('m:', a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>, out, 'aws');
  if (a.aws !== b.aws) compare('a:', a.aws as unknown as Record<string, unknown>, b.aws as unknown as Record<string, unknown>, out, 'catalog');
  if (a.aws.catalog !== b.aws.catalog) compare('c:', a.aws.catalog, b.aws.catalog, out);
  return out;
}

function compare(prefix: string, a: Record<string, unknown>, b: Record<string, unknown>, out: Set<string>, skip?: string): void {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => kb[i] !== k)) out.add(prefix + '*');
  for (const k of new Set([...ka, ...kb])) if (k !== skip && a[k] !== b[k]) out.add(prefix + k);
}
