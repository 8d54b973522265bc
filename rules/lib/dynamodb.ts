// SPDX-License-Identifier: Apache-2.0
// Shared facts about DynamoDB tables for the rules under rules/aws/dynamodb.

import type { CatalogItem, CatalogResource, CheckContext } from '../api';

/** A CloudFormation GlobalTable: its recovery, key and deletion settings are per replica only. */
export function isGlobalTable(table: CatalogResource): boolean {
  return table.sourceType === 'AWS::DynamoDB::GlobalTable';
}

/**
 * The table's replicas (Terraform `replica` blocks, GlobalTable `Replicas`). When some cannot be read (a
 * `dynamic "replica"` block with an unknown for_each), "cannot verify" is reported once for `what`.
 */
export function replicas(table: CatalogResource, ctx: CheckContext, what: string): CatalogItem[] {
  const list = table.lists?.replicas;
  if (list?.unknown) ctx.cannotVerify(table, list.unknown, what);
  return list?.items ?? [];
}

/** "the replica in eu-west-1" (or "a replica" when the region is not a literal). */
export function replicaName(item: CatalogItem): string {
  const r = item.attrs.region?.value;
  return typeof r === 'string' && r !== '' ? `the replica in ${r}` : 'a replica';
}
