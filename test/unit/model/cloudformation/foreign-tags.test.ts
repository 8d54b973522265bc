// SPDX-License-Identifier: Apache-2.0
// Tags CloudFormation does not define (`!Rain::Embed`, `!ValueOf`) are expanded by other tools before
// deployment: they are not syntax problems, and their values are unknowns naming the tag.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Unknown } from '../../../../server/src/core/value';
import { parseCloudFormation } from '../../../../server/src/parsers/cfn';
import { analyzeText } from '../../../support/fixture-runner';
import { modelOf } from './helpers';

const TEXT = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !ValueOf [Env, Value]
      LoggingConfiguration: !Rain::Embed logging.yaml
      VersioningConfiguration: !Rain::S3 {Path: versioning.yaml}
`;

void describe('tags other tools expand', () => {
  void it('are not syntax diagnostics', () => {
    assert.deepEqual(parseCloudFormation(TEXT, 'yaml').diagnostics, []);
    assert.deepEqual(analyzeText('/t/template.yaml', TEXT).syntax, []);
  });

  void it('are unknown values naming the tag, never what is written under them', () => {
    const b = modelOf(TEXT).aws.s3Buckets[0]!;
    assert.ok(b.name.value instanceof Unknown);
    assert.deepEqual(b.name.value.ref, { kind: 'function', name: '!ValueOf' });
    const versioning = b.versioning.enabled.value;
    assert.ok(versioning instanceof Unknown, 'Status under !Rain::S3 is not read as written');
    assert.deepEqual(versioning.ref, { kind: 'function', name: '!Rain::S3' });
    assert.ok(b.logging.targetBucket.value instanceof Unknown);
  });
});
