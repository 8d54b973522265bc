// SPDX-License-Identifier: Apache-2.0
// Microsoft Defender for Cloud plans (CIS Azure 8.1.x): one rule per plan, built from a table row. A plan
// is on when an `azurerm_security_center_subscription_pricing` for its `resource_type` has
// `tier = "Standard"`; the Servers plan's components are `extension` blocks of the VirtualMachines plan.

import { byConcept, catalogOf, defineModuleRule, lit, Unknown } from '../api';
import type { CatalogResourceOf, CisFrameworkKey, CloudModel, FixOp, FixValue, ModuleContext, PlannedFix, Rule, Severity } from '../api';
import { addAzureResource } from './azure-account';

type Pricing = CatalogResourceOf<'azure.security.pricing'>;

/** The `subplan` written with a new plan where Azure offers several (the complete one). */
const SUBPLANS: Record<string, string> = { VirtualMachines: 'P2', Api: 'P1', StorageAccounts: 'DefenderForStorageV2' };

/** Servers plan components that are `extension` blocks (names as Azure spells them). */
const SERVER_EXTENSIONS = ['AgentlessVmScanning', 'FileIntegrityMonitoring'] as const;

export interface PlanSpec {
  id: string;
  name: string;
  title: string;
  /** CIS Azure 6.0.0 recommendation and its level. */
  cis: string;
  level: 1 | 2;
  severity?: Severity;
  /** The pricing's `resource_type`. */
  plan: string;
  /** How messages name the plan: "Defender for Key Vault". */
  label: string;
  /** A component of the Servers plan this rule is about (an `extension` name), if any. */
  extension?: (typeof SERVER_EXTENSIONS)[number];
  description: string;
  rationale: string;
  links: string[];
  aliases?: Rule['meta']['aliases'];
}

function pricingValues(plan: string): [string[], FixValue][] {
  const values: [string[], FixValue][] = [
    [['tier'], lit('Standard')],
    [['resource_type'], lit(plan)],
  ];
  const sub = SUBPLANS[plan];
  if (sub) values.push([['subplan'], lit(sub)]);
  // The Servers plan comes with its scanning components on, so the fix satisfies every Servers rule.
  if (plan === 'VirtualMachines') for (const e of SERVER_EXTENSIONS) values.push([[`extension#${e}`, 'name'], lit(e)]);
  return values;
}

function addPlan(model: CloudModel, ctx: ModuleContext, spec: PlanSpec): PlannedFix[] {
  return addAzureResource(model, ctx, 'add-defender-plan', `Turn on ${spec.label} (billed per resource)`, 'azurerm_security_center_subscription_pricing', spec.plan.toLowerCase(), pricingValues(spec.plan));
}

/** Whether a pricing names the extension (known), or what hides it. */
function hasExtension(p: Pricing, name: string): boolean | Unknown {
  const list = p.lists.extensions;
  for (const item of list.items) {
    const v = item.attrs.name.value;
    if (typeof v === 'string' && v.toLowerCase() === name.toLowerCase()) return true;
  }
  if (list.unknown) return list.unknown;
  for (const item of list.items) if (item.attrs.name.value instanceof Unknown) return item.attrs.name.value;
  return false;
}

