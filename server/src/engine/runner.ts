// SPDX-License-Identifier: Apache-2.0
// Runs rules over a model and collects findings. A rule that throws is a bug in the rule, not in the user's
// code: it is reported as one information finding and the other rules still run.

import type { Provenance, Unknown, UnknownRef } from '../core/value';
import { firstUnknown, showValue } from '../core/value';
import type { Attr } from '../model/attr';
import type { AwsModel, CloudModel } from '../model/model';
import { catalogKind } from '../model/model';
import type { ModelResource } from '../model/resource';
import type { Platform, SourceRef } from '../model/source';
import type { CheckContext, FindingLevel, ModuleContext, ModuleRule, PlannedFix, ReportOptions, Rule, Severity } from './rule-api';
import { cloudInfo, ruleCloud } from './clouds';
import { memoOn } from './model-memo';
import type { Cloud } from './clouds';

export interface Finding {
  ruleId: string;
  level: FindingLevel;
  /**
   * `violation`: the rule failed; `unverifiable`: a value it needs is unknown (information level);
   * `missing`: an account-level control is absent from the whole module/template (audit only).
   */
  kind: 'violation' | 'unverifiable' | 'missing';
  message: string;
  ref: SourceRef;
  /** The resource's address (`aws_s3_bucket.logs`) or logical id. */
  resource: string;
  platform: Platform;
  fixes: PlannedFix[];
  /** Unverifiable findings: what the value depends on, as data. */
  unknown?: UnknownRef;
  /** The defaults and inputs the reported value came through (see Attr.via); the message names them. */
  via?: readonly Provenance[];
  /**
   * A finding of a module instance reported at the module call: the path of calls and the resource in the
   * module (`module.db.aws_db_instance.this`).
   */
  module?: string;
  /** The resource exists only for some values of this unknown (see CloudModel.conditional). */
  condition?: Unknown;
  /**
   * CloudFormation: the finding holds only in some scenarios of conditions the deployment decides
   * (service/cfn-scenarios.ts): any one of these conjunctions of condition values.
   */
  when?: readonly (readonly ConditionValue[])[];
}

/** A CloudFormation condition with the value a scenario gives it. */
export interface ConditionValue {
  condition: string;
  value: boolean;
}

/** Per rule: the resources it assessed (for audit pass rates) and its findings. */
export interface RuleRun {
  rule: Rule;
  assessed: ModelResource[];
  /**
   * Account-level (module rules, and resource rules with `meta.presence`), per module or template:
   * `present` (the control exists, `evidence` names what shows it), `violation` (it exists, wrongly
   * configured), `unknown` (whether it exists or is right depends on unknown values), `missing`, `n/a` (the
   * rule said why it cannot apply), or `out-of-scope` (the module does not use AWS, or its platform cannot
   * express the control: looking there shows nothing either way).
   */
  project?: 'present' | 'violation' | 'unknown' | 'missing' | 'n/a' | 'out-of-scope';
  /** The resources that evidence a present control. */
  evidence?: ModelResource[];
  /** Where a project-level run looked: the module's anchor file (its main.tf) or the template. */
  anchor?: SourceRef;
  /** Why the control does not apply here (`project: 'n/a'`), or why it was not searched (`out-of-scope`). */
  reason?: string;
  /** `out-of-scope` because the module or template does not use the rule's cloud (not for other reasons). */
  cloudUnused?: true;
  /**
   * Resources of a workspace module instantiated by a module call of this root (`module.db`), as the rule
   * judged them with the call's arguments: evidence by their full address, at the call.
   */
  instances?: InstanceJudged[];
}

export interface InstanceJudged {
  /** `module.db.aws_db_instance.this`. */
  address: string;
  /** The call (`module "db" {`) in the root module. */
  at: SourceRef;
  /** The rule's findings on this resource in this instance, before any were moved to the call. */
  findings: Finding[];
}

export interface RunResult {
  findings: Finding[];
  runs: RuleRun[];
}

