// SPDX-License-Identifier: Apache-2.0
// The one implementation behind the CIS AWS section 4 rules (a metric filter, an alarm and a subscribed
// SNS topic for a kind of CloudTrail event). Each rule passes its event set (monitoring-events.ts); this
// file judges every metric filter of the module by what its parsed pattern matches, then follows the
// chain filter → log group CloudTrail delivers to → alarm on the filter's metric → alarm action → SNS
// topic → subscription, joining by reference or by literal name / ARN.
//
// A module is in scope when it declares a CloudTrail trail or a metric filter over CloudTrail fields: that
// is where account monitoring lives. Other modules (an application stack) get no findings from these rules.

import { awsResources, list, lit, matchesEvent, memoOn, obj, parseFilterPattern, placeholder, selectorsOf, unitWord, Unknown } from '../api';
import type { Attr, AwsModel, CloudModel, CloudTrail, EditTarget, FixOp, FixValue, LogGroup, MetricAlarm, MetricFilter, ModelResource, ModuleContext, PlannedFix, ResourceLink, SnsTopic } from '../api';
import type { MonitoringSpec } from './monitoring-events';

const CLOUDTRAIL_FIELDS = new Set(['eventName', 'eventSource', 'eventType', 'errorCode', 'errorMessage', 'userIdentity', 'sourceIPAddress', 'additionalEventData', 'responseElements', 'requestParameters']);

/** The namespace fixes put new metrics in. */
export const FIX_NAMESPACE = 'CISBenchmark';

// ---- pattern judgement -----------------------------------------------------------------------------

export interface PatternVerdict {
  /** Must-match events the pattern misses, and must-not-match events it catches. */
  missed: string[];
  extra: string[];
  /** Matches every must-match event and none of the others. */
  full: boolean;
  /** Catches at least half of the must-match events and not every other one: meant for this recommendation, but wrong. */
  partial: boolean;
  /** Set when the pattern is beyond the matching budget: nothing else is judged. */
  tooComplex?: string;
}

/**
 * Null when the pattern cannot be parsed (space-delimited patterns): it is not judged. `tooComplex` when
 * it is valid but beyond the matching budget: the rules say they cannot verify it.
 */
export function judgePattern(pattern: string, spec: MonitoringSpec): PatternVerdict | null {
  const parsed = parseFilterPattern(pattern);
  if (!parsed.ok) return parsed.tooComplex ? { missed: [], extra: [], full: false, partial: false, tooComplex: parsed.error } : null;
  const missed = spec.mustMatch.filter((e) => !matchesEvent(parsed.ast, e.event)).map((e) => e.label);
  const extra = spec.mustNotMatch.filter((e) => matchesEvent(parsed.ast, e.event)).map((e) => e.label);
  const caught = spec.mustMatch.length - missed.length;
  const full = missed.length === 0 && extra.length === 0;
  // A pattern that also matches every event it must not (an empty pattern, a bare term) is not specific to
  // this recommendation at all: it is not judged as an attempt at it.
  const specific = extra.length < spec.mustNotMatch.length;
  return { missed, extra, full, partial: !full && specific && caught > 0 && caught >= Math.ceil(spec.mustMatch.length / 2) };
}

function readsCloudTrail(f: MetricFilter): boolean {
  if (typeof f.pattern.value !== 'string') return false;
  const parsed = parseFilterPattern(f.pattern.value);
  return parsed.ok && selectorsOf(parsed.ast).some((s) => CLOUDTRAIL_FIELDS.has(s.split('.')[0]!));
}

function names(items: string[], max = 6): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

// ---- log groups ------------------------------------------------------------------------------------

/** A log group as far as it is known: a resource of the module and/or a literal name. */
interface GroupId {
  resource: string | null;
  name: string | null;
}

type TrailGroup = { kind: 'known'; id: GroupId } | { kind: 'unknown'; attr: Attr<string>; unknown: Unknown } | { kind: 'none' };

// ---- indexes -----------------------------------------------------------------------------------------
// The chain joins filters, trails, log groups, alarms, topics and subscriptions of one module. Each join
// goes through an index built once per model, so a module with thousands of each costs one pass over
// them, not a pass per filter (see docs/limits.md).