function checkPlan(spec: PlanSpec, model: CloudModel, ctx: ModuleContext): void {
  if (ctx.platform !== 'terraform') return;
  const undecided: [Pricing, Unknown][] = [];
  let found = false;
  for (const p of catalogOf(model, 'azure.security.pricing')) {
    const type = p.attrs.resourceType.value;
    if (type instanceof Unknown) {
      undecided.push([p, type]);
      continue;
    }
    if (typeof type !== 'string' || type.toLowerCase() !== spec.plan.toLowerCase()) continue;
    found = true;
    const tier = p.attrs.tier;
    if (tier.value instanceof Unknown) {
      ctx.cannotVerify(p, tier, tier.value, `whether ${spec.label} is on`);
      continue;
    }
    const standard = typeof tier.value === 'string' && tier.value.toLowerCase() === 'standard';
    const ops: FixOp[] = [];
    if (!standard && tier.location) ops.push({ op: 'set', location: tier.location, value: lit('Standard') });
    if (spec.extension) {
      const has = hasExtension(p, spec.extension);
      if (has instanceof Unknown) {
        ctx.cannotVerify(p, p, has, `whether ${spec.label} is on`);
        continue;
      }
      if (!has) ops.push({ op: 'set', location: { target: p.target, path: [`extension#${spec.extension}`, 'name'] }, value: lit(spec.extension) });
      if (standard && has) {
        ctx.present(p);
        continue;
      }
      const why = standard ? `the plan has no \`extension { name = "${spec.extension}" }\`` : `the plan's tier is ${JSON.stringify(tier.value ?? null)}, not "Standard"`;
      ctx.report(p, standard ? p : tier, `${spec.label} is off for this subscription: ${why}.`, { fixes: ops.length > 0 ? [{ id: 'turn-on', title: `Turn on ${spec.label}`, safety: 'unsafe', ops }] : [] });
      continue;
    }
    if (standard) ctx.present(p);
    else
      {ctx.report(p, tier, `${spec.label} is off: the plan's tier is ${JSON.stringify(tier.value ?? null)}, not "Standard", so these resources get no threat protection.`, {
        fixes: ops.length > 0 ? [{ id: 'turn-on', title: `Turn on ${spec.label} (billed per resource)`, safety: 'unsafe', ops }] : [],
      });}
  }
  if (found) return;
  if (undecided.length > 0) {
    for (const [p, u] of undecided) ctx.cannotVerify(p, p.attrs.resourceType, u, `whether this pricing is the ${spec.label} plan`);
    return;
  }
  ctx.reportMissing(`${spec.label} is not turned on in this module (no \`azurerm_security_center_subscription_pricing\` with \`resource_type = "${spec.plan}"\` and \`tier = "Standard"\`).`, {
    fixes: addPlan(model, ctx, spec),
  });
}

/** A Defender plan rule from its table row. */
export function defenderPlanRule(spec: PlanSpec): Rule {
  const cis: Partial<Record<CisFrameworkKey, string[]>> = { 'cis-azure-6.0.0': [spec.cis] };
  const component = spec.extension ? ` and an \`extension { name = "${spec.extension}" }\` block` : '';
  return defineModuleRule({
    meta: {
      id: spec.id,
      name: spec.name,
      title: spec.title,
      severity: spec.severity ?? 'medium',
      description: `${spec.description} The rule looks for \`azurerm_security_center_subscription_pricing\` with \`resource_type = "${spec.plan}"\`${spec.plan === 'VirtualMachines' ? ' (the default when `resource_type` is not written)' : ''}, \`tier = "Standard"\`${component}; a plan on the Free tier is reported on its \`tier\`, and a subscription with no such plan in any module gets one project-level finding. Same names in azurerm 3.x and 4.x.`,
      rationale: spec.rationale,
      remediation: `Add (or change) \`resource "azurerm_security_center_subscription_pricing"\` with \`tier = "Standard"\` and \`resource_type = "${spec.plan}"\`${SUBPLANS[spec.plan] ? ` (\`subplan = "${SUBPLANS[spec.plan]}"\`)` : ''}${component}. Plans are billed per protected resource; if the subscription's plans are managed centrally (Azure Policy, a platform team), suppress the finding with that justification. The quick fix adds or switches the plan and is unsafe for the cost.`,
      links: [...spec.links, 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_subscription_pricing'],
      ...byConcept('threat-detection', { cis }),
      levels: { 'cis-azure-6.0.0': spec.level },
      resourceTypes: { terraform: ['azurerm_security_center_subscription_pricing'] },
      ...(spec.aliases ? { aliases: spec.aliases } : {}),
      fix: 'unsafe',
    },
    check: (model, ctx) => checkPlan(spec, model, ctx),
  });
}
