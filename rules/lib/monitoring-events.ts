// SPDX-License-Identifier: Apache-2.0
// Per CIS AWS section 4 recommendation: the CloudTrail events a metric filter must catch, and a few it
// must not (read-only calls of the same service, and the exclusions the recommendation calls for). The
// events are trimmed CloudTrail records with the fields filter patterns look at, written from the AWS
// API and CloudTrail record documentation. A filter is judged by evaluating its parsed pattern on them,
// so spelling, order, spacing and parentheses do not matter, only what it matches.

import type { EventValue } from '../api';

export interface SampleEvent {
  /** How messages name the event: `DeleteRolePolicy`, `an AccessDenied error`. */
  label: string;
  event: EventValue;
}

export interface MonitoringSpec {
  /** Short name for messages: "unauthorized API calls". */
  subject: string;
  /** The pattern a fix writes (equivalent to the recommendation's). */
  pattern: string;
  /** Metric and resource names used by fixes. */
  metricName: string;
  /** Terraform resource name and CloudFormation logical id stem of created resources. */
  tfName: string;
  cfnName: string;
  mustMatch: SampleEvent[];
  mustNotMatch: SampleEvent[];
}

function api(source: string, name: string, extra: Record<string, EventValue> = {}): EventValue {
  return {
    eventVersion: '1.08',
    eventSource: `${source}.amazonaws.com`,
    eventName: name,
    eventType: 'AwsApiCall',
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.10',
    userIdentity: { type: 'IAMUser', principalId: 'AIDAEXAMPLE', userName: 'alice' },
    ...extra,
  };
}

function calls(source: string, names: string[]): SampleEvent[] {
  return names.map((n) => ({ label: n, event: api(source, n) }));
}

function eventNamePattern(source: string, names: string[]): string {
  return `{ ($.eventSource = "${source}.amazonaws.com") && (${names.map((n) => `($.eventName = "${n}")`).join(' || ')}) }`;
}

function changes(source: string, subject: string, metricName: string, tfName: string, cfnName: string, names: string[], readOnly: string[]): MonitoringSpec {
  return { subject, pattern: eventNamePattern(source, names), metricName, tfName, cfnName, mustMatch: calls(source, names), mustNotMatch: calls(source, readOnly) };
}

const IAM_POLICY_CALLS = [
  'DeleteGroupPolicy',
  'DeleteRolePolicy',
  'DeleteUserPolicy',
  'PutGroupPolicy',
  'PutRolePolicy',
  'PutUserPolicy',
  'CreatePolicy',
  'DeletePolicy',
  'CreatePolicyVersion',
  'DeletePolicyVersion',
  'AttachRolePolicy',
  'DetachRolePolicy',
  'AttachUserPolicy',
  'DetachUserPolicy',
  'AttachGroupPolicy',
  'DetachGroupPolicy',
];

const consoleLogin = (identity: Record<string, EventValue>, extra: Record<string, EventValue>): EventValue => ({
  eventVersion: '1.08',
  eventSource: 'signin.amazonaws.com',
  eventName: 'ConsoleLogin',
  eventType: 'AwsConsoleSignIn',
  awsRegion: 'us-east-1',
  sourceIPAddress: '203.0.113.10',
  userIdentity: identity,
  ...extra,
});

