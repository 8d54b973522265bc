// SPDX-License-Identifier: Apache-2.0
// Helpers for module rules over account-level controls (a password policy, Security Hub, AWS Config...):
// where a fix that adds a missing control
// writes the new resource (after the module's last resource, preferring main.tf).

import { memoOn, modelResources } from '../api';

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
  const place = placeOf(model, platform);
  if (!place) return null;
  return place.platform === 'terraform'
    ? { platform: 'terraform', kind: 'new-resource', file: place.file, after: place.block, resourceType, name, preamble: [] }
    : { platform: 'cloudformation', kind: 'new-resource', file: place.file, after: place.resource, logicalId: name, resourceType, preamble: [] };
}

type Place = Extract<EditTarget, { kind: 'block' }> | Extract<EditTarget, { kind: 'resource' }>;

/**
 * Where new resources go in a model, per platform: the same for every missing control of the model, so
 * found once per model (each keystroke builds a new model; a dozen module rules ask for it).
 */
function placeOf(model: CloudModel, platform: Platform): Place | null {
  return memoOn(model, `account-controls:place:${platform}`, () => (platform === 'terraform' ? lastTerraformBlock(model) : lastCfnResource(model)));
}

function lastTerraformBlock(model: CloudModel): Extract<EditTarget, { kind: 'block' }> | null {
  let best: Extract<EditTarget, { kind: 'block' }> | null = null;
  let bestMain = false;
  // Once per file, not per resource (this runs on every keystroke).
  const mainFiles = new Map<string, boolean>();
  for (const r of everyResource(model)) {
    const t = r.target;
    if (t.platform !== 'terraform' || t.kind !== 'block' || t.block.blockType !== 'resource') continue;
    // A called module's resource, in the model for the root's joins (service/module-joins.ts, full address
    // `module.x....`): new resources go into the root's own files, never into a module every caller shares.
    if (r.address.startsWith('module.')) continue;
    let main = mainFiles.get(t.file);
    if (main === undefined) mainFiles.set(t.file, (main = /(^|[\\/])main\.tf$/.test(t.file)));
    if (!best || (main && !bestMain) || (main === bestMain && (t.file > best.file || (t.file === best.file && t.block.end > best.block.end)))) {
      best = t;
      bestMain = main;
    }
  }
  return best;
}

function lastCfnResource(model: CloudModel): Extract<EditTarget, { kind: 'resource' }> | null {
  let last: Extract<EditTarget, { kind: 'resource' }> | null = null;
  for (const r of everyResource(model)) {
    const t = r.target;
    if (t.platform !== 'cloudformation' || t.kind !== 'resource') continue;
    if (!last || t.resource.node.end > last.resource.node.end) last = t;
  }
  return last;
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
