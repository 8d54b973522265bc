// SPDX-License-Identifier: Apache-2.0
// Which clouds a Terraform module uses: account-level controls of a cloud (a CloudTrail trail, a Defender
// plan, a password policy) are judged only where that cloud is used. A folder of azurerm modules says
// nothing about an AWS account and must not collect "missing" AWS findings, and the reverse. The names
// come from one table (engine/clouds.ts), so a new cloud is a row there.

import type { Block } from '../parsers/hcl/ast';
import type { TfFile } from '../model/adapters/terraform';
import type { CloudModel } from '../model/model';
import type { ModelResource } from '../model/resource';
import { providerCloud, typeCloud } from '../engine/clouds';
import type { Cloud } from '../engine/clouds';

/** The clouds of `required_providers { aws = ..., azurerm = ... }` inside a `terraform` block. */
function requiredClouds(b: Block, into: Set<Cloud>): void {
  for (const inner of b.body.blocks) {
    if (inner.blockType !== 'required_providers') continue;
    for (const a of inner.body.attributes) {
      const c = providerCloud(a.name);
      if (c) into.add(c);
    }
  }
}

/**
 * The clouds a module uses: those of its resources and data sources, of the providers it configures or
 * requires, and of the resources its model holds (from the modules it calls).
 */
export function terraformScope(files: readonly TfFile[], model: CloudModel): Set<Cloud> {
  const out = new Set<Cloud>();
  for (const f of files) {
    for (const b of f.file.body.blocks) {
      const label = b.labels[0]?.value;
      let c: Cloud | undefined;
      if (b.blockType === 'resource' || b.blockType === 'data') c = typeCloud(label);
      else if (b.blockType === 'provider') c = providerCloud(label);
      else if (b.blockType === 'terraform') requiredClouds(b, out);
      if (c) out.add(c);
    }
  }
  const { catalog, ...typed } = model.aws;
  for (const list of Object.values(typed) as ModelResource[][]) for (const c of cloudsOf(list)) out.add(c);
  for (const list of Object.values(catalog)) for (const c of cloudsOf(list)) out.add(c);
  return out;
}

/**
 * The clouds of a model list's resources, once per list: a keystroke that reuses the previous one's lists
 * (service/tf-reuse.ts) finds them here instead of walking every resource of the model again. A list is
 * not changed once the model is built.
 */
const listClouds = new WeakMap<readonly ModelResource[], readonly Cloud[]>();

function cloudsOf(list: readonly ModelResource[]): readonly Cloud[] {
  let clouds = listClouds.get(list);
  if (!clouds) {
    const found = new Set<Cloud>();
    for (const r of list) {
      const c = typeCloud(r.sourceType);
      if (c) found.add(c);
    }
    clouds = [...found];
    listClouds.set(list, clouds);
  }
  return clouds;
}
