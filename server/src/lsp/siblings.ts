// SPDX-License-Identifier: Apache-2.0
// A Terraform module is a directory: a change to one of its files changes the findings of the others
// (a public access block in b.tf clears the bucket's finding in a.tf), and of the modules that call it
// (their calls are evaluated with its text), and a var file changes its root module. CloudFormation
// templates stand alone, so they are left alone.

import { dirname } from 'node:path';
import { fileKind, isTerraformModuleFile } from '../service/file-kinds';
import { scheduleValidation } from './publish';
import type { ServerState } from './state';

export function revalidateModuleSiblings(state: ServerState, changedUri: string, changedPath: string): void {
  const kind = fileKind(changedPath);
  if (!isTerraformModuleFile(changedPath) && kind !== 'terraform-vars' && !/\.tfvars\.json$/i.test(changedPath)) return;
  const dirs = new Set([dirname(changedPath), ...state.service.dependentDirs(changedPath)]);
  for (const other of state.documents.all()) {
    if (other.uri === changedUri) continue;
    const p = state.pathOf(other.uri);
    if (!dirs.has(dirname(p)) || !isTerraformModuleFile(p)) continue;
    state.analyses.delete(other.uri);
    scheduleValidation(state, other.uri);
  }
}
