// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const ELB: CatalogKind[] = [
  {
    kind: 'aws.elbv2.listener',
    terraform: ['aws_lb_listener', 'aws_alb_listener'],
    cloudformation: ['AWS::ElasticLoadBalancingV2::Listener'],
    attrs: {
      /** HTTP for an ALB when absent (a Gateway Load Balancer listener has neither protocol nor port). */
      protocol: { type: 'string', terraform: ['protocol'], cloudformation: ['Protocol'] },
      port: { type: 'any', terraform: ['port'], cloudformation: ['Port'] },
      sslPolicy: { type: 'string', terraform: ['ssl_policy'], cloudformation: ['SslPolicy'] },
    },
    lists: {
      defaultActions: {
        terraform: ['default_action'],
        cloudformation: ['DefaultActions'],
        attrs: {
          type: { type: 'string', terraform: ['type'], cloudformation: ['Type'] },
          /** `#{protocol}` (keep the request's protocol) when absent. */
          redirectProtocol: { type: 'string', terraform: ['redirect', 'protocol'], cloudformation: ['RedirectConfig', 'Protocol'], default: '#{protocol}' },
        },
      },
    },
  },
  {
    kind: 'aws.elbv2.load-balancer',
    terraform: ['aws_lb', 'aws_alb'],
    cloudformation: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    attrs: {
      type: { type: 'string', terraform: ['load_balancer_type'], cloudformation: ['Type'], default: 'application' },
      accessLogsEnabled: {
        type: 'bool',
        terraform: ['access_logs', 'enabled'],
        cloudformation: ['LoadBalancerAttributes'],
        cloudformationKey: 'access_logs.s3.enabled',
        default: false,
      },
      accessLogsBucket: { type: 'string', terraform: ['access_logs', 'bucket'], cloudformation: ['LoadBalancerAttributes'], cloudformationKey: 'access_logs.s3.bucket' },
      dropInvalidHeaders: {
        type: 'bool',
        terraform: ['drop_invalid_header_fields'],
        cloudformation: ['LoadBalancerAttributes'],
        cloudformationKey: 'routing.http.drop_invalid_header_fields.enabled',
        default: false,
      },
      /** `defensive` (default), `strictest` or `monitor`. */
      desyncMitigationMode: {
        type: 'string',
        terraform: ['desync_mitigation_mode'],
        cloudformation: ['LoadBalancerAttributes'],
        cloudformationKey: 'routing.http.desync_mitigation_mode',
        default: 'defensive',
      },
      deletionProtection: {
        type: 'bool',
        terraform: ['enable_deletion_protection'],
        cloudformation: ['LoadBalancerAttributes'],
        cloudformationKey: 'deletion_protection.enabled',
        default: false,
      },
    },
  },
  {
    kind: 'aws.elb.load-balancer',
    terraform: ['aws_elb'],
    cloudformation: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    attrs: {
      /** Terraform: true when an `access_logs` block is written without `enabled` (logging needs the bucket too). */
      accessLogsEnabled: { type: 'bool', terraform: ['access_logs', 'enabled'], cloudformation: ['AccessLoggingPolicy', 'Enabled'], terraformDefault: true, cloudformationDefault: false },
      accessLogsBucket: { type: 'string', terraform: ['access_logs', 'bucket'], cloudformation: ['AccessLoggingPolicy', 'S3BucketName'] },
    },
    lists: {
      listeners: {
        terraform: ['listener'],
        cloudformation: ['Listeners'],
        attrs: {
          protocol: { type: 'string', terraform: ['lb_protocol'], cloudformation: ['Protocol'] },
          port: { type: 'any', terraform: ['lb_port'], cloudformation: ['LoadBalancerPort'] },
        },
      },
    },
  },
  {
    /**
     * Classic load balancer policies: `aws_load_balancer_policy` (one policy, its `policy_attribute` blocks)
     * and the `Policies` of `AWS::ElasticLoadBalancing::LoadBalancer` (each with its `Attributes` list).
     */
    kind: 'aws.elb.policy',
    /** `aws_lb_ssl_negotiation_policy` is the older Terraform resource for an SSL negotiation policy only. */
    terraform: ['aws_load_balancer_policy', 'aws_lb_ssl_negotiation_policy'],
    cloudformation: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    attrs: {
      policyType: { type: 'string', terraform: ['policy_type_name'], cloudformation: null },
    },
    lists: {
      attributes: {
        terraform: ['policy_attribute'],
        cloudformation: null,
        attrs: {
          name: { type: 'string', terraform: ['name'], cloudformation: null },
          value: { type: 'string', terraform: ['value'], cloudformation: null },
        },
      },
      /** `attribute` blocks of `aws_lb_ssl_negotiation_policy`. */
      sslAttributes: {
        terraform: ['attribute'],
        cloudformation: null,
        attrs: {
          name: { type: 'string', terraform: ['name'], cloudformation: null },
          value: { type: 'string', terraform: ['value'], cloudformation: null },
        },
      },
      policies: {
        terraform: null,
        cloudformation: ['Policies'],
        attrs: {
          policyType: { type: 'string', terraform: null, cloudformation: ['PolicyType'] },
          attributes: { type: 'any', terraform: null, cloudformation: ['Attributes'] },
        },
      },
    },
  },
];