function isAttr(x: unknown): x is Attr<unknown> {
  return typeof x === 'object' && x !== null && 'present' in x && 'ref' in x && 'location' in x;
}

function isResource(x: unknown): x is ModelResource {
  return typeof x === 'object' && x !== null && 'address' in x && 'target' in x;
}

/** "a default of var.x (false)", "parameter P's default ("0.0.0.0/0")", ... for messages. */
export function describeProvenance(p: Provenance): string {
  const v = showValue(p.value);
  switch (p.kind) {
    case 'variable-default':
      return `the default value of ${p.name} (${v})`;
    case 'tfvars':
      return `${p.name} = ${v} from ${basename(p.ref.file)}`;
    case 'cli-var':
      return `${p.name} = ${v} from the command line`;
    case 'setting-var':
      return `${p.name} = ${v} from the var files in the settings`;
    case 'module-argument':
      return `${p.name} = ${v} in ${p.module ?? 'the module call'}`;
    case 'parameter-default':
      return `the default value of ${p.name} (${v})`;
    case 'parameter-allowed':
      return `the only allowed value of ${p.name} (${v})`;
    case 'parameter-file':
      return `${p.name} = ${v} from ${basename(p.ref.file)}`;
  }
}

function basename(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

/** The message with where its value came from: "..., with the default value of var.x (false)." */
export function withProvenance(message: string, via: readonly Provenance[] | undefined): string {
  if (!via || via.length === 0) return message;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const p of via) {
    // An input that is itself unknown decided nothing the message could name.
    if (firstUnknown(p.value)) continue;
    const d = describeProvenance(p);
    if (seen.has(d)) continue;
    seen.add(d);
    parts.push(d);
  }
  // A value computed from many inputs names the first three; the rest are in `via` (and relatedInformation).
  const shown = parts.length > 3 ? [...parts.slice(0, 3), `${parts.length - 3} more`] : parts;
  if (shown.length === 0) return message;
  return `${message.replace(/\.\s*$/, '')}, with ${shown.join(' and ')}.`;
}

function viaOf(at: Attr<unknown> | SourceRef | ModelResource): readonly Provenance[] | undefined {
  // A SourceRef may carry `via` too (a list's ref: SecurityGroupRule.cidrsRef).
  const via = isAttr(at) || !isResource(at) ? (at as { via?: readonly Provenance[] }).via : undefined;
  return via && via.length > 0 ? via : undefined;
}

/**
 * A violation's fields. `via` keeps the defaults and inputs the value came through; the analysis service
 * names them in the message once findings are final (module findings move to the call and drop the
 * module's internal steps first).
 */
function violation(at: Attr<unknown> | SourceRef | ModelResource, message: string, secret = false): { message: string; ref: SourceRef; via?: readonly Provenance[] } {
  const found = viaOf(at);
  const via = found && secret ? found.map((p) => ({ ...p, value: SECRET_MASK })) : found;
  return via ? { message, ref: refOf(at), via } : { message, ref: refOf(at) };
}

const SEVERITY_ORDER: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

/** A finding's severity: the rule's, or the lower one the finding asks for (never higher, whatever the project sets). */
function capped(rule: Severity, asked: Severity | undefined): Severity {
  return asked !== undefined && SEVERITY_ORDER.indexOf(asked) < SEVERITY_ORDER.indexOf(rule) ? asked : rule;
}

/** What the value of an input that carried a credential is shown as (like a NoEcho parameter's). */
const SECRET_MASK = '****';

function refOf(at: Attr<unknown> | SourceRef | ModelResource): SourceRef {
  if (isAttr(at)) return at.ref;
  if (isResource(at)) return at.ref;
  return at;
}

/** Every resource of a model: the typed lists and the catalog kinds (computed once per model). */
export function modelResources(model: CloudModel): ModelResource[] {
  return awsResources(model.aws);
}

/**
 * modelResources from the model's `aws` lists, built once per lists object: rules given only `aws` (the
 * monitoring helpers) share the list instead of flattening the lists again (each keystroke builds a model).
 */
