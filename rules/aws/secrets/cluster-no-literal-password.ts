// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, setFix, Unknown } from '../../api';
import type { Attr, FixValue } from '../../api';
import { hidden } from '../../lib/secret-values';

/** CloudFormation dynamic references resolve at deploy time from Secrets Manager or SSM. */
const DYNAMIC_REF = /\{\{resolve:(secretsmanager|ssm-secure|ssm):/;

export default defineCatalogRule({
  kind: 'aws.secrets.db-password',
  meta: {
    id: 'AWS-SECRETS-002',
    name: 'cluster-no-literal-password',
    title: 'Database cluster passwords and cache auth tokens are not written in the code',
    severity: 'critical',
    description:
      'The master password of Aurora/RDS clusters (`aws_rds_cluster`, `AWS::RDS::DBCluster`), DocumentDB (`aws_docdb_cluster`, `AWS::DocDB::DBCluster`), Neptune (`aws_neptune_cluster`) and Redshift (`aws_redshift_cluster`, `AWS::Redshift::Cluster`), and the auth token of ElastiCache replication groups (`auth_token`, `AuthToken`), is not a literal string in code, nor a variable or parameter default. Variables and parameters without a default, resource references, functions and `{{resolve:...}}` dynamic references are fine. RDS instances are AWS-RDS-008. Messages give only the value\'s length.',
    rationale:
      'A password in the code is in every clone, plan and state file, and cannot be rotated without a commit that everyone can read. Whoever has the repository has the database.',
    remediation:
      'Let the service manage it (`manage_master_user_password = true` / `ManageMasterUserPassword: true` for Aurora and Redshift), pass it from Secrets Manager (`{{resolve:secretsmanager:...}}`, a `random_password` written to a secret), or at least a sensitive variable / NoEcho parameter without a default. Rotate the exposed password. The quick fix moves the value to a deploy-time input (unsafe: you supply it, and changing it changes the live password).',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html', 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html'],
    frameworks: {
      'soc2-2017': ['CC6.1'],
      'nist-800-53-r5': ['IA-5', 'SC-28'],
      'nist-csf-2.0': ['PR.AA-01', 'PR.DS-01'],
    },
    levels: {},
    mappingNote: 'Not a CIS Foundations recommendation; mapped by control concept like AWS-RDS-008 (protection of authenticators).',
    resourceTypes: {
      terraform: ['aws_rds_cluster', 'aws_docdb_cluster', 'aws_redshift_cluster', 'aws_neptune_cluster', 'aws_elasticache_replication_group'],
      cloudformation: ['AWS::RDS::DBCluster', 'AWS::DocDB::DBCluster', 'AWS::Redshift::Cluster', 'AWS::ElastiCache::ReplicationGroup'],
    },
    fix: 'unsafe',
  },
  check(r, ctx) {
    const tf = r.platform === 'terraform';
    for (const [name, words, input] of [
      ['masterPassword', 'master password', tf ? 'master_password' : 'MasterUserPassword'],
      ['authToken', 'auth token', tf ? 'auth_token' : 'AuthToken'],
    ] as [string, string, string][]) {
      const attr = r.attrs[name] as Attr<unknown>;
      if (!attr.present || attr.value instanceof Unknown || typeof attr.value !== 'string') continue;
      const v = attr.value;
      if (v === '' || DYNAMIC_REF.test(v)) continue;
      const from = attr.via && attr.via.length > 0 ? ` (through ${attr.via[attr.via.length - 1]!.name})` : '';
      const placeholder: FixValue = { kind: 'placeholder', name: input === 'MasterUserPassword' ? 'MasterUserPassword' : input === 'AuthToken' ? 'AuthToken' : input, description: `The ${words} (pass it at deploy time from a secret store, never in code)` };
      ctx.report(attr, `The ${words} is written in the code${from} (${hidden(v)}). Anyone who can read the repository can use it; rotate it and let the service or a secret store provide it.`, {
        fixes: attr.via && attr.via.length > 0 ? [] : setFix('move-to-input', `Move the ${words} to a deploy-time input`, 'unsafe', [attr, placeholder]),
        secret: true,
      });
    }
  },
});
