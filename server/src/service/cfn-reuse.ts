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
// `IAC_COMPLIANCE_REUSE=0` turns this off (everything is judged in every scenario, as before).

import type { EvaluationInputs } from '../core/inputs';
import type { CloudModel } from '../model/model';
import type { CfnTemplate } from '../parsers/cfn';
import { buildCloudFormationParts } from '../model/adapters/cloudformation';
import type { BuiltModel } from '../model/adapters/cloudformation';
import { conditionTaint } from '../model/adapters/cloudformation/conditions';
import { narrowsParameters } from '../model/adapters/cloudformation/read';
import { runRule } from '../engine/runner';
import type { Finding, RuleRun, RunOptions } from '../engine/runner';
import type { Rule } from '../engine/rule-api';
import { READS_ALL, RECORDING } from '../engine/model-memo';
import type { RecordingView } from '../engine/model-memo';
import type { ScenarioResult } from './cfn-scenarios';

/** Whether analyses may reuse earlier work (the kill switch: `IAC_COMPLIANCE_REUSE=0`), one switch for both languages. */
export { reuseEnabled } from './tf-reuse';

interface RuleResult {
  run: RuleRun;
  /** The rule's findings before they are final (finalize() is per scenario). */
  findings: Finding[];
  /** What it read of the model: `m:key` (top level), `a:key` (`aws`), `c:kind` (catalog); `*` = which keys exist. */
  reads: Set<string>;
}

export class ScenarioJudge {
  private root: { built: BuiltModel; rules: RuleResult[] } | undefined;
  private readonly taint: ReturnType<typeof conditionTaint>;

  /**
   * @param finalize makes one scenario's findings final (instances collapsed, messages, fixes)
   */
  constructor(
    private readonly file: string,
    private readonly template: CfnTemplate,
    private readonly language: 'yaml' | 'json',
    private readonly inputs: EvaluationInputs,
    private readonly rules: readonly Rule[],
    private readonly options: RunOptions,
    private readonly finalize: (model: CloudModel, findings: Finding[]) => Finding[],
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
      if (!intersects(before.reads, differ)) {
        for (const f of before.findings) findings.push(f);
        runs.push(before.run);
      } else runs.push(runRule(rule, built.model, this.options, findings));
    });
    return { model: built.model, findings: this.finalize(built.model, findings), runs };
  }

  private judgeRoot(): ScenarioResult {
    const built = buildCloudFormationParts(this.file, this.template, this.language, this.inputs);
    const model = built.model;
    // Recording what rules read costs a tenth of their time: only when a scenario is likely to follow (the
    // model read an open condition, or a resource exists only for some values of one). Should one follow
    // anyway, it is judged whole.
    const open = (model.openConditions?.length ?? 0) > 0 || [...(model.conditional?.values() ?? [])].some((u) => u.ref.kind === 'condition');
    if (!open) {
      const findings: Finding[] = [];
      const runs = this.rules.map((rule) => runRule(rule, model, this.options, findings));
      return { model, findings: this.finalize(model, findings), runs };
    }
    const results: RuleResult[] = this.rules.map((rule) => {
      const holder = { reads: new Set<string>() };
      const findings: Finding[] = [];
      // A view of its own per rule; values memoized per model (rules/lib, memoOn) add the reads that built
      // them to each rule that uses them.
      const run = runRule(rule, recordingModel(model, holder), this.options, findings);
      return { run, findings, reads: holder.reads };
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

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (b.size === 0) return false;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * The model seen through proxies that note every key read (`m:`, `a:`, `c:` as in RuleResult.reads) into
 * `holder.reads` (memoOn swaps it while it builds a memoized value, engine/model-memo.ts).
 */
function recordingModel(model: CloudModel, holder: { reads: Set<string> }): CloudModel {
  const catalog = new Proxy(model.aws.catalog, recorder('c:', holder));
  const aws = new Proxy(model.aws, recorder('a:', holder, (k) => (k === 'catalog' ? catalog : undefined)));
  return new Proxy(model, recorder('m:', holder, (k) => (k === 'aws' ? aws : undefined)));
}

function recorder<T extends object>(prefix: string, holder: { reads: Set<string> }, nested?: (key: string) => object | undefined): ProxyHandler<T> {
  return {
    get(target, key, receiver) {
      if (key === RECORDING) return { target, holder } satisfies RecordingView;
      if (typeof key === 'string') {
        const inner = nested?.(key);
        if (inner) return inner;
        holder.reads.add(prefix + key);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === 'string') holder.reads.add(prefix + key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      holder.reads.add(prefix + '*');
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string') holder.reads.add(prefix + key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  };
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
