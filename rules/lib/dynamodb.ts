// SPDX-License-Identifier: Apache-2.0
// Shared facts about DynamoDB tables for the rules under rules/aws/dynamodb.

import type { CatalogResourceOf, CheckContext } from '../api';

type Table = CatalogResourceOf<'aws.dynamodb.table'>;
type Replica = Table['lists']['replicas']['items'][number];

/** A CloudFormation GlobalTable: its recovery, key and deletion settings are per replica only. */
export function isGlobalTable(table: Table): boolean {
  return table.sourceType === 'AWS::DynamoDB::GlobalTable';
}

/**
 * The table's replicas (Terraform `replica` blocks, GlobalTable `Replicas`). When some cannot be read (a
 * `dynamic "replica"` block with an unknown for_each), "cannot verify" is reported once for `what`.
 */
export function replicas(table: Table, ctx: CheckContext, what: string): Replica[] {
  const list = table.lists.replicas;
  if (list.unknown) ctx.cannotVerify(table, list.unknown, what);
  return list.items;
}

/** "the replica in eu-west-1" (or "a replica" when the region is not a literal). */
export function replicaName(item: Replica): string {
  const r = item.attrs.region.value;
  return typeof r === 'string' && r !== '' ? `the replica in ${r}` : 'a replica';
}