export function awsResources(aws: AwsModel): ModelResource[] {
  return memoOn(aws, 'modelResources', () => {
    const { catalog, ...typed } = aws;
    return [...(Object.values(typed) as ModelResource[][]).flat(), ...Object.values(catalog).flat()];
  });
}

export interface RunOptions {
  /** Where project-level findings go: the module's main.tf (or first file), or the template. */
  anchor: SourceRef;
  platform: Platform;
  /**
   * The clouds the module uses (resources, data sources, providers; engine/clouds.ts): account-level
   * controls of a cloud are judged only where it is used. Templates use AWS; undefined counts every cloud
   * as in scope.
   */
  scope?: ReadonlySet<Cloud>;
  /**
   * Resources of the model that are there only for joins (a called module instance's companions, see
   * service/module-joins.ts): resource rules do not judge them, account-level rules count them as present
   * but report nothing on them (they are judged in their own module).
   */
  joinOnly?: (r: ModelResource) => boolean;
}

/** Why an account-level rule is not judged here: its cloud is not used (undefined when it is in scope). */
function outOfScope(rule: Rule, options: RunOptions): string | undefined {
  const cloud = ruleCloud(rule.meta.id);
  if (!options.scope || cloud === undefined || options.scope.has(cloud)) return undefined;
  return `nothing in this ${where(options.platform)} uses ${cloudInfo(cloud).name}`;
}

function where(platform: Platform): string {
  return platform === 'terraform' ? 'module' : 'template';
}

function platformName(platform: Platform): string {
  return platform === 'terraform' ? 'Terraform' : 'CloudFormation';
}

function runModuleRule(rule: ModuleRule, model: CloudModel, options: RunOptions, findings: Finding[]): RuleRun {
  const before = findings.length;
  const evidence: ModelResource[] = [];
  /**
   * What the rule said about resources there only for joins (a called module's): not reported here (their
   * module reports them), but the control's outcome is theirs, never a quiet "present".
   */
  const joined: { resource: ModelResource; kind: 'violation' | 'unverifiable' }[] = [];
  let naReason: string | undefined;
  const push = (f: Omit<Finding, 'ruleId' | 'platform'>): void => void findings.push({ ruleId: rule.meta.id, platform: options.platform, ...f });
  const missing = (message: string, opts?: ReportOptions): void => push({ level: rule.meta.severity, kind: 'missing', message, ref: options.anchor, resource: '(project)', fixes: opts?.fixes ?? [] });
  const ctx: ModuleContext = {
    model,
    platform: options.platform,
    report(resource, at, message, opts) {
      if (options.joinOnly?.(resource)) return void joined.push({ resource, kind: 'violation' });
      push({ level: capped(rule.meta.severity, opts?.severity), kind: 'violation', ...violation(at, message, opts?.secret), resource: resource.address, fixes: opts?.fixes ?? [] });
    },
    cannotVerify(resource, at, unknown, what) {
      if (options.joinOnly?.(resource)) return void joined.push({ resource, kind: 'unverifiable' });
      push({ level: 'info', kind: 'unverifiable', message: `Cannot verify ${what}: ${unknown.describe()}.`, ref: refOf(at), resource: resource.address, fixes: [], unknown: unknown.ref });
    },
    reportMissing: missing,
    present(resource) {
      if (!evidence.includes(resource)) evidence.push(resource);
    },
    notApplicable(reason) {
      naReason = reason;
    },
  };
  try {
    rule.check(model, ctx);
  } catch (e) {
    push({ level: 'info', kind: 'unverifiable', message: `Internal error in rule ${rule.meta.id}: ${e instanceof Error ? e.message : String(e)}`, ref: options.anchor, resource: '(project)', fixes: [] });
  }
  const mine = findings.slice(before);
  const run: RuleRun = { rule, assessed: [], anchor: options.anchor };
  if (mine.some((f) => f.kind === 'missing')) run.project = 'missing';
  else if (mine.some((f) => f.kind === 'violation')) run.project = 'violation';
  else if (mine.length > 0) run.project = 'unknown';
  else if (joined.length > 0) {
    run.project = joined.some((j) => j.kind === 'violation') ? 'violation' : 'unknown';
    for (const j of joined) if (!evidence.includes(j.resource)) evidence.push(j.resource);
  }
  else if (naReason !== undefined) {
    run.project = 'n/a';
    run.reason = naReason;
  } else {
    // A quiet rule: the control is there when the rule said so, or the module declares one of its types.
    const types = new Set(rule.meta.resourceTypes[options.platform] ?? []);
    if (evidence.length === 0) evidence.push(...modelResources(model).filter((r) => r.platform === options.platform && types.has(r.sourceType)));
    if (evidence.length > 0) run.project = 'present';
    else {
      // Nothing judged and nothing shown: never a silent pass.
      missing(`Nothing in this ${where(options.platform)} shows that this control is in place: ${rule.meta.title}.`);
      run.project = 'missing';
    }
  }
  if (evidence.length > 0) run.evidence = evidence;
  return run;
}

