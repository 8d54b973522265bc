// SPDX-License-Identifier: Apache-2.0
// Which value of a fix the user must type: the editor selects it once the fix is applied.

import type { FixOp } from '../engine/rule-api';
import type { FixValue } from '../model/edit-target';

/** The name of the first placeholder value a fix writes, if any. */
export function placeholderOf(ops: readonly FixOp[]): string | undefined {
  const find = (v: FixValue): string | undefined => {
    switch (v.kind) {
      case 'placeholder':
        return v.name;
      case 'list':
        return v.items.map(find).find((x) => x !== undefined);
      case 'object':
        return v.entries.map(([, x]) => find(x)).find((x) => x !== undefined);
      case 'jsonencode':
        return find(v.value);
      default:
        return undefined;
    }
  };
  for (const op of ops) {
    const values = op.op === 'set' ? [op.value] : op.values.map(([, v]) => v);
    for (const v of values) {
      const name = find(v);
      if (name) return name;
    }
  }
  return undefined;
}
