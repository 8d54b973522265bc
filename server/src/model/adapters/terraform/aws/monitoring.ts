// SPDX-License-Identifier: Apache-2.0
// CloudWatch Logs log groups and metric filters, CloudWatch metric alarms, SNS topics and subscriptions.
// Links between them are kept as written: a reference to a resource of the module (`aws_sns_topic.a.arn`,
// also through locals and inside templates such as `"${aws_cloudwatch_log_group.t.arn}:*"`) and the
// literal value, so the rules can join by reference or by name.

import type { Expression } from '../../../../parsers/hcl/ast';
import type { Attr } from '../../../attr';
import { absentAttr } from '../../../attr';
import type { LogGroup, MetricAlarm, MetricFilter, ResourceLink, SnsSubscription, SnsTopic } from '../../../aws/monitoring';
import type { ModelResource } from '../../../resource';
import { nodeRef } from '../../../source';
import type { TfModule, TfResource } from '../module';
import { asString, blockTarget, evalExpr, findAttribute, headerRef, nestedBlock, readAttr } from '../values';
import { presentAttr } from '../../../attr';
import { Unknown } from '../../../../core/value';

function base(r: TfResource): ModelResource {
  return { platform: 'terraform', address: r.address, sourceType: r.type, ref: headerRef(r.file, r.block), target: blockTarget(r.file, r.block) };
}

function read(r: TfResource, path: string[], fallback?: string): Attr<string> {
  const target = blockTarget(r.file, r.block);
  const ref = headerRef(r.file, r.block);
  return readAttr(r.file, r.block, path, asString, fallback === undefined ? { target, absentRef: ref } : { target, absentRef: ref, fallback });
}

/** The first `type.name` a (possibly templated) expression references, for one of `types`. */
function referencedResource(mod: TfModule, expr: Expression, types: readonly string[]): string | null {
  const e = mod.deref(expr);
  switch (e.type) {
    case 'TemplateWrap':
      return referencedResource(mod, e.wrapped, types);
    case 'Parentheses':
      return referencedResource(mod, e.expr, types);
    case 'Template':
      for (const p of e.parts) {
        const r = referencedResource(mod, p, types);
        if (r) return r;
      }
      return null;
    case 'ScopeTraversal': {
      const first = e.steps[0];
      if (!types.includes(e.root) || first?.type !== 'AttrStep') return null;
      return mod.hasResource(e.root, first.name) ? `${mod.prefix}${e.root}.${first.name}` : null;
    }
    default:
      return null;
  }
}

function link(mod: TfModule, r: TfResource, path: string[], types: readonly string[]): ResourceLink {
  const attr = read(r, path);
  let block = r.block;
  for (const step of path.slice(0, -1)) block = nestedBlock(block, step) ?? block;
  const a = findAttribute(block, path[path.length - 1]!);
  const written = a ? referencedResource(mod, a.expr, types) : null;
  return { attr, resource: written ?? (mod.prefix !== '' ? passedIn(attr.value, types) : null) };
}

/**
 * In a module instance read for its caller's joins: the caller's resource a value names when the caller
 * passed a reference to it as an argument (`log_group_name = var.group` given `aws_cloudwatch_log_group.ct.name`).
 */
function passedIn(value: unknown, types: readonly string[]): string | null {
  if (!(value instanceof Unknown) || value.ref.kind !== 'resource') return null;
  const address = value.ref.address;
  return types.includes(address.split('.').slice(-2)[0]!) ? address : null;
}

export function logGroups(mod: TfModule): LogGroup[] {
  // Trails by the log group they reference: one pass over the trails, one lookup per group.
  const byGroup = new Map<string, string[]>();
  for (const t of mod.ofType('aws_cloudtrail')) {
    const a = findAttribute(t.block, 'cloud_watch_logs_group_arn');
    const group = a ? referencedResource(mod, a.expr, ['aws_cloudwatch_log_group']) : null;
    if (group !== null) {
      const list = byGroup.get(group);
      if (list) list.push(t.address);
      else byGroup.set(group, [t.address]);
    }
  }
  return mod.ofType('aws_cloudwatch_log_group').map((g) => ({ ...base(g), name: read(g, ['name']), deliveredBy: byGroup.get(g.address) ?? [] }));
}