export function runRules(model: CloudModel, rules: readonly Rule[], options?: RunOptions): RunResult {
  const findings: Finding[] = [];
  const runs: RuleRun[] = [];
  for (const rule of rules) runs.push(runRule(rule, model, options, findings));
  return { findings, runs };
}

/**
 * The editor's memo of a resource rule's findings per resource (service/tf-reuse.ts): `known` gives those
 * of a resource judged before when they cannot have changed; `begin` and `end` bracket each check.
 */
export interface ResourceMemo {
  known(resource: ModelResource): readonly Finding[] | undefined;
  begin(): void;
  end(resource: ModelResource, found: readonly Finding[]): void;
}

/** One rule of runRules: its findings are appended to `findings`, its run returned. */
export function runRule(rule: Rule, model: CloudModel, options: RunOptions | undefined, findings: Finding[], memo?: ResourceMemo): RuleRun {
  if (rule.target === 'module') {
    const applicable = !!options && (rule.meta.resourceTypes[options.platform]?.length ?? 0) > 0;
    const unused = options && outOfScope(rule, options);
    if (!options) return { rule, assessed: [], project: 'out-of-scope', reason: 'judged on the root module only' };
    if (unused) return { rule, assessed: [], project: 'out-of-scope', anchor: options.anchor, reason: unused, cloudUnused: true };
    if (!applicable) return { rule, assessed: [], project: 'out-of-scope', anchor: options.anchor, reason: `${platformName(options.platform)} cannot define this control` };
    return runModuleRule(rule, model, options, findings);
  }
  const resources: readonly ModelResource[] =
    rule.target === 'catalog' ? catalogKind(model, rule.kind) : (model.aws[rule.target] as AwsModel[typeof rule.target]);
  // Most rules have nothing to judge in a given model (another cloud's, a type it does not use): no
  // context for them, and, unless they decide a presence, one run per rule shared by every model (a run
  // per rule and model, for every instance run of an audit, was its largest allocation).
  if (resources.length === 0) {
    if (!rule.meta.presence || !options) return idleRun(rule);
    const run: RuleRun = { rule, assessed: [] };
    presenceOf(rule, run, options, findings);
    return run;
  }
  return judgeResources(rule, model, resources, options, findings, memo);
}

/**
 * runRule for a resource rule with resources to judge. A function of its own because its closures capture
 * the rule and the findings: V8 allocates the variables closures capture when the function is entered, so
 * in runRule itself every call paid for them, also the great majority that return at once.
 */
