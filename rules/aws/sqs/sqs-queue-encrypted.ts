// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.sqs.queue',
  meta: {
    id: 'AWS-SQS-001',
    name: 'sqs-queue-encrypted',
    title: 'SQS queues are encrypted at rest',
    severity: 'medium',
    description:
      'SQS queues keep server-side encryption on: either SQS-managed encryption (SSE-SQS, the default for new queues) or a KMS key (SSE-KMS). The rule flags queues that turn SSE-SQS off without naming a KMS key.',
    rationale:
      'Queued messages are business data at rest, sometimes for days. Turning server-side encryption off leaves them stored unencrypted, for no gain: SSE-SQS costs nothing and needs no change in producers or consumers.',
    remediation:
      'Terraform: remove `sqs_managed_sse_enabled = false` or set it to `true`, or set `kms_master_key_id` on the `aws_sqs_queue`. CloudFormation: set `SqsManagedSseEnabled: true` or `KmsMasterKeyId`.',
    links: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html'],
    ...byConcept('encryption-at-rest'),
    levels: {},
    resourceTypes: { terraform: ['aws_sqs_queue'], cloudformation: ['AWS::SQS::Queue'] },
    aliases: { checkov: ['CKV_AWS_27'], trivy: ['AVD-AWS-0096'], tfsec: ['aws-sqs-enable-queue-encryption'] },
    fix: 'safe',
  },
  check(queue, ctx) {
    const key = queue.attrs.kmsMasterKeyId;
    const sse = queue.attrs.sqsManagedSse;
    if (typeof key.value === 'string' && key.value !== '') return;
    // A key resource's id always names a key; a variable or parameter may be empty.
    if (key.value instanceof Unknown && isResourceAttribute(key.value)) return;
    if (sse.value instanceof Unknown) {
      ctx.cannotVerify(sse, sse.value, 'whether the queue is encrypted at rest');
      return;
    }
    if (sse.value !== false) return;
    if (key.value instanceof Unknown) {
      ctx.cannotVerify(key, key.value, 'whether the queue is encrypted at rest (SSE-SQS is turned off)');
      return;
    }
    ctx.report(sse, 'Server-side encryption is turned off for this queue and no KMS key is set.', {
      fixes: setFix('enable-sse-sqs', 'Enable SQS-managed encryption (SSE-SQS)', 'safe', [sse, lit(true)]),
    });
  },
});
