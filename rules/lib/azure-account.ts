// SPDX-License-Identifier: Apache-2.0
// Shared pieces of the Azure subscription-level rules (Defender for Cloud, Azure Monitor, authorization):
// what a diagnostic setting targets and which log categories it enables, and the fix that adds a missing
// azurerm resource. Rules over these controls are module rules with the AWS account-level semantics:
// wrong configuration on the resource, "missing" once per workspace, only where azurerm is used.

import { catalogOf, placeholder, Unknown } from '../api';
import type { CatalogItems, CatalogResourceOf, CloudModel, FixValue, InLanguage, ModuleContext, PlannedFix } from '../api';
import { addResourcesFix } from './account-controls';
import { referringItems } from './joins';

export type DiagnosticSetting = CatalogResourceOf<'azure.resource.diagnostic-setting'>;

/** Log categories only the subscription activity log has: a setting that enables one exports it. */
const ACTIVITY_ONLY = new Set(['administrative', 'servicehealth', 'policy', 'autoscale', 'recommendation', 'resourcehealth']);

/** The categories the activity log diagnostic setting must export (CIS Azure 6.1.1.2). */
export const ACTIVITY_CATEGORIES = ['Administrative', 'Alert', 'Policy', 'Security'] as const;

/** `/subscriptions/<id>` written literally, or as a template whose only part is the id. */
const SUBSCRIPTION_PATH = /^\/subscriptions\/([^/]+|\$\{[^}]*\})\/?$/i;

/**
 * Whether a diagnostic setting exports the subscription's activity log: its target is a subscription
 * (`data.azurerm_subscription.x.id`, `/subscriptions/${...}`), or it enables a category only the activity
 * log has. `unknown` when the target comes from a variable or an expression we cannot follow.
 */
export function targetsSubscription(s: DiagnosticSetting): 'yes' | 'no' | Unknown {
  const { enabled } = categoriesOf(s);
  for (const c of enabled) if (ACTIVITY_ONLY.has(c)) return 'yes';
  const v = s.attrs.targetResourceId.value;
  if (typeof v === 'string') return SUBSCRIPTION_PATH.test(v) ? 'yes' : 'no';
  if (v instanceof Unknown) {
    if (v.ref.kind === 'data' && v.ref.address.startsWith('data.azurerm_subscription.')) return 'yes';
    if (v.text !== undefined && SUBSCRIPTION_PATH.test(v.text)) return 'yes';
    // Another resource of this configuration (a vault, a network security group) is not a subscription.
    if (v.ref.kind === 'resource' || v.ref.kind === 'data') return 'no';
    return v;
  }
  return 'no';
}

/**
 * The diagnostic settings that may target a resource (its own reference as `target_resource_id`, or a
 * target from outside the module), in model order: what a loop over every setting testing `refersTo`
 * looks at, without the cost of testing every setting for every resource.
 */
export function diagnosticSettingsOf(model: CloudModel): (...addresses: string[]) => readonly DiagnosticSetting[] {
  return referringItems(model, 'azure.resource.diagnostic-setting', () => catalogOf(model, 'azure.resource.diagnostic-setting'), (s) => [s.attrs.targetResourceId.value]);
}

/** The subscription activity log settings of the model, and those that may be one (unknown target). */
export function activityLogSettings(model: CloudModel): { settings: DiagnosticSetting[]; undecided: [DiagnosticSetting, Unknown][] } {
  const settings: DiagnosticSetting[] = [];
  const undecided: [DiagnosticSetting, Unknown][] = [];
  for (const s of catalogOf(model, 'azure.resource.diagnostic-setting')) {
    const t = targetsSubscription(s);
    if (t === 'yes') settings.push(s);
    else if (t instanceof Unknown) undecided.push([s, t]);
  }
  return { settings, undecided };
}

interface LogLists {
  readonly lists: { readonly enabledLogs: CatalogItems; readonly logs: CatalogItems };
}

/**
 * The log categories a (subscription, resource or Entra) diagnostic setting enables, lower case:
 * `enabled_log` blocks and the 3.x `log` blocks not turned off. `groups` holds category groups
 * (`allLogs`, `audit`); `unknown` is set when some block or category cannot be read.
 */
