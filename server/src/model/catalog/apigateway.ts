// SPDX-License-Identifier: Apache-2.0
import type { CatalogKind } from './types';

export const APIGATEWAY = [
  {
    kind: 'aws.apigateway.stage',
    terraform: ['aws_api_gateway_stage'],
    cloudformation: ['AWS::ApiGateway::Stage'],
    attrs: {
      accessLogDestination: { type: 'string', terraform: ['access_log_settings', 'destination_arn'], cloudformation: ['AccessLogSetting', 'DestinationArn'] },
      accessLogFormat: { type: 'string', terraform: ['access_log_settings', 'format'], cloudformation: ['AccessLogSetting', 'Format'] },
      tracingEnabled: { type: 'bool', terraform: ['xray_tracing_enabled'], cloudformation: ['TracingEnabled'], default: false },
    },
  },
  {
    kind: 'aws.apigatewayv2.stage',
    terraform: ['aws_apigatewayv2_stage'],
    cloudformation: ['AWS::ApiGatewayV2::Stage'],
    attrs: {
      accessLogDestination: { type: 'string', terraform: ['access_log_settings', 'destination_arn'], cloudformation: ['AccessLogSettings', 'DestinationArn'] },
      accessLogFormat: { type: 'string', terraform: ['access_log_settings', 'format'], cloudformation: ['AccessLogSettings', 'Format'] },
    },
  },
  {
    kind: 'aws.apigateway.domain-name',
    terraform: ['aws_api_gateway_domain_name'],
    cloudformation: ['AWS::ApiGateway::DomainName'],
    attrs: {
      /** API Gateway's default for REST API custom domains is TLS_1_0. */
      securityPolicy: { type: 'string', terraform: ['security_policy'], cloudformation: ['SecurityPolicy'], default: 'TLS_1_0' },
    },
  },
  {
    /**
     * Execution logging of REST API methods: a Terraform aws_api_gateway_method_settings (one per stage and
     * method path), or the `MethodSettings` list of a CloudFormation stage.
     */
    kind: 'aws.apigateway.method-settings',
    terraform: ['aws_api_gateway_method_settings'],
    cloudformation: ['AWS::ApiGateway::Stage'],
    attrs: {
      loggingLevel: { type: 'string', terraform: ['settings', 'logging_level'], cloudformation: null, default: 'OFF' },
      methodPath: { type: 'string', terraform: ['method_path'], cloudformation: null },
    },
    lists: {
      methodSettings: {
        terraform: null,
        cloudformation: ['MethodSettings'],
        attrs: {
          loggingLevel: { type: 'string', terraform: null, cloudformation: ['LoggingLevel'], default: 'OFF' },
          resourcePath: { type: 'string', terraform: null, cloudformation: ['ResourcePath'] },
          httpMethod: { type: 'string', terraform: null, cloudformation: ['HttpMethod'] },
        },
      },
    },
  },
  {
    kind: 'aws.apigateway.method',
    terraform: ['aws_api_gateway_method'],
    cloudformation: ['AWS::ApiGateway::Method'],
    attrs: {
      /** Required in Terraform; CloudFormation defaults to NONE. */
      authorization: { type: 'string', terraform: ['authorization'], cloudformation: ['AuthorizationType'], cloudformationDefault: 'NONE' },
      apiKeyRequired: { type: 'bool', terraform: ['api_key_required'], cloudformation: ['ApiKeyRequired'], default: false },
      httpMethod: { type: 'string', terraform: ['http_method'], cloudformation: ['HttpMethod'] },
    },
  },
  {
    kind: 'aws.apigatewayv2.route',
    terraform: ['aws_apigatewayv2_route'],
    cloudformation: ['AWS::ApiGatewayV2::Route'],
    attrs: {
      routeKey: { type: 'string', terraform: ['route_key'], cloudformation: ['RouteKey'] },
      authorizationType: { type: 'string', terraform: ['authorization_type'], cloudformation: ['AuthorizationType'], default: 'NONE' },
    },
  },
] as const satisfies readonly CatalogKind[];
