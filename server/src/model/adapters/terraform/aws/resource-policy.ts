// SPDX-License-Identifier: Apache-2.0
// SQS queue and SNS topic policies in Terraform: the standalone policy resources and the `policy`
// argument of the queue or topic itself (JSON string, heredoc, jsonencode() or a policy document data
// source, read as IAM policies are).

import type { ResourcePolicy, ResourcePolicyService } from '../../../aws/resource-policy';
import type { TfModule } from '../module';
import { blockTarget, findAttribute, headerRef } from '../values';
import { policyDocumentAttr } from './iam';

const TYPES: [string, ResourcePolicyService][] = [
  ['aws_sqs_queue_policy', 'sqs'],
  ['aws_sqs_queue', 'sqs'],
  ['aws_sns_topic_policy', 'sns'],
  ['aws_sns_topic', 'sns'],
  ['aws_s3_bucket_policy', 's3'],
  ['aws_s3_bucket', 's3'],
];

export function resourcePolicies(mod: TfModule): ResourcePolicy[] {
  const out: ResourcePolicy[] = [];
  for (const [type, service] of TYPES) {
    for (const r of mod.ofType(type)) {
      // A queue or topic without a `policy` argument has no resource policy of its own.
      if (!findAttribute(r.block, 'policy')) continue;
      const target = blockTarget(r.file, r.block);
      out.push({
        platform: 'terraform',
        address: r.address,
        sourceType: type,
        ref: headerRef(r.file, r.block),
        target,
        service,
        document: { ...policyDocumentAttr(mod, r.file, r.block, 'policy', target), location: null },
      });
    }
  }
  return out;
}
