// SPDX-License-Identifier: Apache-2.0
// AWS::Logs::LogGroup, AWS::Logs::MetricFilter, AWS::CloudWatch::Alarm, AWS::SNS::Topic (with its inline
// `Subscription` list) and AWS::SNS::Subscription. Links keep both the logical id they reference (`!Ref`,
// `!GetAtt`, or a `!Sub` that names exactly one resource) and the literal value.

import type { CfnNode } from '../../../parsers/cfn';
import { Unknown } from '../../../core/value';
import type { LogGroup, MetricAlarm, MetricFilter, ResourceLink, SnsSubscription, SnsTopic } from '../../aws/monitoring';
import { asString, ResourceReader } from './read';
import type { CfnContext } from './read';
import { getAttTarget, refTarget } from './refs';
import { presentAttr } from '../../attr';

/** The logical id a node references (`!Ref X`, `!GetAtt X.Attr`, `!Sub '${X.Arn}:*'`) among `ids`. */
function referenced(node: CfnNode | undefined, ids: ReadonlySet<string>): string | null {
  const r = refTarget(node) ?? getAttTarget(node)?.[0];
  if (r !== undefined) return ids.has(r) ? r : null;
  if (node?.type === 'Intrinsic' && node.name === 'Fn::Sub') {
    const arg = node.argument.type === 'Sequence' ? node.argument.items[0] : node.argument;
    if (arg?.type === 'Scalar' && typeof arg.value === 'string') {
      const names = [...arg.value.matchAll(/\$\{([A-Za-z0-9]+)(\.[A-Za-z0-9.]+)?\}/g)].map((m) => m[1]!).filter((n) => ids.has(n));
      if (names.length === 1) return names[0]!;
    }
  }
  return null;
}

function ids(ctx: CfnContext, type: string): Set<string> {
  return new Set(ctx.ofType(type).map((r) => r.logicalId));
}

function link(r: ResourceReader, path: string[], targets: ReadonlySet<string>): ResourceLink {
  return { attr: r.attr(path, asString), resource: referenced(r.node(path), targets) };
}

export function logGroups(ctx: CfnContext): LogGroup[] {
  const groupIds = ids(ctx, 'AWS::Logs::LogGroup');
  // Trails by the log group they reference: one pass over the trails, one lookup per group.
  const byGroup = new Map<string, string[]>();
  for (const t of ctx.ofType('AWS::CloudTrail::Trail').map((x) => new ResourceReader(ctx, x))) {
    const group = referenced(t.node(['CloudWatchLogsLogGroupArn']), groupIds);
    if (typeof group === 'string') {
      const list = byGroup.get(group);
      if (list) list.push(t.logicalId);
      else byGroup.set(group, [t.logicalId]);
    }
  }
  return ctx.ofType('AWS::Logs::LogGroup').map((g) => {
    const r = new ResourceReader(ctx, g);
    return { ...r.base(), name: r.attr(['LogGroupName'], asString), deliveredBy: byGroup.get(g.logicalId) ?? [] };
  });
}

export function metricFilters(ctx: CfnContext): MetricFilter[] {
  const groupIds = ids(ctx, 'AWS::Logs::LogGroup');
  return ctx.ofType('AWS::Logs::MetricFilter').map((f) => {
    const r = new ResourceReader(ctx, f);
    return {
      ...r.base(),
      pattern: r.attr(['FilterPattern'], asString),
      logGroup: link(r, ['LogGroupName'], groupIds),
      metricName: r.attr(['MetricTransformations', '0', 'MetricName'], asString),
      metricNamespace: r.attr(['MetricTransformations', '0', 'MetricNamespace'], asString),
    };
  });
}

export function metricAlarms(ctx: CfnContext): MetricAlarm[] {
  const topicIds = ids(ctx, 'AWS::SNS::Topic');
  const filterIds = ids(ctx, 'AWS::Logs::MetricFilter');
  return ctx.ofType('AWS::CloudWatch::Alarm').map((a) => {
    const r = new ResourceReader(ctx, a);
    const actionsAttr = r.attr<unknown>(['AlarmActions'], (v) => v);
    const actions: ResourceLink[] = [];
    const node = r.node(['AlarmActions']);
    if (node?.type === 'Sequence') {
      // Single actions are read, never written (fixes replace the whole list): no location.
      node.items.forEach((item, i) => actions.push({ attr: { ...r.attr(['AlarmActions', String(i)], asString), location: null }, resource: referenced(item, topicIds) }));
    } else if (actionsAttr.present) {
      const raw = actionsAttr.raw;
      const value = raw instanceof Unknown ? raw : new Unknown('type-error', actionsAttr.ref.span, 'expected a list of ARNs');
      actions.push({ attr: presentAttr<string>(value, actionsAttr.ref, raw ?? null, null), resource: null });
    }
    return { ...r.base(), metricName: link(r, ['MetricName'], filterIds), namespace: link(r, ['Namespace'], filterIds), actionsAttr, actions };
  });
}

export function snsTopics(ctx: CfnContext): SnsTopic[] {
  return ctx.ofType('AWS::SNS::Topic').map((t) => {
    const r = new ResourceReader(ctx, t);
    const subs = r.node(['Subscription']);
    const inline = subs?.type === 'Sequence' ? subs.items.length : subs ? 1 : 0;
    return {
      ...r.base(),
      name: r.attr(['TopicName'], asString),
      inlineSubscriptions: inline,
      newSubscriptionTarget: {
        platform: 'cloudformation',
        kind: 'new-resource',
        file: ctx.file,
        after: t,
        logicalId: ctx.freeLogicalId(`${t.logicalId}Subscription`),
        resourceType: 'AWS::SNS::Subscription',
        preamble: [['TopicArn', { kind: 'reference', terraform: '', cloudformation: { ref: t.logicalId } }]],
      },
    };
  });
}

export function snsSubscriptions(ctx: CfnContext): SnsSubscription[] {
  const topicIds = ids(ctx, 'AWS::SNS::Topic');
  return ctx.ofType('AWS::SNS::Subscription').map((s) => {
    const r = new ResourceReader(ctx, s);
    return { ...r.base(), topic: link(r, ['TopicArn'], topicIds) };
  });
}
