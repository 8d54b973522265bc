// SPDX-License-Identifier: Apache-2.0
// The monitoring model the CIS section 4 rules read (log groups, metric filters, alarms, SNS topics and
// subscriptions), built by both adapters: joins by reference (also through locals, templates and !Sub),
// by literal name / ARN, and the rules' verdicts on small modules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { buildTerraformModel } from '../../../server/src/model/adapters/terraform';
import { Unknown } from '../../../server/src/core/value';
import { modelOf } from './cloudformation/helpers';
import { analyzeText } from '../../support/fixture-runner';

const tf = (text: string) => buildTerraformModel([{ path: '/m/main.tf', file: parseHcl(text) }]).aws;

const TRAIL = `
locals {
  trail_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "logs"
  cloud_watch_logs_group_arn = local.trail_group_arn
}

resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail-events"
}
`;

void describe('monitoring model: Terraform', () => {
  void it('joins the trail to its log group through a local holding a template', () => {
    const m = tf(TRAIL);
    assert.deepEqual(m.logGroups.map((g) => [g.address, g.name.value, g.deliveredBy]), [['aws_cloudwatch_log_group.trail', 'cloudtrail-events', ['aws_cloudtrail.main']]]);
  });

  void it('records references and literals of filters, alarms and subscriptions', () => {
    const m = tf(`${TRAIL}
resource "aws_cloudwatch_log_metric_filter" "f" {
  name           = "f"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.errorCode = \\"AccessDenied*\\" }"

  metric_transformation {
    name      = "M"
    namespace = "NS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "a" {
  metric_name   = aws_cloudwatch_log_metric_filter.f.metric_transformation[0].name
  namespace     = "NS"
  alarm_actions = [aws_sns_topic.t.arn, "arn:aws:sns:us-east-1:111122223333:other", var.topic]
}

resource "aws_sns_topic" "t" {
  name = "alerts"
}

resource "aws_sns_topic_subscription" "s" {
  topic_arn = aws_sns_topic.t.arn
  protocol  = "email"
  endpoint  = "a@example.com"
}
`);
    const f = m.metricFilters[0]!;
    assert.equal(f.pattern.value, '{ $.errorCode = "AccessDenied*" }');
    assert.equal(f.logGroup.resource, 'aws_cloudwatch_log_group.trail');
    assert.deepEqual([f.metricName.value, f.metricNamespace.value], ['M', 'NS']);
    const a = m.metricAlarms[0]!;
    assert.equal(a.metricName.resource, 'aws_cloudwatch_log_metric_filter.f');
    assert.equal(a.namespace.attr.value, 'NS');
    assert.deepEqual(
      a.actions.map((x) => [x.resource, x.attr.value instanceof Unknown ? 'unknown' : x.attr.value]),
      [
        ['aws_sns_topic.t', 'unknown'],
        [null, 'arn:aws:sns:us-east-1:111122223333:other'],
        [null, 'unknown'],
      ],
    );
    assert.equal(m.snsSubscriptions[0]!.topic.resource, 'aws_sns_topic.t');
    assert.equal(m.snsTopics[0]!.inlineSubscriptions, 0);
  });
});

void describe('monitoring model: CloudFormation', () => {
  void it('joins by !GetAtt, !Sub and !Ref, and counts inline subscriptions', () => {
    const m = modelOf(`
Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: logs
      IsLogging: true
      CloudWatchLogsLogGroupArn: !Sub "\${Group.Arn}"
  Group:
    Type: AWS::Logs::LogGroup
  Filter:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: !Ref Group
      FilterPattern: '{ $.eventName = "ConsoleLogin" }'
      MetricTransformations:
        - MetricName: M
          MetricNamespace: NS
          MetricValue: "1"
  Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      MetricName: M
      Namespace: NS
      AlarmActions: [!Ref Topic]
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      Subscription:
        - Protocol: email
          Endpoint: a@example.com
`).aws;
    assert.deepEqual(m.logGroups[0]!.deliveredBy, ['Trail']);
    assert.equal(m.metricFilters[0]!.logGroup.resource, 'Group');
    assert.equal(m.metricFilters[0]!.metricName.value, 'M');
    assert.deepEqual(m.metricAlarms[0]!.actions.map((x) => x.resource), ['Topic']);
    assert.equal(m.snsTopics[0]!.inlineSubscriptions, 1);
  });
});

void describe('monitoring rules on small modules', () => {
  const findings = (text: string, id: string) =>
    analyzeText('/m/main.tf', text)
      .findings.filter((f) => f.ruleId === id)
      .map((f) => `${f.kind} ${f.resource}: ${f.message}`);

  void it('an AWS module without a trail or CloudTrail filters misses the control (nothing can alert)', () => {
    assert.deepEqual(findings('resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n', 'AWS-MONITORING-003'), [
      "missing (project): No CloudTrail trail, and no metric filter on CloudTrail's log group, in this module, so nothing alerts on use of the root user.",
    ]);
  });

  void it('a trail whose log group is a variable leaves the filter unverifiable', () => {
    const text = `
variable "group_arn" {
  type = string
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "logs"
  cloud_watch_logs_group_arn = var.group_arn
}

resource "aws_cloudwatch_log_metric_filter" "root" {
  name           = "root"
  log_group_name = "cloudtrail-events"
  pattern        = "{ $.userIdentity.type = \\"Root\\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \\"AwsServiceEvent\\" }"

  metric_transformation {
    name      = "Root"
    namespace = "CIS"
    value     = "1"
  }
}
`;
    assert.deepEqual(findings(text, 'AWS-MONITORING-003'), [
      'unverifiable aws_cloudtrail.main: Cannot verify that aws_cloudwatch_log_metric_filter.root reads the log group trail aws_cloudtrail.main delivers to: depends on var.group_arn.',
    ]);
  });
});
