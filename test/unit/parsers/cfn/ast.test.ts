// SPDX-License-Identifier: Apache-2.0
// The node helpers: lookups, nodeAt, toPlain.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getPath, isIntrinsic, mapEntry, mapGet, nodeAt, parseYaml, scalarString, toPlain } from '../../../../server/src/parsers/cfn';
import { rootOf, slice } from './helpers';

const TEXT = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Name: !Sub "${AWS::StackName}-b"\n      Tags: [{Key: k, Value: v}]\n';

describe('CloudFormation node helpers', () => {
  const root = rootOf(parseYaml(TEXT));

  it('looks up keys and paths, and does not look through intrinsics', () => {
    assert.equal(scalarString(getPath(root, ['Resources', 'B', 'Type'])), 'AWS::S3::Bucket');
    assert.equal(scalarString(getPath(root, ['Resources', 'B', 'Properties', 'Tags', 0, 'Value'])), 'v');
    assert.equal(getPath(root, ['Resources', 'B', 'Properties', 'Name', 'x']), undefined);
    assert.equal(getPath(root, ['Resources', 0]), undefined);
    assert.equal(getPath(null, ['a']), undefined);
    assert.equal(getPath(root, []), root);
    assert.equal(mapGet(getPath(root, ['Resources', 'B', 'Type']), 'x'), undefined);
    assert.equal(mapEntry(mapGet(root, 'Resources'), 'B')?.key.value, 'B');
  });

  it('finds the innermost node at an offset', () => {
    const at = (needle: string, delta = 0): string => {
      const node = nodeAt(root, TEXT.indexOf(needle) + delta);
      assert.ok(node);
      return slice(TEXT, node);
    };
    assert.equal(at('Type'), 'Type');
    assert.equal(at('AWS::S3', 3), 'AWS::S3::Bucket');
    assert.equal(at('${AWS'), '"${AWS::StackName}-b"');
    assert.equal(at('!Sub', 1), '!Sub "${AWS::StackName}-b"');
    assert.ok(isIntrinsic(nodeAt(root, TEXT.indexOf('!Sub'))));
    assert.equal(at('v}'), 'v');
    assert.equal(nodeAt(root, TEXT.length + 5), undefined);
  });

  it('turns nodes into plain values with intrinsics in long form', () => {
    assert.deepEqual(toPlain(getPath(root, ['Resources', 'B', 'Properties']) ?? root), {
      Name: { 'Fn::Sub': '${AWS::StackName}-b' },
      Tags: [{ Key: 'k', Value: 'v' }],
    });
    // A `__proto__` key stays data instead of changing the object's prototype.
    const plain = toPlain(rootOf(parseYaml('__proto__: {polluted: true}\n')));
    assert.deepEqual(Object.keys(plain as object), ['__proto__']);
    assert.equal(Object.getPrototypeOf(plain), Object.prototype);
  });
});
