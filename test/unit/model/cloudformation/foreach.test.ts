// SPDX-License-Identifier: Apache-2.0
// Fn::ForEach (AWS::LanguageExtensions) expanded into resources: logical ids with ${Identifier} and
// &{Identifier}, Ref and Fn::Sub of the identifier, collections from parameters, nested loops, joins to
// the created resources, and notes (never silence) for loops that cannot be expanded or create too many.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_CFN_FOREACH_RESOURCES } from '../../../../server/src/core/limits';
import { modelOf } from './helpers';

const DDB = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Tables:
    - TableName
    - - Points
      - Score
      - Name
      - Leaderboard
    - DynamoDB\${TableName}:
        Type: AWS::DynamoDB::Table
        Properties:
          TableName: !Ref TableName
          SSESpecification:
            SSEEnabled: true
            KMSMasterKeyId: !Sub alias/\${TableName}
`;

void describe('Fn::ForEach', () => {
  void it('creates one resource per item, with the identifier bound in Ref and Fn::Sub (fn-foreach-ddb.yaml)', () => {
    const tables = modelOf(DDB).aws.catalog['aws.dynamodb.table'] ?? [];
    assert.deepEqual(
      tables.map((t) => t.address),
      ['Points', 'Score', 'Name', 'Leaderboard'].map((n) => `DynamoDB\${TableName}[${JSON.stringify(n)}]`),
    );
    const keys = tables.map((t) => (t.attrs as Record<string, { value: unknown }>).kmsKeyArn?.value);
    assert.deepEqual(keys, ['alias/Points', 'alias/Score', 'alias/Name', 'alias/Leaderboard']);
  });

  void it('&{Identifier} keeps letters and digits; collections come from parameters; loops nest', () => {
    const text = `Transform: AWS::LanguageExtensions
Parameters:
  Names:
    Type: CommaDelimitedList
    Default: "a.b, c-d"
Resources:
  Fn::ForEach::Outer:
    - Name
    - !Ref Names
    - Fn::ForEach::Inner:
        - Env
        - [dev, prod]
        - Bucket&{Name}\${Env}:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Sub \${Name}-\${Env}
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucketabprod
      PolicyDocument:
        Statement: []
`;
    const buckets = modelOf(text).aws.s3Buckets;
    assert.deepEqual(
      buckets.map((b) => [b.address, b.name.value]),
      [
        ['Bucket&{Name}${Env}["a.b, dev"]', 'a.b-dev'],
        ['Bucket&{Name}${Env}["a.b, prod"]', 'a.b-prod'],
        ['Bucket&{Name}${Env}["c-d, dev"]', 'c-d-dev'],
        ['Bucket&{Name}${Env}["c-d, prod"]', 'c-d-prod'],
      ],
    );
    // The policy joins the bucket the loop created under the logical id Bucketabprod.
    assert.ok(buckets[1]!.policy !== null, "the policy of Bucketabprod");
    assert.equal(buckets[0]!.policy, null);
  });

  void it('a collection only the deployment knows is a note naming the loop, not silence', () => {
    const text = `Transform: AWS::LanguageExtensions
Parameters:
  Names:
    Type: CommaDelimitedList
Resources:
  Fn::ForEach::Buckets:
    - Name
    - !Ref Names
    - Bucket\${Name}:
        Type: AWS::S3::Bucket
`;
    const model = modelOf(text);
    assert.equal(model.aws.s3Buckets.length, 0);
    assert.deepEqual(model.notes?.map((n) => n.message), ['Fn::ForEach::Buckets: its collection depends on parameter Names; the resources it creates are not checked.']);
  });

  void it(`creates at most ${MAX_CFN_FOREACH_RESOURCES} resources, then a note`, () => {
    const items = Array.from({ length: 60 }, (_, i) => `"i${i}"`).join(', ');
    const text = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::A:
    - X
    - [${items}]
    - Fn::ForEach::B:
        - Y
        - [${items}]
        - Topic\${X}\${Y}:
            Type: AWS::SNS::Topic
`;
    const model = modelOf(text);
    assert.equal(model.aws.snsTopics.length, MAX_CFN_FOREACH_RESOURCES);
    assert.equal(model.notes?.length, 1);
    assert.match(model.notes![0]!.message, /creates more than 1,000 resources; the rest are not checked/);
  });

  void it('in Conditions: one condition per item, with the identifier bound; nested loops too', () => {
    const text = `Transform: AWS::LanguageExtensions
Parameters:
  Env:
    Type: String
    Default: prod
Conditions:
  Fn::ForEach::Envs:
    - Name
    - [dev, prod]
    - Is\${Name}: !Equals [!Ref Env, !Ref Name]
      Fn::ForEach::Regions:
        - Region
        - [eu, us]
        - Is\${Name}In\${Region}: !And [!Equals [!Ref Env, !Ref Name], !Equals [!Ref Region, eu]]
Resources:
  DevTopic:
    Type: AWS::SNS::Topic
    Condition: Isdev
  ProdTopic:
    Type: AWS::SNS::Topic
    Condition: Isprod
  ProdEuTopic:
    Type: AWS::SNS::Topic
    Condition: IsprodIneu
  ProdUsTopic:
    Type: AWS::SNS::Topic
    Condition: IsprodInus
`;
    const model = modelOf(text);
    assert.deepEqual(model.aws.snsTopics.map((t) => t.address), ['ProdTopic', 'ProdEuTopic']);
    assert.equal(model.conditional?.size ?? 0, 0, 'every condition is decided');
  });

  void it('in a resource\'s properties: the keys it makes, each value with the identifier bound', () => {
    const text = `Transform: AWS::LanguageExtensions
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      Fn::ForEach::Settings:
        - Setting
        - [KmsMasterKeyId]
        - \${Setting}: !Sub alias/\${Setting}
`;
    const queue = (modelOf(text).aws.catalog['aws.sqs.queue'] ?? [])[0];
    assert.ok(queue, 'the queue is read');
    const v = (queue.attrs as Record<string, { value: unknown }>).kmsMasterKeyId?.value;
    assert.equal(v, 'alias/KmsMasterKeyId');
  });

  void it('in Outputs: no note, no syntax problem (outputs are not judged)', () => {
    const text = `Transform: AWS::LanguageExtensions
Resources:
  Bucket:
    Type: AWS::S3::Bucket
Outputs:
  Fn::ForEach::BucketOutputs:
    - Property
    - [Arn, DomainName]
    - Bucket\${Property}:
        Value: !GetAtt [Bucket, !Ref Property]
`;
    const model = modelOf(text);
    assert.equal(model.aws.s3Buckets.length, 1);
    assert.deepEqual(model.notes ?? [], []);
  });
});
