// SPDX-License-Identifier: Apache-2.0
// Adapter additions for the S3 / CloudTrail / RDS / network rules: RDS instance settings, CloudTrail S3
// data event selectors (basic and advanced), network ACL entries and default security groups.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { buildTerraformModel } from '../../../server/src/model/adapters/terraform';
import { Unknown } from '../../../server/src/core/value';
import { at, modelOf } from './cloudformation/helpers';

const tf = (text: string) => buildTerraformModel([{ path: '/m/main.tf', file: parseHcl(text) }]).aws;

void describe('RDS instance settings', () => {
  void it('applies the provider defaults in Terraform and CloudFormation', () => {
    const [t] = tf('resource "aws_db_instance" "d" {\n  engine = "postgres"\n}\n').rdsInstances;
    const [c] = modelOf('Resources:\n  D:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n').aws.rdsInstances;
    for (const db of [t!, c!]) {
      assert.deepEqual(
        [db.autoMinorVersionUpgrade.value, db.multiAz.value, db.backupRetentionPeriod.value, db.deletionProtection.value, db.cloudwatchLogsExports.present, db.masterPassword.present],
        [true, false, 1, false, false, false],
      );
    }
  });

  void it('reads written values, lists and unknowns', () => {
    const [t] = tf('resource "aws_db_instance" "d" {\n  backup_retention_period = 14\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n  password = var.pw\n}\n').rdsInstances;
    assert.equal(t!.backupRetentionPeriod.value, 14);
    assert.deepEqual(t!.cloudwatchLogsExports.value, ['postgresql']);
    assert.ok(t!.masterPassword.value instanceof Unknown);
  });
});

void describe('Aurora cluster members', () => {
  void it('Terraform: aws_rds_cluster_instance is a DB instance in a cluster, monitoring off by default', () => {
    const [m] = tf('resource "aws_rds_cluster_instance" "m" {\n  cluster_identifier = "orders"\n  engine = "aurora-mysql"\n}\n').rdsInstances;
    assert.equal(m!.sourceType, 'aws_rds_cluster_instance');
    assert.deepEqual([m!.clusterIdentifier.value, m!.publiclyAccessible.value, m!.autoMinorVersionUpgrade.value, m!.monitoringInterval.value], ['orders', false, true, 0]);
  });

  void it('CloudFormation: a member without PubliclyAccessible takes the default from its cluster\'s subnet group', () => {
    const member = (cluster: string, id: string) => `  ${id}:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBClusterIdentifier: ${cluster}\n`;
    const t = `Resources:\n  Open:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n  Closed:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n      DBSubnetGroupName: private\n${member('!Ref Open', 'A')}${member('!Ref Closed', 'B')}${member('orders', 'C')}`;
    const [a, b, c] = modelOf(t).aws.rdsInstances;
    assert.equal(a!.publiclyAccessible.value, true);
    assert.equal(b!.publiclyAccessible.value, false);
    assert.ok(c!.publiclyAccessible.value instanceof Unknown);
    assert.equal(c!.publiclyAccessible.present, false);
  });
});

void describe('CloudTrail S3 data event selectors', () => {
  void it('Terraform: basic selectors with their read/write type, advanced ones by readOnly', () => {
    const [trail] = tf(`
resource "aws_cloudtrail" "t" {
  event_selector {
    read_write_type = "ReadOnly"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
  event_selector {
    data_resource {
      type   = "AWS::Lambda::Function"
      values = ["arn:aws:lambda"]
    }
  }
  advanced_event_selector {
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["false"]
    }
  }
}
`).cloudTrails;
    assert.equal(trail!.eventSelectorCount, 3);
    assert.equal(trail!.hasAdvancedSelectors, true);
    assert.deepEqual(trail!.s3DataSelectors.map((s) => [s.logsReads, s.logsWrites]), [
      [true, false],
      [false, true],
    ]);
  });

  void it('Terraform: a dynamic selector is unknown', () => {
    const [trail] = tf('resource "aws_cloudtrail" "t" {\n  dynamic "event_selector" {\n    for_each = var.s\n    content {}\n  }\n}\n').cloudTrails;
    assert.ok(trail!.s3DataSelectors[0]!.logsWrites instanceof Unknown);
  });

  void it('CloudFormation: EventSelectors items default to All; a parameter is unknown', () => {
    const text = `Parameters:
  Rw:
    Type: String
Resources:
  T:
    Type: AWS::CloudTrail::Trail
    Properties:
      EventSelectors:
        - DataResources:
            - Type: AWS::S3::Object
              Values: [arn:aws:s3]
        - ReadWriteType: !Ref Rw
          DataResources:
            - Type: AWS::S3::Object
              Values: [arn:aws:s3]
`;
    const [trail] = modelOf(text).aws.cloudTrails;
    assert.equal(trail!.eventSelectorCount, 2);
    assert.deepEqual([trail!.s3DataSelectors[0]!.logsReads, trail!.s3DataSelectors[0]!.logsWrites], [true, true]);
    assert.ok(trail!.s3DataSelectors[1]!.logsReads instanceof Unknown);
    assert.match(at(text, trail!.s3DataSelectors[1]!.ref), /^ReadWriteType/);
  });
});

void describe('network ACL entries and default security groups', () => {
  void it('Terraform: inline blocks carry their direction, rule resources default to ingress', () => {
    const aws = tf(`
resource "aws_network_acl" "a" {
  ingress {
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }
  egress {
    action   = "allow"
    protocol = "-1"
  }
}
resource "aws_network_acl_rule" "r" {
  rule_action     = "allow"
  protocol        = "-1"
  ipv6_cidr_block = "::/0"
}
resource "aws_default_security_group" "d" {
  ingress {
    protocol = "-1"
    self     = true
  }
}
`);
    assert.deepEqual(aws.networkAclEntries.map((e) => [e.address, e.egress.value, e.protocol.value, e.cidr.value ?? e.ipv6Cidr.value]), [
      ['aws_network_acl.a', false, 'tcp', '0.0.0.0/0'],
      ['aws_network_acl.a', true, '-1', undefined],
      ['aws_network_acl_rule.r', false, '-1', '::/0'],
    ]);
    assert.deepEqual(aws.defaultSecurityGroups[0]!.rules.map((r) => r.direction), ['ingress']);
  });

  void it('CloudFormation: NetworkAclEntry with its port range', () => {
    const [e] = modelOf('Resources:\n  E:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      Protocol: 6\n      RuleAction: allow\n      CidrBlock: 0.0.0.0/0\n      PortRange:\n        From: 3389\n        To: 3389\n').aws.networkAclEntries;
    assert.deepEqual([e!.egress.value, e!.protocol.value, e!.fromPort.value, e!.toPort.value], [false, '6', 3389, 3389]);
  });
});
