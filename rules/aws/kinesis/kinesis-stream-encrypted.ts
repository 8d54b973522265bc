// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import type { Attr, FixValue } from '../../api';
import { show } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.kinesis.stream',
  meta: {
    id: 'AWS-KINESIS-001',
    name: 'kinesis-stream-encrypted',
    title: 'Kinesis data streams are encrypted with KMS',
    severity: 'medium',
    description: 'Kinesis Data Streams use server-side encryption with a KMS key (`KMS` encryption type).',
    rationale:
      'Records stay in a stream for a day or more and often carry events with personal or payment data. Server-side encryption keeps them encrypted on the stream\'s storage and makes reading them depend on the KMS key as well as on Kinesis permissions.',
    remediation:
      'Terraform: set `encryption_type = "KMS"` and `kms_key_id` (a customer-managed key, or `alias/aws/kinesis`) on the `aws_kinesis_stream`. CloudFormation: set `StreamEncryption` with `EncryptionType: KMS` and `KeyId`. The quick fix uses the AWS managed key; producers and consumers of a customer-managed key need KMS permissions.',
    links: ['https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html'],
    ...byConcept('encryption-at-rest'),
    levels: {},
    resourceTypes: { terraform: ['aws_kinesis_stream'], cloudformation: ['AWS::Kinesis::Stream'] },
    aliases: { checkov: ['CKV_AWS_43'], trivy: ['AVD-AWS-0064'], tfsec: ['aws-kinesis-enable-in-transit-encryption'], cfn_nag: ['W49'] },
    fix: 'unsafe',
  },
  check(stream, ctx) {
    const type = stream.attrs.encryptionType;
    const key = stream.attrs.kmsKeyId;
    if (type.value instanceof Unknown) {
      ctx.cannotVerify(type, type.value, 'whether the stream is encrypted');
      return;
    }
    if (type.value === 'KMS') return;
    const sets: [Attr<unknown>, FixValue][] = [[type, lit('KMS')]];
    if (!key.present) sets.push([key, lit('alias/aws/kinesis')]);
    ctx.report(type, type.present ? `The stream's encryption type is ${show(type.value)}: records are not encrypted at rest.` : 'The stream does not use server-side encryption (it is off by default).', {
      fixes: setFix('use-kms', 'Encrypt the stream with KMS (AWS managed key)', 'unsafe', ...sets),
    });
  },
});