function judgeResources(rule: Exclude<Rule, ModuleRule>, model: CloudModel, resources: readonly ModelResource[], options: RunOptions | undefined, findings: Finding[], memo: ResourceMemo | undefined): RuleRun {
  const run: RuleRun = { rule, assessed: [] };
  const checkOne = rule.check as (r: ModelResource, c: CheckContext) => void;
  const applies = rule.applies as ((r: ModelResource, m: CloudModel) => boolean) | undefined;
  // One context per rule, naming the resource being checked (checks are synchronous): a context and
  // two closures per resource and rule were thousands of allocations per keystroke.
  let resource: ModelResource = resources[0]!;
  const ctx: CheckContext = {
    model,
    report(at, message, options?: ReportOptions) {
      findings.push({
        ruleId: rule.meta.id,
        level: capped(rule.meta.severity, options?.severity),
        kind: 'violation',
        ...violation(at, message, options?.secret),
        resource: resource.address,
        platform: resource.platform,
        fixes: options?.fixes ?? [],
      });
    },
    cannotVerify(at, unknown: Unknown, what: string) {
      findings.push({
        ruleId: rule.meta.id,
        level: 'info',
        kind: 'unverifiable',
        message: `Cannot verify ${what}: ${unknown.describe()}.`,
        ref: refOf(at),
        resource: resource.address,
        platform: resource.platform,
        fixes: [],
        unknown: unknown.ref,
      });
    },
  };
  const joinOnly = options?.joinOnly;
  let joined: ModelResource[] | undefined;
  for (const r of resources) {
    // A called module's resource, there only for the root's joins (service/module-joins.ts): not judged here.
    if (joinOnly?.(r)) {
      (joined ??= []).push(r);
      continue;
    }
    if (applies && !applies(r, model)) continue;
    resource = r;
    run.assessed.push(resource);
    const known = memo?.known(r);
    if (known) {
      for (const f of known) findings.push(f);
      continue;
    }
    const start = findings.length;
    memo?.begin();
    try {
      checkOne(resource, ctx);
    } catch (e) {
      findings.push({
        ruleId: rule.meta.id,
        level: 'info',
        kind: 'unverifiable',
        message: `Internal error in rule ${rule.meta.id}: ${e instanceof Error ? e.message : String(e)}`,
        ref: resource.ref,
        resource: resource.address,
        platform: resource.platform,
        fixes: [],
      });
    }
    memo?.end(r, findings.slice(start));
  }
  if (rule.meta.presence && options) presenceOf(rule, run, options, findings, joined?.filter((r) => !applies || applies(r, model)));
  return run;
}

const idleRuns = new WeakMap<Rule, RuleRun>();

/** The run of a rule that judged nothing and decides no presence: the same in every model, frozen, made once per rule. */
function idleRun(rule: Rule): RuleRun {
  let run = idleRuns.get(rule);
  if (!run) {
    run = Object.freeze({ rule, assessed: Object.freeze([]) as unknown as ModelResource[] });
    idleRuns.set(rule, run);
  }
  return run;
}

/** A resource rule whose control is the resource's existence: none where its cloud is used is a missing control. */
function presenceOf(rule: Rule, run: RuleRun, options: RunOptions, findings: Finding[], joined?: readonly ModelResource[]): void {
  run.anchor = options.anchor;
  const unused = outOfScope(rule, options);
  if (unused) {
    run.project = 'out-of-scope';
    run.reason = unused;
    run.cloudUnused = true;
  } else if (run.assessed.length > 0 || (joined?.length ?? 0) > 0) {
    // Made by a module this one calls counts too: the control exists once the configuration is applied.
    run.project = 'present';
    run.evidence = [...run.assessed, ...(joined ?? [])];
  } else if ((rule.meta.resourceTypes[options.platform]?.length ?? 0) === 0) {
    run.project = 'out-of-scope';
    run.reason = `${platformName(options.platform)} cannot define this control`;
  } else {
    run.project = 'missing';
    const message = rule.meta.presence!.replace(/\{where\}/g, where(options.platform));
    findings.push({ ruleId: rule.meta.id, level: rule.meta.severity, kind: 'missing', message, ref: options.anchor, resource: '(project)', platform: options.platform, fixes: [] });
  }
}

