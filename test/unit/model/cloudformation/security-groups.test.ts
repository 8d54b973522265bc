// SPDX-License-Identifier: Apache-2.0
// Security groups: one rule per inline SecurityGroupIngress item, standalone ingress resources joined by
// GroupId / GroupName references, and unjoined ones kept as their own entry.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Unknown } from '../../../../server/src/core/value';
import { at, modelOf } from './helpers';

const TEMPLATE = `Conditions:
  Open: !Equals [!Ref AdminCidr, open]
Parameters:
  AdminCidr:
    Type: String
  SharedGroup:
    Type: AWS::EC2::SecurityGroup::Id
Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
        - IpProtocol: -1
          CidrIpv6: ::/0
        - IpProtocol: tcp
          FromPort: '22'
          ToPort: 22
          CidrIp: !Ref AdminCidr
  Db:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: db
  DbFromWeb:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Db.GroupId
      IpProtocol: tcp
      FromPort: 5432
      ToPort: 5432
      CidrIp: 10.0.0.0/8
  DbByRef:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref Db
      IpProtocol: tcp
      FromPort: 3306
      ToPort: 3306
      SourceSecurityGroupId: !Ref Web
  Shared:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref SharedGroup
      IpProtocol: tcp
      FromPort: 3389
      ToPort: 3389
      CidrIp: 0.0.0.0/0
  Conditional:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: c
      SecurityGroupIngress: !If [Open, [{ IpProtocol: tcp, CidrIp: 0.0.0.0/0 }], []]
`;

describe('CloudFormation adapter: security groups', () => {
  const groups = modelOf(TEMPLATE).aws.securityGroups;

  it('lists groups in template order, then unjoined standalone rules', () => {
    assert.deepEqual(groups.map((g) => `${g.address}:${g.sourceType}`), [
      'Web:AWS::EC2::SecurityGroup',
      'Db:AWS::EC2::SecurityGroup',
      'Conditional:AWS::EC2::SecurityGroup',
      'Shared:AWS::EC2::SecurityGroupIngress',
    ]);
  });

  it('makes one rule per inline item, with refs and list-item locations', () => {
    const web = groups[0]!;
    assert.equal(web.ingress.length, 3);
    const [https, all, ssh] = web.ingress;
    assert.equal(https!.standalone, null);
    assert.equal(at(TEMPLATE, https!.ref), 'IpProtocol: tcp');
    assert.equal(https!.protocol.value, 'tcp');
    assert.equal(https!.fromPort.value, 443);
    assert.deepEqual(https!.cidrs, ['0.0.0.0/0']);
    assert.equal(at(TEMPLATE, https!.cidrsRef), '0.0.0.0/0');
    assert.deepEqual(https!.ipv6Cidrs, []);
    assert.deepEqual(https!.cidrs.length, 1);
    assert.deepEqual(https!.protocol.location?.path, ['SecurityGroupIngress', '0', 'IpProtocol']);
    assert.equal(all!.protocol.value, '-1');
    assert.equal(all!.fromPort.present, false);
    assert.equal(at(TEMPLATE, all!.fromPort.ref), 'IpProtocol: -1');
    assert.deepEqual(all!.ipv6Cidrs, ['::/0']);
    assert.deepEqual(all!.cidrs, []);
    assert.equal(ssh!.fromPort.value, 22);
    const cidr = ssh!.cidrs[0];
    assert.ok(cidr instanceof Unknown);
    assert.equal(cidr.detail, 'parameter AdminCidr');
  });

  it('joins standalone ingress by GetAtt GroupId and by Ref', () => {
    const db = groups[1]!;
    assert.deepEqual(db.ingress.map((r) => r.standalone?.address), ['DbFromWeb', 'DbByRef']);
    const [fromWeb, byRef] = db.ingress;
    assert.equal(at(TEMPLATE, fromWeb!.ref), 'DbFromWeb');
    assert.equal(fromWeb!.fromPort.value, 5432);
    assert.deepEqual(fromWeb!.cidrs, ['10.0.0.0/8']);
    assert.deepEqual(fromWeb!.protocol.location?.path, ['IpProtocol']);
    assert.ok(fromWeb!.protocol.location?.target.kind === 'resource' && fromWeb!.protocol.location.target.resource.logicalId === 'DbFromWeb');
    assert.deepEqual(byRef!.cidrs, []);
  });

  it('keeps a rule for a group outside the template as its own entry', () => {
    const shared = groups[3]!;
    assert.equal(shared.ingress.length, 1);
    assert.equal(shared.ingress[0]!.standalone?.address, 'Shared');
    assert.deepEqual(shared.ingress[0]!.cidrs, ['0.0.0.0/0']);
  });

  it('reads a list behind a condition as one rule of which nothing is known', () => {
    const c = groups[2]!;
    assert.equal(c.ingress.length, 1);
    const rule = c.ingress[0]!;
    assert.ok(rule.protocol.value instanceof Unknown);
    assert.equal(rule.protocol.value.describe(), 'depends on condition Open, which depends on parameter AdminCidr');
    assert.deepEqual(rule.protocol.value.ref, { kind: 'condition', name: 'Open' });
    assert.ok(rule.cidrs[0] instanceof Unknown);
    assert.equal(rule.protocol.location, null);
  });
});