const IAM_USER = { type: 'IAMUser', principalId: 'AIDAEXAMPLE', userName: 'alice' };
const ROOT = { type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root' };

/** By CIS AWS v5.0.0 recommendation id. */
export const MONITORING_SPECS: Record<string, MonitoringSpec> = {
  '4.1': {
    subject: 'unauthorized API calls',
    pattern: '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
    metricName: 'UnauthorizedAPICalls',
    tfName: 'unauthorized_api_calls',
    cfnName: 'UnauthorizedApiCalls',
    mustMatch: [
      { label: 'a Client.UnauthorizedOperation error (EC2)', event: api('ec2', 'RunInstances', { errorCode: 'Client.UnauthorizedOperation', errorMessage: 'You are not authorized to perform this operation.' }) },
      { label: 'an AccessDenied error (S3, IAM)', event: api('s3', 'GetObject', { errorCode: 'AccessDenied', errorMessage: 'Access Denied' }) },
      { label: 'an AccessDeniedException error', event: api('kms', 'Decrypt', { errorCode: 'AccessDeniedException' }) },
    ],
    mustNotMatch: [
      { label: 'a successful call', event: api('ec2', 'DescribeInstances') },
      { label: 'a ThrottlingException error', event: api('ec2', 'DescribeInstances', { errorCode: 'ThrottlingException' }) },
    ],
  },
  '4.2': {
    subject: 'console sign-ins without MFA',
    pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
    metricName: 'ConsoleSignInWithoutMfa',
    tfName: 'console_signin_without_mfa',
    cfnName: 'ConsoleSignInWithoutMfa',
    mustMatch: [
      {
        label: 'a successful IAM user console sign-in without MFA',
        event: consoleLogin(IAM_USER, { additionalEventData: { MFAUsed: 'No', MobileVersion: 'No' }, responseElements: { ConsoleLogin: 'Success' } }),
      },
    ],
    mustNotMatch: [
      { label: 'a console sign-in with MFA', event: consoleLogin(IAM_USER, { additionalEventData: { MFAUsed: 'Yes', MobileVersion: 'No' }, responseElements: { ConsoleLogin: 'Success' } }) },
      { label: 'an API call', event: api('iam', 'GetUser', { additionalEventData: { MFAUsed: 'No' } }) },
    ],
  },
  '4.3': {
    subject: 'use of the root user',
    pattern: '{ ($.userIdentity.type = "Root") && ($.userIdentity.invokedBy NOT EXISTS) && ($.eventType != "AwsServiceEvent") }',
    metricName: 'RootAccountUsage',
    tfName: 'root_account_usage',
    cfnName: 'RootAccountUsage',
    mustMatch: [
      { label: 'an API call by the root user', event: api('iam', 'CreateUser', { userIdentity: ROOT }) },
      {
        label: 'a console sign-in by the root user',
        event: consoleLogin(ROOT, { additionalEventData: { MFAUsed: 'Yes', MobileVersion: 'No' }, responseElements: { ConsoleLogin: 'Success' } }),
      },
    ],
    mustNotMatch: [
      { label: 'a call an AWS service made for the root user', event: api('s3', 'PutObject', { userIdentity: { ...ROOT, invokedBy: 'support.amazonaws.com' } }) },
      { label: 'an AWS service event', event: { ...(api('sts', 'AssumeRole', { userIdentity: ROOT }) as Record<string, EventValue>), eventType: 'AwsServiceEvent' } },
      { label: 'an IAM user call', event: api('iam', 'CreateUser') },
    ],
  },
  '4.4': changes('iam', 'IAM policy changes', 'IamPolicyChanges', 'iam_policy_changes', 'IamPolicyChanges', IAM_POLICY_CALLS, ['GetPolicy', 'ListPolicies', 'GetRolePolicy']),
  '4.5': changes('cloudtrail', 'CloudTrail configuration changes', 'CloudTrailChanges', 'cloudtrail_changes', 'CloudTrailChanges', ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'], ['DescribeTrails', 'GetTrailStatus', 'LookupEvents']),
  '4.6': {
    subject: 'console authentication failures',
    pattern: '{ ($.eventName = "ConsoleLogin") && ($.errorMessage = "Failed authentication") }',
    metricName: 'ConsoleAuthenticationFailures',
    tfName: 'console_authentication_failures',
    cfnName: 'ConsoleAuthenticationFailures',
    mustMatch: [
      {
        label: 'a failed console sign-in',
        event: consoleLogin(IAM_USER, { errorMessage: 'Failed authentication', additionalEventData: { MFAUsed: 'No' }, responseElements: { ConsoleLogin: 'Failure' } }),
      },
    ],
    mustNotMatch: [
      { label: 'a successful console sign-in', event: consoleLogin(IAM_USER, { additionalEventData: { MFAUsed: 'Yes' }, responseElements: { ConsoleLogin: 'Success' } }) },
      { label: 'a failed API call', event: api('iam', 'GetUser', { errorCode: 'AccessDenied', errorMessage: 'User is not authorized to perform iam:GetUser' }) },
    ],
  },
  '4.7': changes('kms', 'disabling or scheduled deletion of KMS keys', 'KmsKeyDisableOrDeletion', 'kms_key_disable_or_deletion', 'KmsKeyDisableOrDeletion', ['DisableKey', 'ScheduleKeyDeletion'], ['EnableKey', 'CancelKeyDeletion', 'Decrypt', 'DescribeKey']),
  '4.8': changes(
    's3',
    'S3 bucket policy changes',
    'S3BucketPolicyChanges',
    's3_bucket_policy_changes',
    'S3BucketPolicyChanges',
    ['PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication'],
    ['GetBucketPolicy', 'GetBucketAcl', 'PutObject'],
  ),
  '4.9': changes('config', 'AWS Config configuration changes', 'AwsConfigChanges', 'aws_config_changes', 'AwsConfigChanges', ['StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder'], ['DescribeConfigurationRecorders', 'DescribeDeliveryChannels']),
  '4.10': changes(
    'ec2',
    'security group changes',
    'SecurityGroupChanges',
    'security_group_changes',
    'SecurityGroupChanges',
    ['AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup'],
    ['DescribeSecurityGroups', 'DescribeSecurityGroupRules'],
  ),
  '4.11': changes(
    'ec2',
    'network ACL changes',
    'NetworkAclChanges',
    'network_acl_changes',
    'NetworkAclChanges',
    ['CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation'],
    ['DescribeNetworkAcls'],
  ),
  '4.12': changes(
    'ec2',
    'network gateway changes',
    'NetworkGatewayChanges',
    'network_gateway_changes',
    'NetworkGatewayChanges',
    ['CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway'],
    ['DescribeInternetGateways', 'DescribeCustomerGateways'],
  ),
  '4.13': changes(
    'ec2',
    'route table changes',
    'RouteTableChanges',
    'route_table_changes',
    'RouteTableChanges',
    ['CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable'],
    ['DescribeRouteTables'],
  ),
  '4.14': changes(
    'ec2',
    'VPC changes',
    'VpcChanges',
    'vpc_changes',
    'VpcChanges',
    [
      'CreateVpc',
      'DeleteVpc',
      'ModifyVpcAttribute',
      'AcceptVpcPeeringConnection',
      'CreateVpcPeeringConnection',
      'DeleteVpcPeeringConnection',
      'RejectVpcPeeringConnection',
      'AttachClassicLinkVpc',
      'DetachClassicLinkVpc',
      'DisableVpcClassicLink',
      'EnableVpcClassicLink',
    ],
    ['DescribeVpcs', 'DescribeVpcAttribute'],
  ),
  '4.15': changes(
    'organizations',
    'AWS Organizations changes',
    'OrganizationsChanges',
    'organizations_changes',
    'OrganizationsChanges',
    [
      'AcceptHandshake',
      'AttachPolicy',
      'CreateAccount',
      'CreateOrganizationalUnit',
      'CreatePolicy',
      'DeclineHandshake',
      'DeleteOrganization',
      'DeleteOrganizationalUnit',
      'DeletePolicy',
      'DetachPolicy',
      'DisablePolicyType',
      'EnablePolicyType',
      'InviteAccountToOrganization',
      'LeaveOrganization',
      'MoveAccount',
      'RemoveAccountFromOrganization',
      'UpdatePolicy',
      'UpdateOrganizationalUnit',
    ],
    ['DescribeOrganization', 'ListAccounts', 'ListPolicies'],
  ),
};
