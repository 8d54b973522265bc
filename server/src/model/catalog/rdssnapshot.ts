// SPDX-License-Identifier: Apache-2.0
// Manual RDS snapshots shared with other accounts. Terraform only: `shared_accounts` of `aws_db_snapshot`,
// `aws_db_cluster_snapshot` and `aws_db_snapshot_copy` (the value `all` makes the snapshot public).
// CloudFormation has no DB snapshot resource.
import type { CatalogKind } from './types';

export const RDSSNAPSHOT: CatalogKind[] = [
  {
    kind: 'aws.rds.snapshot',
    terraform: ['aws_db_snapshot', 'aws_db_cluster_snapshot', 'aws_db_snapshot_copy'],
    cloudformation: [],
    attrs: {
      sharedAccounts: { type: 'list', terraform: ['shared_accounts'], cloudformation: null },
    },
  },
];