export function categoriesOf(s: LogLists): { enabled: Set<string>; groups: Set<string>; unknown: Unknown | null; legacy: boolean } {
  const enabled = new Set<string>();
  const groups = new Set<string>();
  let unknown: Unknown | null = s.lists.enabledLogs.unknown ?? s.lists.logs.unknown;
  const add = (attrs: Record<string, { value?: unknown }>): void => {
    for (const [key, into] of [['category', enabled], ['categoryGroup', groups]] as const) {
      const v = attrs[key]?.value;
      if (typeof v === 'string') into.add(v.toLowerCase());
      else if (v instanceof Unknown) unknown ??= v;
    }
  };
  for (const item of s.lists.enabledLogs.items) add(item.attrs);
  for (const item of s.lists.logs.items) {
    const on = item.attrs.enabled?.value;
    if (on instanceof Unknown) unknown ??= on;
    else if (on !== false) add(item.attrs);
  }
  return { enabled, groups, unknown, legacy: s.lists.logs.items.length > 0 };
}

/** Whether a setting sends its logs somewhere (a storage account, a Log Analytics workspace, an event hub). */
export function hasDestination(s: { readonly attrs: { readonly storageAccountId: { present: boolean }; readonly workspaceId: { present: boolean }; readonly eventhubRuleId: { present: boolean } } }): boolean {
  return s.attrs.storageAccountId.present || s.attrs.workspaceId.present || s.attrs.eventhubRuleId.present;
}

/** A fix that adds one azurerm resource to the module ([] when the module has no resource to place it after). */
export function addAzureResource(model: CloudModel, on: InLanguage, id: string, title: string, type: string, name: string, values: [string[], FixValue][]): PlannedFix[] {
  return addResourcesFix(model, on.platform, id, title, 'unsafe', [{ terraform: { type, name, values } }]);
}

/** The placeholder for the subscription a setting or alert is about (`/subscriptions/<id>`). */
export function subscriptionPlaceholder(on: InLanguage): FixValue {
  return placeholder(on, 'subscription_resource_id', 'Resource id of the subscription, /subscriptions/<subscription id>');
}

/** The placeholder for the Log Analytics workspace that receives exported logs. */
export function workspacePlaceholder(on: InLanguage): FixValue {
  return placeholder(on, 'log_analytics_workspace_id', 'Resource id of the Log Analytics workspace that receives the logs');
}

/**
 * The activity log diagnostic setting the fixes add: to a Log Analytics workspace, with the categories
 * CIS Azure 6.1.1.2 asks for (one `enabled_log` block each).
 */
export function activityLogSettingFix(model: CloudModel, ctx: ModuleContext): PlannedFix[] {
  const values: [string[], FixValue][] = [
    [['name'], { kind: 'literal', value: 'activity-log' }],
    [['target_resource_id'], subscriptionPlaceholder(ctx)],
    [['log_analytics_workspace_id'], workspacePlaceholder(ctx)],
  ];
  for (const c of ACTIVITY_CATEGORIES) values.push([[`enabled_log#${c}`, 'category'], { kind: 'literal', value: c }]);
  return addAzureResource(model, ctx, 'add-activity-log-setting', 'Export the activity log to Log Analytics (fill in the ids)', 'azurerm_monitor_diagnostic_setting', 'activity_log', values);
}

/** Equal known strings (Azure names compare case-insensitively), or unknowns with the same expression. */
export function sameValue(a: unknown, b: unknown): boolean | null {
  if (typeof a === 'string' && typeof b === 'string') return normalize(a) === normalize(b);
  if (a instanceof Unknown && b instanceof Unknown) return a.detail === b.detail ? true : null;
  if (a instanceof Unknown || b instanceof Unknown) return null;
  return false;
}

/** `West Europe` and `westeurope` are the same region. */
function normalize(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

/**
 * Which subscription a role assignment scope names: a key that is the same for the same subscription
 * (`/subscriptions/<id>` lower case, or the `data.azurerm_subscription` it reads), `null` for a narrower
 * or other scope (a resource group, a resource of this configuration, a management group), or the Unknown
 * when the scope comes from a variable or an expression we cannot follow.
 */
export function subscriptionScopeKey(v: unknown): string | null | Unknown {
  if (typeof v === 'string') return SUBSCRIPTION_PATH.test(v) ? v.replace(/\/$/, '').toLowerCase() : null;
  if (!(v instanceof Unknown)) return null;
  if (v.ref.kind === 'data' && v.ref.address.startsWith('data.azurerm_subscription.')) return v.ref.address;
  if (v.text !== undefined && SUBSCRIPTION_PATH.test(v.text)) return v.text.replace(/\/$/, '').toLowerCase();
  if (v.ref.kind === 'resource' || v.ref.kind === 'data') return null;
  return v;
}
