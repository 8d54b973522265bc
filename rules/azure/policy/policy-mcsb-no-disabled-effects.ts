// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, isObjectValue, Unknown } from '../../api';
import type { Value } from '../../api';

/** The Microsoft cloud security benchmark initiative (Defender for Cloud's default, "ASC Default"). */
const MCSB_ID = '1f3afdf9-d0c9-4c3d-847f-89da613e70a8';

/**
 * The effect parameters of an assignment's `parameters` set to Disabled, or the Unknown that hides them.
 * `parameters` is a JSON string (`jsonencode` of known values), or the object itself when part of it is
 * unknown (jsonencode keeps unknowns inside the structure).
 */
function disabledEffects(raw: unknown): string[] | Unknown | 'unreadable' {
  let doc: unknown = raw;
  if (raw instanceof Unknown) return raw;
  if (typeof raw === 'string') {
    try {
      doc = JSON.parse(raw) as unknown;
    } catch {
      return 'unreadable';
    }
  }
  if (!isObjectValue((doc ?? null) as Value)) return 'unreadable';
  const out: string[] = [];
  for (const [name, param] of Object.entries(doc as Record<string, unknown>)) {
    if (!name.toLowerCase().endsWith('effect')) continue;
    if (param instanceof Unknown) return param;
    const v = isObjectValue((param ?? null) as Value) ? (param as Record<string, unknown>)['value'] : undefined;
    if (v instanceof Unknown) return v;
    if (typeof v === 'string' && v.toLowerCase() === 'disabled') out.push(name);
  }
  return out;
}

export default defineCatalogRule({
  kind: 'azure.policy.assignment',
  meta: {
    id: 'AZURE-POLICY-001',
    name: 'policy-mcsb-no-disabled-effects',
    title: 'The Microsoft cloud security benchmark assignment turns no policy off',
    severity: 'medium',
    description:
      'An `azurerm_subscription_policy_assignment` or `azurerm_management_group_policy_assignment` of the Microsoft cloud security benchmark initiative (`policy_definition_id` ending in `1f3afdf9-d0c9-4c3d-847f-89da613e70a8`) sets no effect parameter (a `parameters` entry whose name ends in `Effect`) to `Disabled`, and has no `overrides` block with `value = "Disabled"`. Among those effects is the check that machines look for missing system updates, so the rule also answers CIS 8.1.10 as far as the assignment in code shows. Parameters from a variable are "cannot verify". The default assignment Defender for Cloud makes itself ("ASC Default") is not in code and is not judged. Same names in azurerm 3.x and 4.x.',
    rationale:
      'Defender for Cloud builds its recommendations and secure score from the benchmark\'s policies. A policy set to Disabled stops being evaluated, so the weakness it looks for (missing updates, open management ports, unencrypted storage) disappears from the recommendations instead of being fixed.',
    remediation:
      'Remove the `Disabled` value from the assignment\'s `parameters` (or set the effect back to `AuditIfNotExists` / `Audit`, the initiative\'s defaults) and remove overrides that disable policies. Where a policy truly does not apply to some resources, use an `azurerm_resource_policy_exemption` (or the subscription / resource group variant) scoped to them, which is visible and can expire. There is no quick fix: the parameters are one JSON value.',
    links: ['https://learn.microsoft.com/security/benchmark/azure/introduction', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/subscription_policy_assignment'],
    ...byConcept('threat-detection', { cis: { 'cis-azure-6.0.0': ['8.1.10', '8.1.11'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_subscription_policy_assignment', 'azurerm_management_group_policy_assignment'] },
    fix: 'none',
  },
  check(assignment, ctx) {
    const def = assignment.attrs.policyDefinitionId;
    if (def.value instanceof Unknown) {
      // A data source or variable may name the benchmark; a policy set defined in this configuration does not.
      if (def.value.ref.kind !== 'resource') ctx.cannotVerify(def, def.value, 'whether this assignment is the Microsoft cloud security benchmark, whose policies must not be disabled');
      return;
    }
    if (typeof def.value !== 'string' || !def.value.toLowerCase().endsWith(MCSB_ID)) return;
    const params = assignment.attrs.parameters;
    if (params.present) {
      const found = disabledEffects(params.value);
      if (found instanceof Unknown) ctx.cannotVerify(params, found, 'whether this benchmark assignment disables any of its policies');
      else if (found === 'unreadable') ctx.report(params, 'The parameters of this benchmark assignment are not a JSON object of parameter values, so Azure rejects them or applies none.');
      else if (found.length > 0) ctx.report(params, `This assignment of the Microsoft cloud security benchmark sets ${found.join(', ')} to Disabled, so those policies stop being evaluated and their weaknesses drop out of Defender for Cloud.`);
    }
    const overrides = assignment.lists.overrides;
    if (overrides.unknown) {
      ctx.cannotVerify(assignment, overrides.unknown, 'whether an override of this benchmark assignment disables policies');
      return;
    }
    for (const o of overrides.items) {
      const v = o.attrs.value.value;
      if (v instanceof Unknown) ctx.cannotVerify(o.attrs.value, v, 'whether this override disables benchmark policies');
      else if (typeof v === 'string' && v.toLowerCase() === 'disabled') ctx.report(o.attrs.value, 'This override sets the effect of the benchmark policies it selects to Disabled, so they stop being evaluated.');
    }
  },
});
