// SPDX-License-Identifier: Apache-2.0
import { defineModuleRule } from '../../api';
import { checkS3DataEvents } from '../../lib/cloudtrail-data-events';

export default defineModuleRule({
  meta: {
    id: 'AWS-CLOUDTRAIL-006',
    name: 'cloudtrail-s3-read-data-events',
    title: 'CloudTrail logs S3 object-level read events',
    severity: 'medium',
    description:
      'A trail of the module or template logs S3 data events for reads (GetObject, HeadObject, GetObjectAcl...) through a basic event selector (`AWS::S3::Object`, read/write type All or ReadOnly) or an advanced one (eventCategory Data, resources.type AWS::S3::Object, readOnly not false). A trail whose S3 selectors log writes only is flagged.',
    rationale:
      'Management events do not show who downloaded an object. When data leaks, object-level read events are the record of which identity read which objects, when and from where: without them the scope of a breach cannot be established, and bulk downloads by a stolen credential go unnoticed.',
    remediation:
      'Terraform: add to an `aws_cloudtrail` an `event_selector { read_write_type = "All" data_resource { type = "AWS::S3::Object" values = ["arn:aws:s3"] } }` (or a bucket ARN list), or an `advanced_event_selector` with `eventCategory = Data` and `resources.type = AWS::S3::Object`. CloudFormation: add an `EventSelectors` item with `DataResources: [{Type: AWS::S3::Object, Values: [arn:aws:s3]}]`, or `AdvancedEventSelectors`. Data events are billed per event: consider limiting them to sensitive buckets.',
    links: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html'],
    frameworks: {
      'cis-aws-5.0.0': ['3.9'],
      'cis-aws-3.0.0': ['3.9'],
      'cis-aws-1.4.0': ['3.11'],
      'soc2-2017': ['CC2.1', 'CC7.2'],
      'nist-800-53-r5': ['AU-2', 'AU-3', 'AU-12'],
      'nist-csf-2.0': ['DE.CM-09', 'PR.PS-04'],
    },
    levels: { 'cis-aws-5.0.0': 2, 'cis-aws-3.0.0': 2, 'cis-aws-1.4.0': 2 },
    mappingNote: 'SOC 2 and NIST ids follow the reference maps (base controls) for this recommendation; the maps list no CSF subcategory, so DE.CM-09/PR.PS-04 were chosen by control concept.',
    resourceTypes: { terraform: ['aws_cloudtrail'], cloudformation: ['AWS::CloudTrail::Trail'] },
    aliases: { trivy: ['AVD-AWS-0172'], tfsec: ['aws-s3-enable-object-read-logging'], guard: ['CLOUDTRAIL_S3_DATAEVENTS_ENABLED'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    checkS3DataEvents('read', model, ctx);
  },
});
