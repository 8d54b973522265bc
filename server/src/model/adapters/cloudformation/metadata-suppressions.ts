// SPDX-License-Identifier: Apache-2.0
// Suppressions written in a CloudFormation resource's `Metadata` (the only place JSON templates have):
// ours and the peers' (see engine/suppressions.ts for how they apply).
//
//   Metadata:
//     iac-compliance: { ignore: [ { id: AWS-S3-002, reason: "...", until: 2027-01-31 } ] }
//     checkov:        { skip: [ { id: CKV_AWS_18, comment: "..." } ] }
//     cfn_nag:        { rules_to_suppress: [ { id: W35, reason: "..." } ] }
//     cfn-lint:       { config: { ignore_checks: [ W3005 ] } }
//     guard:          { SuppressedRules: [ S3_BUCKET_LOGGING_ENABLED ] }

import { mapGet, scalarString } from '../../../parsers/cfn';
import type { CfnNode } from '../../../parsers/cfn';
import type { MetadataSuppression } from '../../../engine/suppressions';

function items(node: CfnNode | undefined): CfnNode[] {
  return node?.type === 'Sequence' ? node.items : [];
}

export function metadataSuppressions(metadata: CfnNode | null): MetadataSuppression[] {
  if (!metadata) return [];
  const out: MetadataSuppression[] = [];
  const entry = (tool: MetadataSuppression['tool'], item: CfnNode, idKey: string, reasonKey: string | null): void => {
    const id = item.type === 'Scalar' ? scalarString(item) : scalarString(mapGet(item, idKey));
    if (!id) return;
    const reason = reasonKey ? (scalarString(mapGet(item, reasonKey)) ?? '').trim() : '';
    const until = scalarString(mapGet(item, 'until'));
    out.push({ tool, id, reason, until: until && /^\d{4}-\d{2}-\d{2}$/.test(until) ? until : null, start: item.start, end: item.end });
  };
  for (const item of items(mapGet(mapGet(metadata, 'iac-compliance'), 'ignore'))) entry('iac-compliance', item, 'id', 'reason');
  for (const item of items(mapGet(mapGet(metadata, 'checkov'), 'skip'))) entry('checkov', item, 'id', 'comment');
  for (const item of items(mapGet(mapGet(metadata, 'cfn_nag'), 'rules_to_suppress'))) entry('cfn_nag', item, 'id', 'reason');
  for (const item of items(mapGet(mapGet(mapGet(metadata, 'cfn-lint'), 'config'), 'ignore_checks'))) entry('cfn-lint', item, 'id', null);
  for (const item of items(mapGet(mapGet(metadata, 'guard'), 'SuppressedRules'))) entry('guard', item, 'id', null);
  return out;
}
