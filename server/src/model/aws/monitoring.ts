// SPDX-License-Identifier: Apache-2.0
// CloudWatch monitoring of CloudTrail events (CIS AWS section 4): log groups, metric filters on them,
// metric alarms on the filters' metrics, and the SNS topics and subscriptions the alarms notify. The
// adapters record links between them as written: a reference to a resource of the same module/template
// (`resource`) and/or the literal value (a name or an ARN), so that rules can join them either way.

import type { Attr } from '../attr';
import type { EditTarget } from '../edit-target';
import type { ModelResource } from '../resource';

/** A value that may point at another resource of the module or template. */
export interface ResourceLink {
  /** The value as written (a literal name or ARN; Unknown for references and variables). */
  attr: Attr<string>;
  /** The address (Terraform) or logical id (CloudFormation) of the resource it references, if any. */
  resource: string | null;
}

/** aws_cloudwatch_log_group / AWS::Logs::LogGroup. */
export interface LogGroup extends ModelResource {
  name: Attr<string>;
  /** Trails (addresses / logical ids) whose CloudWatch Logs delivery references this group. */
  deliveredBy: string[];
}

/** aws_cloudwatch_log_metric_filter / AWS::Logs::MetricFilter. */
export interface MetricFilter extends ModelResource {
  pattern: Attr<string>;
  logGroup: ResourceLink;
  metricName: Attr<string>;
  metricNamespace: Attr<string>;
}

/** aws_cloudwatch_metric_alarm / AWS::CloudWatch::Alarm. */
export interface MetricAlarm extends ModelResource {
  /** The metric name; `resource` is the metric filter when it is written as a reference to one. */
  metricName: ResourceLink;
  namespace: ResourceLink;
  /** The whole action list, for findings when it is absent or not a list. */
  actionsAttr: Attr<unknown>;
  /** One link per action (an SNS topic ARN, usually). */
  actions: ResourceLink[];
}

/** aws_sns_topic / AWS::SNS::Topic. */
export interface SnsTopic extends ModelResource {
  name: Attr<string>;
  /** Subscriptions written inside the topic (CloudFormation `Subscription`); unknown entries count. */
  inlineSubscriptions: number;
  /** Where a new subscription for this topic would be written. */
  newSubscriptionTarget: EditTarget;
}

/** aws_sns_topic_subscription / AWS::SNS::Subscription. */
export interface SnsSubscription extends ModelResource {
  topic: ResourceLink;
}
