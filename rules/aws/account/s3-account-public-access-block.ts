// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule, lit, setFix, Unknown } from '../../api';
import type { Attr, CatalogResourceOf } from '../../api';
import { addResourcesFix } from '../../lib/account-controls';

const SETTINGS: [keyof CatalogResourceOf<'aws.account.s3-public-access-block'>['attrs'], string][] = [
  ['blockPublicAcls', 'block_public_acls'],
  ['blockPublicPolicy', 'block_public_policy'],
  ['ignorePublicAcls', 'ignore_public_acls'],
  ['restrictPublicBuckets', 'restrict_public_buckets'],
];

export default defineModuleRule({
  meta: {
    id: 'AWS-ACCOUNT-002',
    name: 's3-account-public-access-block',
    title: 'S3 Block Public Access is on for the whole account',
    severity: 'high',
    description:
      'The module sets the account-level S3 Block Public Access (`aws_s3_account_public_access_block`) with all four settings true. When a module that defines S3 buckets has no such resource, one project-level finding is reported. CloudFormation has no resource for the account-level setting, so the rule only covers Terraform; bucket-level settings are checked separately.',
    rationale:
      'Bucket-level blocks protect the buckets this code manages; the account-level block also protects every bucket created later, by anyone, with any tool. It is the one switch that makes "no public buckets in this account" true by construction.',
    remediation:
      'Add `aws_s3_account_public_access_block` with `block_public_acls`, `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` all true. If a bucket must serve public content, serve it through CloudFront with origin access control instead of a public bucket.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_account_public_access_block',
    ],
    frameworks: {
      'cis-aws-5.0.0': ['2.1.4'],
      'cis-aws-3.0.0': ['2.1.4'],
      'cis-aws-1.4.0': ['2.1.5'],
      'soc2-2017': ['CC6.1', 'CC6.6'],
      'nist-800-53-r5': ['AC-3', 'AC-4', 'AC-6', 'SC-7'],
      'nist-csf-2.0': ['PR.AA-05', 'PR.DS-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'NIST ids from the reference map (account-level public access blocks); SOC 2 CC6.1/CC6.6 and CSF PR.AA-05/PR.DS-01 chosen by control concept (restricting public access to data).',
    resourceTypes: { terraform: ['aws_s3_account_public_access_block'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const blocks = catalogOf(model, 'aws.account.s3-public-access-block');
    if (blocks.length === 0) {
      // Only where the module uses S3: a module without buckets says nothing about the account's S3 posture
      // (and CIS 2.1.4 is "not applicable" to it in the compliance report).
      if (!model.aws.s3Buckets.some((b) => b.platform === 'terraform')) {
        ctx.notApplicable('no S3 bucket in this module');
        return;
      }
      ctx.reportMissing('S3 Block Public Access is not set for the account in this module, so any bucket created outside it can be made public.', {
        // Unsafe: a bucket in the account that serves public content would stop doing so.
        fixes: addResourcesFix(model, ctx.platform, 'block-public-access', 'Block public access for the whole account', 'unsafe', [
          { terraform: { type: 'aws_s3_account_public_access_block', name: 'this', values: SETTINGS.map(([, tf]) => [[tf], lit(true)]) } },
        ]),
      });
      return;
    }
    for (const b of blocks) {
      const wrong: [Attr<unknown>, string][] = [];
      for (const [key, tf] of SETTINGS) {
        const a = b.attrs[key];
        if (a.value instanceof Unknown) ctx.cannotVerify(b, a, a.value, `whether ${tf} is on`);
        else if (a.value !== true) wrong.push([a, tf]);
      }
      for (const [a, tf] of wrong) {
        ctx.report(b, a, a.present ? `${tf} is off for the account.` : `${tf} is not set for the account (it is off by default).`, {
          fixes: setFix(`enable-${tf.replace(/_/g, '-')}`, `Set ${tf} = true`, 'unsafe', [a, lit(true)]),
        });
      }
    }
  },
});
