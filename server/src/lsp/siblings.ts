// SPDX-License-Identifier: Apache-2.0
// A Terraform module is a directory: a change to one of its files changes the findings of the others
// (a public access block in b.tf clears the bucket's finding in a.tf). CloudFormation templates and
// variable files stand alone, so they are left alone.

import { dirname } from 'node:path';
import { isTerraformModuleFile } from '../service/file-kinds';
import { scheduleValidation } from './publish';
import type { ServerState } from './state';

export function revalidateModuleSiblings(state: ServerState, changedUri: string, changedPath: string): void {
  if (!isTerraformModuleFile(changedPath)) return;
  const dir = dirname(changedPath);
  for (const other of state.documents.all()) {
    if (other.uri === changedUri) continue;
    const p = state.pathOf(other.uri);
    if (dirname(p) !== dir || !isTerraformModuleFile(p)) continue;
    state.analyses.delete(other.uri);
    scheduleValidation(state, other.uri);
  }
}
