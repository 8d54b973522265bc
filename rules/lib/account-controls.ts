// SPDX-License-Identifier: Apache-2.0
// Helpers for module rules over account-level controls (a password policy, Security Hub, AWS Config...):
// where a fix that adds a missing control
// writes the new resource (after the module's last resource, preferring main.tf).

import { modelResources } from '../api';

import type { CloudModel, EditTarget, FixOp, FixSafety, FixValue, ModelResource, PlannedFix, Platform } from '../api';

/** The old name of `catalogOf` (rules/api.ts), kept for rules written against it; new rules use catalogOf. */
export { catalogOf as resourcesOf } from '../api';

function everyResource(model: CloudModel): ModelResource[] {
  return modelResources(model);
}

/**
 * A not-yet-written resource of `resourceType` named `name` (Terraform label or CloudFormation logical id),
 * placed after the last top-level resource of the module (main.tf first) or template. Null when the module
 * has no resource to place it after.
 */
export function newResourceTarget(model: CloudModel, platform: Platform, resourceType: string, name: string): EditTarget | null {
  if (platform === 'terraform') {
    let best: Extract<EditTarget, { kind: 'block' }> | null = null;
    const score = (t: Extract<EditTarget, { kind: 'block' }>): [number, number] => [/(^|[\\/])main\.tf$/.test(t.file) ? 1 : 0, t.block.end];
    for (const r of everyResource(model)) {
      const t = r.target;
      if (t.platform !== 'terraform' || t.kind !== 'block' || t.block.blockType !== 'resource') continue;
      if (!best) best = t;
      else {
        const [a1, a2] = score(t);
        const [b1, b2] = score(best);
        if (a1 > b1 || (a1 === b1 && (t.file > best.file || (t.file === best.file && a2 > b2)))) best = t;
      }
    }
    return best ? { platform: 'terraform', kind: 'new-resource', file: best.file, after: best.block, resourceType, name, preamble: [] } : null;
  }
  let last: Extract<EditTarget, { kind: 'resource' }> | null = null;
  for (const r of everyResource(model)) {
    const t = r.target;
    if (t.platform !== 'cloudformation' || t.kind !== 'resource') continue;
    if (!last || t.resource.node.end > last.resource.node.end) last = t;
  }
  return last ? { platform: 'cloudformation', kind: 'new-resource', file: last.file, after: last.resource, logicalId: name, resourceType, preamble: [] } : null;
}

export interface NewResource {
  terraform?: { type: string; name: string; values: [string[], FixValue][] };
  cloudformation?: { type: string; logicalId: string; values: [string[], FixValue][] };
}

/** A fix that adds resources (one per platform entry list) to the module/template; [] when it cannot. */
export function addResourcesFix(
  model: CloudModel,
  platform: Platform,
  id: string,
  title: string,
  safety: FixSafety,
  resources: NewResource[],
): PlannedFix[] {
  const ops: FixOp[] = [];
  for (const r of resources) {
    const spec = platform === 'terraform' ? r.terraform : r.cloudformation;
    if (!spec) continue;
    const target = newResourceTarget(model, platform, spec.type, 'name' in spec ? spec.name : spec.logicalId);
    if (!target) return [];
    ops.push({ op: 'create', target, values: spec.values });
  }
  return ops.length > 0 ? [{ id, title, safety, ops }] : [];
}