export function metricFilters(mod: TfModule): MetricFilter[] {
  return mod.ofType('aws_cloudwatch_log_metric_filter').map((f) => ({
    ...base(f),
    pattern: read(f, ['pattern']),
    logGroup: link(mod, f, ['log_group_name'], ['aws_cloudwatch_log_group']),
    metricName: read(f, ['metric_transformation', 'name']),
    metricNamespace: read(f, ['metric_transformation', 'namespace']),
  }));
}

export function metricAlarms(mod: TfModule): MetricAlarm[] {
  return mod.ofType('aws_cloudwatch_metric_alarm').map((a) => {
    const b = base(a);
    const actionsAttribute = findAttribute(a.block, 'alarm_actions');
    let actionsAttr: Attr<unknown>;
    const actions: ResourceLink[] = [];
    if (!actionsAttribute) {
      actionsAttr = absentAttr(b.ref, { target: b.target, path: ['alarm_actions'] });
    } else {
      const ref = nodeRef(a.file.path, actionsAttribute);
      const raw = evalExpr(a.file, actionsAttribute.expr);
      actionsAttr = presentAttr<unknown>(raw, ref, raw, { target: b.target, path: ['alarm_actions'] });
      const e = mod.deref(actionsAttribute.expr);
      if (e.type === 'Tuple') {
        for (const item of e.items) {
          const itemRef = nodeRef(a.file.path, item);
          const v = evalExpr(a.file, item);
          const value = v instanceof Unknown || typeof v === 'string' ? v : new Unknown('type-error', itemRef.span, `expected an ARN, found ${JSON.stringify(v)}`);
          actions.push({ attr: presentAttr<string>(value, itemRef, v, null), resource: referencedResource(mod, item, ['aws_sns_topic']) ?? (mod.prefix !== '' ? passedIn(v, ['aws_sns_topic']) : null) });
        }
      } else if (raw instanceof Unknown) {
        actions.push({ attr: presentAttr<string>(raw, ref, raw, null), resource: null });
      } else if (Array.isArray(raw)) {
        for (const v of raw) {
          const value = typeof v === 'string' || v instanceof Unknown ? v : new Unknown('type-error', ref.span, `expected an ARN, found ${JSON.stringify(v)}`);
          actions.push({ attr: presentAttr<string>(value, ref, v, null), resource: null });
        }
      }
    }
    return {
      ...b,
      metricName: link(mod, a, ['metric_name'], ['aws_cloudwatch_log_metric_filter']),
      namespace: link(mod, a, ['namespace'], ['aws_cloudwatch_log_metric_filter']),
      actionsAttr,
      actions,
    };
  });
}

export function snsTopics(mod: TfModule): SnsTopic[] {
  return mod.ofType('aws_sns_topic').map((t) => ({
    ...base(t),
    name: read(t, ['name']),
    inlineSubscriptions: 0,
    newSubscriptionTarget: {
      platform: 'terraform',
      kind: 'new-resource',
      file: t.file.path,
      after: t.block,
      resourceType: 'aws_sns_topic_subscription',
      name: t.name,
      preamble: [['topic_arn', { kind: 'reference', terraform: `${t.address}.arn`, cloudformation: { ref: t.name } }]],
    },
  }));
}

export function snsSubscriptions(mod: TfModule): SnsSubscription[] {
  return mod.ofType('aws_sns_topic_subscription').map((s) => ({ ...base(s), topic: link(mod, s, ['topic_arn'], ['aws_sns_topic']) }));
}
