// SPDX-License-Identifier: Apache-2.0
// SQS queue and SNS topic resource policies, built by both adapters: standalone policy resources, the
// `policy` argument of queues and topics, and CloudFormation QueuePolicy / TopicPolicy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { buildTerraformModel } from '../../../server/src/model/adapters/terraform';
import { Unknown } from '../../../server/src/core/value';
import { modelOf } from './cloudformation/helpers';

const tf = (text: string) => buildTerraformModel([{ path: '/m/main.tf', file: parseHcl(text) }]).aws;

void describe('resource policy model: Terraform', () => {
  void it('reads queue and topic policies from all four resource types, skipping queues without a policy', () => {
    const m = tf(`
resource "aws_sqs_queue" "q" {
  name = "q"
}

resource "aws_sqs_queue" "inline" {
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage" }] })
}

resource "aws_sqs_queue_policy" "p" {
  queue_url = aws_sqs_queue.q.id
  policy    = "{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"*\\"},\\"Action\\":\\"sqs:*\\"}]}"
}

resource "aws_sns_topic" "t" {
  policy = var.topic_policy
}

resource "aws_sns_topic_policy" "tp" {
  arn    = aws_sns_topic.t.arn
  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { Service = "events.amazonaws.com" }, Action = "sns:Publish" }] })
}
`);
    assert.deepEqual(m.resourcePolicies.map((p) => [p.address, p.service]), [
      ['aws_sqs_queue_policy.p', 'sqs'],
      ['aws_sqs_queue.inline', 'sqs'],
      ['aws_sns_topic_policy.tp', 'sns'],
      ['aws_sns_topic.t', 'sns'],
    ]);
    const [p, inline, tp, t] = m.resourcePolicies;
    assert.ok(!(p!.document.value instanceof Unknown) && p!.document.value);
    assert.deepEqual(p!.document.value.statements[0]!.principals, [{ type: 'AWS', values: ['*'] }]);
    assert.ok(!(inline!.document.value instanceof Unknown) && inline!.document.value);
    assert.deepEqual(inline!.document.value.statements[0]!.principals, [{ type: '*', values: ['*'] }]);
    assert.ok(!(tp!.document.value instanceof Unknown) && tp!.document.value);
    assert.deepEqual(tp!.document.value.statements[0]!.principals, [{ type: 'Service', values: ['events.amazonaws.com'] }]);
    assert.ok(t!.document.value instanceof Unknown);
    assert.equal(p!.document.location, null, 'no fix rewrites a resource policy');
  });
});

void describe('resource policy model: CloudFormation', () => {
  void it('reads QueuePolicy and TopicPolicy documents with per-statement refs', () => {
    const m = modelOf(`
Resources:
  Q:
    Type: AWS::SQS::Queue
  QP:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Q]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: sqs:SendMessage
            Condition:
              ArnEquals:
                aws:SourceArn: arn:aws:sns:eu-west-1:111122223333:t
  TP:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [arn:aws:sns:eu-west-1:111122223333:t]
      PolicyDocument: !Ref Doc
`).aws;
    assert.deepEqual(m.resourcePolicies.map((p) => [p.address, p.sourceType, p.service]), [
      ['QP', 'AWS::SQS::QueuePolicy', 'sqs'],
      ['TP', 'AWS::SNS::TopicPolicy', 'sns'],
    ]);
    const qp = m.resourcePolicies[0]!.document.value;
    assert.ok(qp && !(qp instanceof Unknown));
    assert.deepEqual(qp.statements[0]!.conditions, [{ operator: 'ArnEquals', key: 'aws:SourceArn', values: ['arn:aws:sns:eu-west-1:111122223333:t'] }]);
    assert.ok(m.resourcePolicies[1]!.document.value instanceof Unknown);
  });
});
