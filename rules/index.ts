// SPDX-License-Identifier: Apache-2.0
// Every rule, explicitly (a test checks that each file under rules/aws is listed here exactly once).

import type { Rule } from '../server/src/engine/rule-api';
import cloudtrailKmsEncryption from './aws/cloudtrail/cloudtrail-kms-encryption';
import cloudtrailLogFileValidation from './aws/cloudtrail/cloudtrail-log-file-validation';
import cloudtrailMultiRegion from './aws/cloudtrail/cloudtrail-multi-region';
import ebsVolumeEncrypted from './aws/ec2/ebs-volume-encrypted';
import ec2Imdsv2Required from './aws/ec2/ec2-imdsv2-required';
import sgNoPublicAdminIngressIpv4 from './aws/ec2/sg-no-public-admin-ingress-ipv4';
import sgNoPublicAdminIngressIpv6 from './aws/ec2/sg-no-public-admin-ingress-ipv6';
import iamNoFullAdminPolicy from './aws/iam/iam-no-full-admin-policy';
import kmsKeyRotation from './aws/kms/kms-key-rotation';
import rdsNotPubliclyAccessible from './aws/rds/rds-not-publicly-accessible';
import rdsStorageEncrypted from './aws/rds/rds-storage-encrypted';
import s3BlockPublicAccess from './aws/s3/s3-block-public-access';
import s3DenyHttp from './aws/s3/s3-deny-http';
import s3EncryptionAtRest from './aws/s3/s3-encryption-at-rest';
import vpcFlowLogs from './aws/vpc/vpc-flow-logs';
import dynamodbPointInTimeRecovery from './aws/dynamodb/dynamodb-point-in-time-recovery';

export const ALL_RULES: readonly Rule[] = [
  s3BlockPublicAccess,
  s3EncryptionAtRest,
  s3DenyHttp,
  cloudtrailMultiRegion,
  cloudtrailLogFileValidation,
  cloudtrailKmsEncryption,
  kmsKeyRotation,
  vpcFlowLogs,
  sgNoPublicAdminIngressIpv4,
  sgNoPublicAdminIngressIpv6,
  rdsStorageEncrypted,
  rdsNotPubliclyAccessible,
  ec2Imdsv2Required,
  ebsVolumeEncrypted,
  iamNoFullAdminPolicy,
  dynamodbPointInTimeRecovery,
];
