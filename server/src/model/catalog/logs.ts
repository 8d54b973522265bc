// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const LOGS: CatalogKind[] = [
  {
    kind: 'aws.logs.logGroup',
    terraform: ['aws_cloudwatch_log_group'],
    cloudformation: ['AWS::Logs::LogGroup'],
    attrs: {
      kmsKeyId: { type: 'string', terraform: ['kms_key_id'], cloudformation: ['KmsKeyId'] },
      /** Absent (or 0 in Terraform) keeps events forever. */
      retentionInDays: { type: 'number', terraform: ['retention_in_days'], cloudformation: ['RetentionInDays'] },
    },
  },
  {
    /**
     * CloudWatch Logs vended log delivery (CloudFront standard logging v2 and other services): a source is
     * the resource whose logs are sent (`resource_arn`, `log_type`), a delivery joins a source (by name) to a
     * destination. A source alone delivers nothing.
     */
    kind: 'aws.logs.delivery-source',
    terraform: ['aws_cloudwatch_log_delivery_source'],
    cloudformation: ['AWS::Logs::DeliverySource'],
    attrs: {
      name: { type: 'string', terraform: ['name'], cloudformation: ['Name'], readOnly: true },
      logType: { type: 'string', terraform: ['log_type'], cloudformation: ['LogType'], readOnly: true },
      resourceArn: { type: 'string', terraform: ['resource_arn'], cloudformation: ['ResourceArn'], readOnly: true },
    },
  },
  {
    kind: 'aws.logs.delivery',
    terraform: ['aws_cloudwatch_log_delivery'],
    cloudformation: ['AWS::Logs::Delivery'],
    attrs: {
      sourceName: { type: 'string', terraform: ['delivery_source_name'], cloudformation: ['DeliverySourceName'], readOnly: true },
      destinationArn: { type: 'string', terraform: ['delivery_destination_arn'], cloudformation: ['DeliveryDestinationArn'], readOnly: true },
    },
  },
];