interface Indexes {
  /** First log group by address. */
  groupByAddress: Map<string, LogGroup>;
  /** First log group that a trail (by address) delivers to. */
  groupOfTrail: Map<string, LogGroup>;
  /** The log groups the trails deliver to (known ones also by resource and name), and the first trail whose group is unknown. */
  trailGroups?: { known: GroupId[]; unknown: { trail: CloudTrail; group: TrailGroup } | undefined; resources: Set<string>; names: Set<string> };
  /** First topic by address and by name. */
  topicByAddress: Map<string, SnsTopic>;
  topicByName: Map<string, SnsTopic>;
  subscriptions?: { addresses: Set<string>; topics: Set<SnsTopic>; unknown: Unknown | null };
  subscribedTopic?: { topic: SnsTopic | undefined };
  /** Alarms (by index) that link their metric name to a filter, by the filter's address; by literal metric name; with an unknown metric name; with a literal one. */
  alarmsByLink: Map<string, number[]>;
  alarmsByName: Map<string, number[]>;
  alarmsUnknownName: number[];
  alarmsStringName: number[];
}

function firstBy<T>(items: readonly T[], key: (t: T) => string | null | undefined): Map<string, T> {
  const out = new Map<string, T>();
  for (const t of items) {
    const k = key(t);
    if (typeof k === 'string' && !out.has(k)) out.set(k, t);
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function ix(aws: AwsModel): Indexes {
  return memoOn(aws, 'monitoring:indexes', () => indexesOf(aws));
}

function indexesOf(aws: AwsModel): Indexes {
  const groupOfTrail = new Map<string, LogGroup>();
  for (const g of aws.logGroups) for (const t of g.deliveredBy) if (!groupOfTrail.has(t)) groupOfTrail.set(t, g);
  const x: Indexes = {
    groupByAddress: firstBy(aws.logGroups, (g) => g.address),
    groupOfTrail,
    topicByAddress: firstBy(aws.snsTopics, (t) => t.address),
    topicByName: firstBy(aws.snsTopics, (t) => (typeof t.name.value === 'string' ? t.name.value : null)),
    alarmsByLink: new Map(),
    alarmsByName: new Map(),
    alarmsUnknownName: [],
    alarmsStringName: [],
  };
  aws.metricAlarms.forEach((a, i) => {
    if (a.metricName.resource !== null) push(x.alarmsByLink, a.metricName.resource, i);
    const name = a.metricName.attr.value;
    if (name instanceof Unknown) x.alarmsUnknownName.push(i);
    else if (typeof name === 'string') {
      x.alarmsStringName.push(i);
      push(x.alarmsByName, name, i);
    }
  });
  return x;
}

function groupName(aws: AwsModel, address: string): string | null {
  const g = ix(aws).groupByAddress.get(address);
  return g && typeof g.name.value === 'string' ? g.name.value : null;
}

/** `arn:aws:logs:us-east-1:111122223333:log-group:NAME:*` → NAME. */
function nameFromArn(arn: string): string | null {
  const m = /^arn:[\w-]+:logs:[^:]*:[^:]*:log-group:([^:]+)(:\*)?$/.exec(arn);
  return m ? m[1]! : null;
}

function trailGroup(aws: AwsModel, trail: CloudTrail): TrailGroup {
  const g = ix(aws).groupOfTrail.get(trail.address);
  if (g) return { kind: 'known', id: { resource: g.address, name: groupName(aws, g.address) } };
  const a = trail.cloudWatchLogsGroupArn;
  if (!a.present) return { kind: 'none' };
  if (a.value instanceof Unknown) return { kind: 'unknown', attr: a, unknown: a.value };
  if (typeof a.value === 'string') {
    const name = nameFromArn(a.value);
    if (name) return { kind: 'known', id: { resource: null, name } };
  }
  return { kind: 'unknown', attr: a, unknown: new Unknown('type-error', a.ref.span, `${JSON.stringify(a.value)} is not a CloudWatch Logs log group ARN`) };
}

function filterGroup(aws: AwsModel, f: MetricFilter): GroupId | Unknown {
  const l = f.logGroup;
  if (l.resource) return { resource: l.resource, name: groupName(aws, l.resource) };
  if (typeof l.attr.value === 'string') return { resource: null, name: l.attr.value };
  if (l.attr.value instanceof Unknown) return l.attr.value;
  return new Unknown('type-error', l.attr.ref.span, 'the filter names no log group');
}


// ---- the chain -------------------------------------------------------------------------------------

type Issue =
  | { kind: 'violation'; resource: ModelResource; at: Attr<unknown> | ModelResource; message: string; fixes: PlannedFix[] }
  | { kind: 'unknown'; resource: ModelResource; at: Attr<unknown> | ModelResource; unknown: Unknown; what: string };

const resourceName = (address: string): string => address.slice(address.lastIndexOf('.') + 1);

function linkIs(l: ResourceLink, address: string): boolean {
  return l.resource === address;
}

function alarmWatches(a: MetricAlarm, f: MetricFilter): boolean | Unknown {
  if (linkIs(a.metricName, f.address)) return true;
  const name = a.metricName.attr.value;
  if (name instanceof Unknown) return name;
  if (typeof name !== 'string') return false;
  if (f.metricName.value instanceof Unknown) return f.metricName.value;
  if (name !== f.metricName.value) return false;
  if (linkIs(a.namespace, f.address)) return true;
  const ns = a.namespace.attr.value;
  if (ns instanceof Unknown) return ns;
  if (f.metricNamespace.value instanceof Unknown) return f.metricNamespace.value;
  return ns === f.metricNamespace.value;
}

function topicOfArn(aws: AwsModel, arn: string): SnsTopic | undefined {
  return ix(aws).topicByName.get(arn.slice(arn.lastIndexOf(':') + 1));
}

/**
 * Whether a topic has a subscription: true, false, or the unknown that keeps us from knowing (the first
 * subscription whose topic is not known, whichever topic is asked about).
 */
function subscribed(aws: AwsModel, t: SnsTopic): true | false | Unknown {
  if (t.inlineSubscriptions > 0) return true;
  const x = ix(aws);
  if (!x.subscriptions) {
    const subs = { addresses: new Set<string>(), topics: new Set<SnsTopic>(), unknown: null as Unknown | null };
    for (const s of aws.snsSubscriptions) {
      if (s.topic.resource !== null) subs.addresses.add(s.topic.resource);
      const v = s.topic.attr.value;
      const byArn = typeof v === 'string' ? topicOfArn(aws, v) : undefined;
      if (byArn) subs.topics.add(byArn);
      if (v instanceof Unknown && s.topic.resource === null) subs.unknown ??= v;
    }
    x.subscriptions = subs;
  }
  if (x.subscriptions.addresses.has(t.address) || x.subscriptions.topics.has(t)) return true;
  return x.subscriptions.unknown ?? false;
}

/** A topic of the module with a subscription, to point new alarms at. */
function subscribedTopic(aws: AwsModel): SnsTopic | undefined {
  const x = ix(aws);
  x.subscribedTopic ??= { topic: aws.snsTopics.find((t) => subscribed(aws, t) === true) };
  return x.subscribedTopic.topic;
}

function topicRef(t: { address: string }): FixValue {
  return { kind: 'reference', terraform: `${t.address}.arn`, cloudformation: { ref: t.address } };
}

function emailPlaceholder(platform: string): FixValue {
  return { kind: 'placeholder', name: platform === 'terraform' ? 'alarm_notification_email' : 'AlarmNotificationEmail', description: 'Email address that receives CIS monitoring alarms' };
}

function subscriptionValues(platform: string): [string[], FixValue][] {
  return platform === 'terraform'
    ? [
        [['protocol'], lit('email')],
        [['endpoint'], emailPlaceholder(platform)],
      ]
    : [
        [['Protocol'], lit('email')],
        [['Endpoint'], emailPlaceholder(platform)],
      ];
}

/** A new subscription of an existing topic, written as one group of arguments after the topic reference. */
function subscribeOp(topic: SnsTopic): FixOp {
  const values = subscriptionValues(topic.platform);
  const target = topic.newSubscriptionTarget;
  if (target.kind !== 'new-resource') return { op: 'create', target, values };
  return { op: 'create', target: { ...target, preamble: [...target.preamble, ...values.map(([p, v]): [string, FixValue] => [p[0]!, v])] }, values: [] };
}

/** Names already used by resources of the model (addresses, collected once per model), plus the ones a fix picks. */
class Taken {
  private readonly added = new Set<string>();
  constructor(private readonly base: ReadonlySet<string>) {}
  has(name: string): boolean {
    return this.base.has(name) || this.added.has(name);
  }
  add(name: string): void {
    this.added.add(name);
  }
}

function taken(aws: AwsModel): Taken {
  const addresses = memoOn(aws, 'monitoring:taken', () => new Set(awsResources(aws).map((r) => r.address)));
  return new Taken(addresses);
}

function free(used: Taken, wanted: string, sep: string): string {
  let name = wanted;
  for (let n = 2; used.has(name); n++) name = `${wanted}${sep}${n}`;
  used.add(name);
  return name;
}

function newTarget(anchor: ModelResource, resourceType: string, name: string): EditTarget | null {
  const t = anchor.target;
  if (t.platform === 'terraform') {
    if (t.kind !== 'block') return null;
    return { platform: 'terraform', kind: 'new-resource', file: t.file, after: t.block, resourceType, name, preamble: [] };
  }
  if (t.kind !== 'resource') return null;
  return { platform: 'cloudformation', kind: 'new-resource', file: t.file, after: t.resource, logicalId: name, resourceType, preamble: [] };
}

/**
 * What new alarms notify: the module's subscribed topic when there is one, else the ARN of a topic for
 * the user to fill in. (A new topic is not created: CloudWatch alarms can only publish to an encrypted
 * topic through a customer-managed KMS key whose policy admits CloudWatch, which needs the user's key.)
 */
function notificationOps(aws: AwsModel, anchor: ModelResource): { ops: FixOp[]; topic: FixValue } {
  const existing = subscribedTopic(aws);
  if (existing) return { ops: [], topic: topicRef(existing) };
  return {
    ops: [],
    topic: placeholder(anchor, 'alarm_sns_topic_arn', 'ARN of the SNS topic (with a subscription) that CIS monitoring alarms notify'),
  };
}

function alarmValues(platform: string, spec: MonitoringSpec, metric: { name: FixValue; namespace: FixValue }, topic: FixValue): [string[], FixValue][] {
  if (platform === 'terraform') {
    return [
      [['alarm_name'], lit(`cis-${spec.tfName.replace(/_/g, '-')}`)],
      [['alarm_description'], lit(`CloudTrail recorded ${spec.subject}.`)],
      [['metric_name'], metric.name],
      [['namespace'], metric.namespace],
      [['statistic'], lit('Sum')],
      [['period'], lit(300)],
      [['evaluation_periods'], lit(1)],
      [['threshold'], lit(1)],
      [['comparison_operator'], lit('GreaterThanOrEqualToThreshold')],
      [['treat_missing_data'], lit('notBreaching')],
      [['alarm_actions'], list(topic)],
    ];
  }
  return [
    [['AlarmDescription'], lit(`CloudTrail recorded ${spec.subject}.`)],
    [['MetricName'], metric.name],
    [['Namespace'], metric.namespace],
    [['Statistic'], lit('Sum')],
    [['Period'], lit(300)],
    [['EvaluationPeriods'], lit(1)],
    [['Threshold'], lit(1)],
    [['ComparisonOperator'], lit('GreaterThanOrEqualToThreshold')],
    [['TreatMissingData'], lit('notBreaching')],
    [['AlarmActions'], list(topic)],
  ];
}

/** A fix that adds an alarm (and a subscribed topic when needed) on an existing filter's metric. */
function addAlarmFix(aws: AwsModel, spec: MonitoringSpec, f: MetricFilter): PlannedFix[] {
  const used = taken(aws);
  const notify = notificationOps(aws, f);
  let metric: { name: FixValue; namespace: FixValue };
  if (f.platform === 'terraform') {
    metric = {
      name: { kind: 'reference', terraform: `${f.address}.metric_transformation[0].name`, cloudformation: { ref: '' } },
      namespace: { kind: 'reference', terraform: `${f.address}.metric_transformation[0].namespace`, cloudformation: { ref: '' } },
    };
  } else {
    if (typeof f.metricName.value !== 'string' || typeof f.metricNamespace.value !== 'string') return [];
    metric = { name: lit(f.metricName.value), namespace: lit(f.metricNamespace.value) };
  }
  const name = f.platform === 'terraform' ? free(used, `aws_cloudwatch_metric_alarm.${spec.tfName}`, '_') : free(used, `${spec.cfnName}Alarm`, '');
  const target = newTarget(f, f.platform === 'terraform' ? 'aws_cloudwatch_metric_alarm' : 'AWS::CloudWatch::Alarm', resourceName(name));
  if (!target) return [];
  return [{ id: 'add-alarm', title: `Add an alarm on this filter's metric that notifies an SNS topic`, safety: 'unsafe', ops: [...notify.ops, { op: 'create', target, values: alarmValues(f.platform, spec, metric, notify.topic) }] }];
}

/** Whether alarm `a` notifies a subscribed topic; otherwise the issues found on the way. */
function alarmNotifies(aws: AwsModel, a: MetricAlarm): true | Issue[] {
  const issues: Issue[] = [];
  if (a.actions.length === 0) {
    const notify = notificationOps(aws, a);
    const fixes: PlannedFix[] =
      a.actionsAttr.location
        ? [{ id: 'add-alarm-action', title: 'Notify an SNS topic when the alarm fires', safety: 'unsafe', ops: [...notify.ops, { op: 'set', location: a.actionsAttr.location, value: list(notify.topic) }] }]
        : [];
    return [{ kind: 'violation', resource: a, at: a.actionsAttr, message: `Alarm ${a.address} has no alarm actions, so nobody is told when it fires.`, fixes }];
  }
  for (const action of a.actions) {
    let topic: SnsTopic | undefined;
    if (action.resource) topic = ix(aws).topicByAddress.get(action.resource);
    else if (typeof action.attr.value === 'string') {
      const arn = action.attr.value;
      if (!arn.startsWith('arn:') || !arn.includes(':sns:')) continue;
      topic = topicOfArn(aws, arn);
      if (!topic) {
        issues.push({ kind: 'unknown', resource: a, at: action.attr, unknown: new Unknown('reference', action.attr.ref.span, `the SNS topic ${arn}, which this ${unitWord(a)} does not declare`), what: `that the alarm's topic has a subscription` });
        continue;
      }
    } else if (action.attr.value instanceof Unknown) {
      issues.push({ kind: 'unknown', resource: a, at: action.attr, unknown: action.attr.value, what: `which SNS topic alarm ${a.address} notifies` });
      continue;
    }
    if (!topic) continue;
    const s = subscribed(aws, topic);
    if (s === true) return true;
    if (s instanceof Unknown) {
      issues.push({ kind: 'unknown', resource: topic, at: topic, unknown: s, what: `that SNS topic ${topic.address} has a subscription` });
      continue;
    }
    issues.push({
      kind: 'violation',
      resource: topic,
      at: topic,
      message: `SNS topic ${topic.address}, which alarm ${a.address} notifies, has no subscription, so the alarm reaches nobody.`,
      fixes: [{ id: 'add-subscription', title: 'Subscribe an email address to the topic', safety: 'unsafe', ops: [subscribeOp(topic)] }],
    });
  }
  if (issues.length === 0) {
    issues.push({ kind: 'violation', resource: a, at: a.actionsAttr, message: `Alarm ${a.address} notifies no SNS topic, so nobody is told when it fires.`, fixes: [] });
  }
  return issues;
}

/**
 * The alarms whose alarmWatches(a, f) can be other than false, in model order: those linked to the filter,
 * those with its metric name, and the first one (not linked) that answers with an unknown, which is all
 * the caller keeps of unknowns. The same answers as a pass over every alarm, at the cost of the matches.
 */
function candidateAlarms(aws: AwsModel, f: MetricFilter): MetricAlarm[] {
  const x = ix(aws);
  const linked = x.alarmsByLink.get(f.address) ?? [];
  const linkedSet = new Set(linked);
  const firstNotLinked = (list: readonly number[]): number[] => {
    for (const i of list) if (!linkedSet.has(i)) return [i];
    return [];
  };
  const byName = f.metricName.value instanceof Unknown ? firstNotLinked(x.alarmsStringName) : typeof f.metricName.value === 'string' ? (x.alarmsByName.get(f.metricName.value) ?? []) : [];
  const all = [...new Set([...linked, ...firstNotLinked(x.alarmsUnknownName), ...byName])].sort((a, b) => a - b);
  return all.map((i) => aws.metricAlarms[i]!);
}

/** The chain after a filter whose pattern is right: its log group, an alarm, a subscribed topic. */
function chainIssues(aws: AwsModel, spec: MonitoringSpec, f: MetricFilter): Issue[] {
  // 1. The filter must read the log group the module's trail delivers to.
  if (aws.cloudTrails.length > 0) {
    const fg = filterGroup(aws, f);
    const x = ix(aws);
    if (!x.trailGroups) {
      const groups = aws.cloudTrails.map((t) => ({ trail: t, group: trailGroup(aws, t) }));
      const known = groups.flatMap((g) => (g.group.kind === 'known' ? [g.group.id] : []));
      const resources = new Set(known.flatMap((k) => (k.resource !== null ? [k.resource] : [])));
      const groupNames = new Set(known.flatMap((k) => (k.name !== null ? [k.name] : [])));
      x.trailGroups = { known, unknown: groups.find((g) => g.group.kind === 'unknown'), resources, names: groupNames };
    }
    const { known, unknown, resources, names: groupNames } = x.trailGroups;
    if (fg instanceof Unknown) {
      if (!f.logGroup.attr.present) return [{ kind: 'violation', resource: f, at: f.logGroup.attr, message: `Metric filter ${f.address} names no log group.`, fixes: [] }];
      return [{ kind: 'unknown', resource: f, at: f.logGroup.attr, unknown: fg, what: `that ${f.address} reads the log group CloudTrail delivers to` }];
    }
    // known.some((k) => sameGroup(k, fg)), by lookup.
    if (!((fg.resource !== null && resources.has(fg.resource)) || (fg.name !== null && groupNames.has(fg.name)))) {
      if (unknown && unknown.group.kind === 'unknown') return [{ kind: 'unknown', resource: unknown.trail, at: unknown.group.attr, unknown: unknown.group.unknown, what: `that ${f.address} reads the log group trail ${unknown.trail.address} delivers to` }];
      const shown = fg.name ?? fg.resource ?? '?';
      if (known.length === 0) {
        const t = aws.cloudTrails[0]!;
        return [{ kind: 'violation', resource: t, at: t.cloudWatchLogsGroupArn, message: `Trail ${t.address} does not send events to CloudWatch Logs, so metric filter ${f.address} (on ${shown}) never sees them.`, fixes: [] }];
      }
      const target = known[0]!;
      const value: FixValue | null = target.resource
        ? { kind: 'reference', terraform: `${target.resource}.name`, cloudformation: { ref: target.resource } }
        : target.name
          ? lit(target.name)
          : null;
      const fixes: PlannedFix[] =
        value && f.logGroup.attr.location ? [{ id: 'use-trail-log-group', title: "Read the trail's log group", safety: 'unsafe', ops: [{ op: 'set', location: f.logGroup.attr.location, value }] }] : [];
      return [{ kind: 'violation', resource: f, at: f.logGroup.attr, message: `Metric filter ${f.address} reads log group ${shown}, but CloudTrail delivers to ${target.name ?? target.resource}.`, fixes }];
    }
  }
  // 2. An alarm on the filter's metric that notifies a subscribed topic.
  const watching: MetricAlarm[] = [];
  let possible: Unknown | null = null;
  for (const a of candidateAlarms(aws, f)) {
    const w = alarmWatches(a, f);
    if (w === true) watching.push(a);
    else if (w instanceof Unknown) possible ??= w;
  }
  if (watching.length === 0) {
    if (possible) return [{ kind: 'unknown', resource: f, at: f, unknown: possible, what: `which alarm watches the metric of ${f.address}` }];
    const metric = typeof f.metricName.value === 'string' ? ` (${typeof f.metricNamespace.value === 'string' ? `${f.metricNamespace.value}/` : ''}${f.metricName.value})` : '';
    return [{ kind: 'violation', resource: f, at: f, message: `No CloudWatch alarm watches the metric of ${f.address}${metric}, so ${spec.subject} raise no alert.`, fixes: addAlarmFix(aws, spec, f) }];
  }
  const issues: Issue[] = [];
  for (const a of watching) {
    const r = alarmNotifies(aws, a);
    if (r === true) return [];
    issues.push(...r);
  }
  return issues;
}

function emit(ctx: ModuleContext, issues: Issue[]): void {
  // When something cannot be known, violations elsewhere in the chain may be moot: report the unknowns only.
  const unknowns = issues.filter((i) => i.kind === 'unknown');
  for (const i of unknowns.length > 0 ? unknowns : issues) {
    if (i.kind === 'unknown') ctx.cannotVerify(i.resource, i.at, i.unknown, i.what);
    else ctx.report(i.resource, i.at, i.message, { fixes: i.fixes });
  }
}

// ---- the missing case ------------------------------------------------------------------------------

function missingFix(aws: AwsModel, spec: MonitoringSpec, platform: string): PlannedFix[] {
  const anchor: ModelResource | undefined = aws.cloudTrails[0] ?? aws.metricFilters[0];
  if (!anchor || anchor.platform !== platform) return [];
  const used = taken(aws);
  // The log group: the trail's, when it is known; otherwise a value for the user to fill in.
  const tg = aws.cloudTrails.length > 0 ? trailGroup(aws, aws.cloudTrails[0]!) : ({ kind: 'none' } as TrailGroup);
  let group: FixValue;
  if (tg.kind === 'known' && tg.id.resource) group = { kind: 'reference', terraform: `${tg.id.resource}.name`, cloudformation: { ref: tg.id.resource } };
  else if (tg.kind === 'known' && tg.id.name) group = lit(tg.id.name);
  else group = { kind: 'placeholder', name: platform === 'terraform' ? 'cloudtrail_log_group_name' : 'CloudTrailLogGroupName', description: 'Name of the CloudWatch Logs log group CloudTrail delivers to' };
  const notify = notificationOps(aws, anchor);
  const ops: FixOp[] = [];
  if (platform === 'terraform') {
    const fname = resourceName(free(used, `aws_cloudwatch_log_metric_filter.${spec.tfName}`, '_'));
    const aname = resourceName(free(used, `aws_cloudwatch_metric_alarm.${spec.tfName}`, '_'));
    const ft = newTarget(anchor, 'aws_cloudwatch_log_metric_filter', fname);
    const at = newTarget(anchor, 'aws_cloudwatch_metric_alarm', aname);
    if (!ft || !at) return [];
    ops.push({
      op: 'create',
      target: ft,
      values: [
        [['name'], lit(`cis-${spec.tfName.replace(/_/g, '-')}`)],
        [['log_group_name'], group],
        [['pattern'], lit(spec.pattern)],
        [['metric_transformation', 'name'], lit(spec.metricName)],
        [['metric_transformation', 'namespace'], lit(FIX_NAMESPACE)],
        [['metric_transformation', 'value'], lit('1')],
      ],
    });
    ops.push(...notify.ops);
    const ref = (attr: string): FixValue => ({ kind: 'reference', terraform: `aws_cloudwatch_log_metric_filter.${fname}.metric_transformation[0].${attr}`, cloudformation: { ref: '' } });
    ops.push({ op: 'create', target: at, values: alarmValues(platform, spec, { name: ref('name'), namespace: ref('namespace') }, notify.topic) });
  } else {
    const ft = newTarget(anchor, 'AWS::Logs::MetricFilter', free(used, `${spec.cfnName}MetricFilter`, ''));
    const at = newTarget(anchor, 'AWS::CloudWatch::Alarm', free(used, `${spec.cfnName}Alarm`, ''));
    if (!ft || !at) return [];
    ops.push({
      op: 'create',
      target: ft,
      values: [
        [['LogGroupName'], group],
        [['FilterPattern'], lit(spec.pattern)],
        [['MetricTransformations'], list(obj(['MetricName', lit(spec.metricName)], ['MetricNamespace', lit(FIX_NAMESPACE)], ['MetricValue', lit('1')]))],
      ],
    });
    ops.push(...notify.ops);
    ops.push({ op: 'create', target: at, values: alarmValues(platform, spec, { name: lit(spec.metricName), namespace: lit(FIX_NAMESPACE) }, notify.topic) });
  }
  return [{ id: 'add-monitoring', title: `Add a metric filter and an alarm for ${spec.subject}`, safety: 'unsafe', ops }];
}

// ---- the rule ----------------------------------------------------------------------------------------

export function checkMonitoring(spec: MonitoringSpec, model: CloudModel, ctx: ModuleContext): void {
  const aws = model.aws;
  if (aws.cloudTrails.length === 0 && !aws.metricFilters.some(readsCloudTrail)) {
    // Nothing records the API calls, so nothing can alert on them: the control is missing, not moot.
    ctx.reportMissing(`No CloudTrail trail, and no metric filter on CloudTrail's log group, in this ${unitWord(ctx)}, so nothing alerts on ${spec.subject}.`, {
      fixes: missingFix(aws, spec, ctx.platform),
    });
    return;
  }

  const full: MetricFilter[] = [];
  const partial: { f: MetricFilter; verdict: PatternVerdict }[] = [];
  const unknownPatterns: { f: MetricFilter; unknown: Unknown }[] = [];
  for (const f of aws.metricFilters) {
    const p = f.pattern.value;
    if (p instanceof Unknown) {
      unknownPatterns.push({ f, unknown: p });
      continue;
    }
    if (typeof p !== 'string') continue;
    const verdict = judgePattern(p, spec);
    if (!verdict) continue;
    if (verdict.tooComplex !== undefined) {
      unknownPatterns.push({ f, unknown: new Unknown('expression', f.pattern.ref.span, `a matching limit (${verdict.tooComplex})`, { kind: 'limit', what: 'metric filter pattern matching' }) });
      continue;
    }
    if (verdict.full) full.push(f);
    else if (verdict.partial) partial.push({ f, verdict });
  }

  if (full.length > 0) {
    const all: Issue[][] = [];
    for (const f of full) {
      const issues = chainIssues(aws, spec, f);
      if (issues.length === 0) {
        ctx.present(f);
        return;
      }
      all.push(issues);
    }
    for (const issues of all) emit(ctx, issues);
    return;
  }

  for (const { f, verdict } of partial) {
    const parts: string[] = [];
    if (verdict.missed.length > 0) parts.push(`misses ${names(verdict.missed)}`);
    if (verdict.extra.length > 0) parts.push(`also matches ${names(verdict.extra)}`);
    const fixes: PlannedFix[] = f.pattern.location
      ? [{ id: 'set-pattern', title: `Match exactly the ${spec.subject} events`, safety: 'unsafe', ops: [{ op: 'set', location: f.pattern.location, value: lit(spec.pattern) }] }]
      : [];
    ctx.report(f, f.pattern, `The pattern of ${f.address} is meant for ${spec.subject} but ${parts.join(' and ')}.`, { fixes });
  }
  for (const { f, unknown } of unknownPatterns) ctx.cannotVerify(f, f.pattern, unknown, `whether the pattern of ${f.address} catches ${spec.subject}`);
  if (partial.length > 0 || unknownPatterns.length > 0) return;

  ctx.reportMissing(`No CloudWatch Logs metric filter and alarm watch CloudTrail for ${spec.subject}.`, { fixes: missingFix(aws, spec, ctx.platform) });
}

// ---- shared metadata -------------------------------------------------------------------------------

export const MONITORING_RESOURCE_TYPES = {
  terraform: ['aws_cloudwatch_log_metric_filter', 'aws_cloudwatch_metric_alarm', 'aws_sns_topic', 'aws_sns_topic_subscription', 'aws_cloudwatch_log_group', 'aws_cloudtrail'],
  cloudformation: ['AWS::Logs::MetricFilter', 'AWS::CloudWatch::Alarm', 'AWS::SNS::Topic', 'AWS::SNS::Subscription', 'AWS::Logs::LogGroup', 'AWS::CloudTrail::Trail'],
};

export const MONITORING_LINKS = [
  'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
  'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
  'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html',
];

export function monitoringRemediation(subject: string): string {
  return (
    `Terraform: add an \`aws_cloudwatch_log_metric_filter\` on the trail's log group whose \`pattern\` matches ${subject}, an \`aws_cloudwatch_metric_alarm\` on its metric ` +
    `(threshold 1, statistic Sum) with \`alarm_actions\` pointing at an \`aws_sns_topic\`, and an \`aws_sns_topic_subscription\` for that topic. CloudFormation: the same with ` +
    '`AWS::Logs::MetricFilter`, `AWS::CloudWatch::Alarm` (`AlarmActions`) and `AWS::SNS::Topic` with a `Subscription` or an `AWS::SNS::Subscription`. The quick fix adds ' +
    "the filter and the alarm; the alarm notifies the module's subscribed topic, or a topic ARN you fill in (as does the log group name when the trail's log group is not known)."
  );
}

export const MONITORING_MAPPING_NOTE =
  'SOC 2 CC7.2/CC7.3 and NIST AU-6/SI-4 are mapped by control concept (detecting and evaluating security events through log monitoring with alerting); further ids come from the CIS mappings in the reference data.';
