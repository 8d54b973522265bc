// SPDX-License-Identifier: Apache-2.0
import { defineRule, list, lit, obj, Unknown } from '../../api';
import type { FixValue, PolicyStatement } from '../../api';

/** A statement that denies every S3 action on requests not made over TLS. */
function deniesInsecureTransport(s: PolicyStatement): boolean | Unknown {
  if (s.effect instanceof Unknown) return s.effect;
  if (s.effect !== 'Deny' || s.notActions) return false;
  const actionsCoverAll = s.actions.some((a) => a === 's3:*' || a === '*');
  const principalAll = !s.notPrincipals && s.principals.some((p) => p.type === '*' || p.values.some((v) => v === '*'));
  const insecure = s.conditions.some(
    (c) => c.operator === 'Bool' && c.key.toLowerCase() === 'aws:securetransport' && c.values.some((v) => v === 'false'),
  );
  // The TLS-version variant (deny when aws:TlsVersion < 1.2) also refuses plain HTTP.
  const tlsFloor = s.conditions.some((c) => c.operator === 'NumericLessThan' && c.key.toLowerCase() === 's3:tlsversion');
  return actionsCoverAll && principalAll && (insecure || tlsFloor);
}

export default defineRule({
  target: 's3Buckets',
  meta: {
    id: 'AWS-S3-003',
    name: 's3-deny-http',
    title: 'S3 bucket policy denies requests not sent over HTTPS',
    severity: 'medium',
    description:
      'The bucket policy has a Deny statement for all principals and all S3 actions when `aws:SecureTransport` is false.',
    rationale:
      'S3 endpoints accept plain HTTP. Without an explicit deny, a misconfigured client can send credentials-signed requests and data in clear text; the deny makes TLS a property of the bucket rather than of every client.',
    remediation:
      'Add a statement to the bucket policy: Effect Deny, Principal "*", Action "s3:*", Resource the bucket and its objects, Condition Bool aws:SecureTransport "false". In Terraform a bucket without a policy gets an `aws_s3_bucket_policy` with that statement.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit'],
    frameworks: {
      'cis-aws-5.0.0': ['2.1.1'],
      'cis-aws-3.0.0': ['2.1.1'],
      'cis-aws-1.4.0': ['2.1.2'],
      'soc2-2017': ['CC6.1', 'CC6.7'],
      'nist-800-53-r5': ['AC-17', 'AC-4', 'SC-7', 'SC-8', 'SC-13', 'SC-23'],
      'nist-csf-2.0': ['PR.DS-02'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    mappingNote: 'SOC 2 CC6.7 (data in transmission) and CSF PR.DS-02 (data in transit) added by control concept to the reference mappings.',
    resourceTypes: { terraform: ['aws_s3_bucket', 'aws_s3_bucket_policy'], cloudformation: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'] },
    aliases: { guard: ['S3_BUCKET_SSL_REQUESTS_ONLY'] },
    fix: 'unsafe',
  },
  check(bucket, ctx) {
    if (!bucket.policy) {
      const name = bucket.platform === 'terraform' ? bucket.address.slice('aws_s3_bucket.'.length) : bucket.address;
      const arn: FixValue = { kind: 'reference', terraform: `aws_s3_bucket.${name}.arn`, cloudformation: { getAtt: [name, 'Arn'] } };
      const objects: FixValue = { kind: 'reference', terraform: `"\${aws_s3_bucket.${name}.arn}/*"`, cloudformation: { sub: `\${${name}.Arn}/*` } };
      const statement = obj(
        ['Sid', lit('DenyInsecureTransport')],
        ['Effect', lit('Deny')],
        ['Principal', lit('*')],
        ['Action', lit('s3:*')],
        ['Resource', list(arn, objects)],
        ['Condition', obj(['Bool', obj(['aws:SecureTransport', lit('false')])])],
      );
      const document: FixValue = { kind: 'jsonencode', value: obj(['Version', lit('2012-10-17')], ['Statement', list(statement)]) };
      ctx.report(bucket, 'The bucket has no policy, so requests over plain HTTP are not denied.', {
        fixes: [
          {
            id: 'add-deny-http-policy',
            title: 'Add a bucket policy that denies requests not sent over HTTPS',
            safety: 'unsafe',
            ops: [{ op: 'create', target: bucket.newPolicyTarget, values: [[[bucket.platform === 'terraform' ? 'policy' : 'PolicyDocument'], document]] }],
          },
        ],
      });
      return;
    }
    const doc = bucket.policy.document;
    if (doc.value instanceof Unknown) {
      ctx.cannotVerify(doc, doc.value, 'whether the bucket policy denies HTTP');
      return;
    }
    if (!doc.value) {
      ctx.report(bucket.policy.ref, 'The bucket policy is empty, so requests over plain HTTP are not denied.');
      return;
    }
    let unknown: Unknown | null = null;
    for (const s of doc.value.statements) {
      const r = deniesInsecureTransport(s);
      // A statement that may not exist (a dynamic block with an unknown for_each) cannot be the denial.
      if (r === true && s.maybe) unknown = s.maybe;
      else if (r === true) return;
      else if (r instanceof Unknown) unknown = r;
    }
    if (unknown) {
      ctx.cannotVerify(doc, unknown, 'whether the bucket policy denies HTTP');
      return;
    }
    ctx.report(doc, 'The bucket policy has no statement denying requests where aws:SecureTransport is false.');
  },
});
