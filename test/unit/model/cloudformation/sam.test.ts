// SPDX-License-Identifier: Apache-2.0
// SAM (AWS::Serverless-2016-10-31): serverless resources become the resources SAM deploys, Globals merged,
// so the rules of those resources judge them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../../support/fixture-runner';

const SAM = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    Handler: app.handler
    Tracing: Active
    KmsKeyArn: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
    Environment:
      Variables:
        API_TOKEN: sk_live_global_token_value
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Environment:
        Variables:
          STAGE: prod
      Policies:
        - AdministratorAccess
        - Statement:
            - Effect: Allow
              Action: "*"
              Resource: "*"
  WithRole:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Role: arn:aws:iam::111122223333:role/existing
      Policies:
        - AdministratorAccess
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      TracingEnabled: true
  Http:
    Type: AWS::Serverless::HttpApi
  Table:
    Type: AWS::Serverless::SimpleTable
`;

void describe('SAM transform', () => {
  const a = analyzeText('/t/template.yaml', SAM);
  const rules = (resource: string): string[] => [...new Set(a.findings.filter((f) => f.resource === resource).map((f) => f.ruleId))].sort();

  void it('Function: Globals fill tracing and the key; environment variables merge (a global secret is found)', () => {
    assert.deepEqual(rules('Fn').filter((r) => r.startsWith('AWS-LAMBDA')), ['AWS-LAMBDA-003']);
    assert.match(a.findings.find((f) => f.ruleId === 'AWS-LAMBDA-003')!.message, /API_TOKEN/);
  });

  void it('Function Policies: the role SAM creates is judged (managed policy by name, inline statements); none when Role is given', () => {
    assert.deepEqual(rules('FnRole').filter((r) => r === 'AWS-IAM-010'), ['AWS-IAM-010']);
    assert.ok(a.findings.some((f) => f.ruleId === 'AWS-IAM-001' && f.resource.startsWith('FnRole')));
    assert.deepEqual(rules('WithRoleRole'), []);
  });

  void it('Api, HttpApi and SimpleTable become a stage, a v2 stage and a table; findings carry no fix', () => {
    assert.ok(rules('ApiprodStage').includes('AWS-APIGATEWAY-001'));
    assert.ok(!rules('ApiprodStage').includes('AWS-APIGATEWAY-006'), 'TracingEnabled: true');
    assert.ok(rules('HttpApiGatewayDefaultStage').includes('AWS-APIGATEWAY-002'));
    assert.ok(rules('Table').includes('AWS-DYNAMODB-001'));
    const generated = a.findings.filter((f) => ['Fn', 'FnRole', 'ApiprodStage', 'HttpApiGatewayDefaultStage', 'Table'].includes(f.resource));
    assert.ok(generated.length > 0);
    assert.deepEqual(generated.filter((f) => f.fixes.length > 0).map((f) => f.ruleId), []);
  });

  void it('Function Api / HttpApi events make the implicit APIs, configured by Globals; events naming an API do not', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Globals:
  Api:
    TracingEnabled: true
Resources:
  Own:
    Type: AWS::Serverless::Api
    Properties:
      StageName: live
      TracingEnabled: true
      AccessLogSetting:
        DestinationArn: arn:aws:logs:us-east-1:111122223333:log-group:api
        Format: $context.requestId
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
      Events:
        OnOwn:
          Type: Api
          Properties:
            RestApiId: !Ref Own
            Path: /own
            Method: get
        Hello:
          Type: Api
          Properties:
            Path: /hello
            Method: get
        HelloHttp:
          Type: HttpApi
        Nightly:
          Type: Schedule
          Properties:
            Schedule: rate(1 day)
`;
    const b = analyzeText('/t/events.yaml', text);
    const of = (resource: string): string[] => [...new Set(b.findings.filter((f) => f.resource === resource).map((f) => f.ruleId))].sort();
    assert.ok(of('ServerlessRestApiProdStage').includes('AWS-APIGATEWAY-001'), 'the implicit Prod stage has no access logs');
    assert.ok(!of('ServerlessRestApiProdStage').includes('AWS-APIGATEWAY-006'), 'Globals.Api turns tracing on');
    assert.ok(of('ServerlessHttpApiApiGatewayDefaultStage').includes('AWS-APIGATEWAY-002'));
    assert.ok(!of('OwnliveStage').includes('AWS-APIGATEWAY-001'), 'the named API has access logs');
    const f = b.findings.find((x) => x.resource === 'ServerlessRestApiProdStage')!;
    assert.equal(text.slice(f.ref.span.start, f.ref.span.end), 'Hello', 'at the first event that makes the API');
  });
});

