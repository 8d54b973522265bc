// SPDX-License-Identifier: Apache-2.0
// Flow log retention, shared by the NSG (CIS Azure 7.5) and virtual network (7.8) flow log rules.

import { lit, setFix, Unknown } from '../api';
import type { CatalogResourceOf, CheckContext, FixOp, PlannedFix } from '../api';

type FlowLog = CatalogResourceOf<'azure.network.flow-log'>;

const WHAT = 'how long flow logs are kept';

/**
 * What a flow log watches: a network security group (`network_security_group_id`, or a
 * `target_resource_id` referring to an `azurerm_network_security_group`), or anything else (a virtual
 * network, subnet or interface, or a target from outside the module).
 */
export function flowLogTarget(flowLog: FlowLog): 'network-security-group' | 'other' {
  if (flowLog.attrs.networkSecurityGroupId.present) return 'network-security-group';
  const target = flowLog.attrs.targetResourceId.value;
  return target instanceof Unknown && target.ref.kind === 'resource' && target.ref.address.startsWith('azurerm_network_security_group.') ? 'network-security-group' : 'other';
}

/** `retention_policy { enabled = true, days >= 90 (or 0, indefinitely) }`, with a fix that writes 90 days. */
export function requireFlowLogRetention(flowLog: FlowLog, ctx: CheckContext): void {
  const { retentionEnabled: enabled, retentionDays: days } = flowLog.attrs;
  if (enabled.value instanceof Unknown) {
    ctx.cannotVerify(enabled, enabled.value, WHAT);
    return;
  }
  if (days.value instanceof Unknown) {
    ctx.cannotVerify(days, days.value, WHAT);
    return;
  }
  const longEnough = typeof days.value === 'number' && (days.value === 0 || days.value >= 90);
  if (enabled.value === true && longEnough) return;
  const ops: FixOp[] = [];
  if (enabled.value !== true && enabled.location) ops.push({ op: 'set', location: enabled.location, value: lit(true) });
  if (!longEnough && days.location) ops.push({ op: 'set', location: days.location, value: lit(90) });
  const fixes: PlannedFix[] = ops.length > 0 ? [{ id: 'retain-90-days', title: 'Keep flow logs for 90 days', safety: 'safe', ops }] : [];
  if (enabled.value !== true) ctx.report(enabled.present ? enabled : flowLog, 'The flow log\'s retention policy is off (`retention_policy { enabled }` is not true), so no retention of at least 90 days is set.', { fixes });
  else ctx.report(days, `The flow log is kept for ${typeof days.value === 'number' ? `${days.value} days` : 'an unset number of days'}, fewer than 90.`, { fixes: fixes.length > 0 ? fixes : setFix('retain-90-days', 'Keep flow logs for 90 days', 'safe', [days, lit(90)]) });
}
