// SPDX-License-Identifier: Apache-2.0
// Whether a Terraform module is in AWS scope: account-level AWS controls (a trail, Security Hub, a
// password policy) are judged only where AWS is used. A folder of azurerm or google modules says nothing
// about an AWS account and must not collect "missing" AWS findings.

import type { Block } from '../parsers/hcl/ast';
import type { TfFile } from '../model/adapters/terraform';
import type { CloudModel } from '../model/model';
import { modelResources } from '../engine/runner';

function isAwsType(name: string | undefined): boolean {
  return name !== undefined && (name === 'aws' || name.startsWith('aws_'));
}

/** `required_providers { aws = ... }` inside a `terraform` block. */
function requiresAws(b: Block): boolean {
  for (const inner of b.body.blocks) {
    if (inner.blockType !== 'required_providers') continue;
    if (inner.body.attributes.some((a) => a.name === 'aws')) return true;
  }
  return false;
}

/**
 * In scope when the module declares an AWS resource or data source, configures or requires the `aws`
 * provider, or its model holds AWS resources (from the modules it calls; azurerm ones do not count).
 */
export function terraformAwsScope(files: readonly TfFile[], model: CloudModel): boolean {
  for (const f of files) {
    for (const b of f.file.body.blocks) {
      const label = b.labels[0]?.value;
      if ((b.blockType === 'resource' || b.blockType === 'data') && isAwsType(label)) return true;
      if (b.blockType === 'provider' && label === 'aws') return true;
      if (b.blockType === 'terraform' && requiresAws(b)) return true;
    }
  }
  // Only AWS resources count: the model also holds azurerm resources (catalog kinds `azure.*`).
  return modelResources(model).some((r) => isAwsType(r.sourceType));
}
