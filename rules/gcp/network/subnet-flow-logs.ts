// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, Unknown } from '../../api';
import type { Attr, FixValue, PlannedFix } from '../../api';
import { gcpMeta } from '../../lib/gcp';
import { show } from '../../lib/checks';

/** Subnets that carry no VM traffic: flow logs cannot be turned on for them. */
const NO_VM_TRAFFIC = new Set(['REGIONAL_MANAGED_PROXY', 'GLOBAL_MANAGED_PROXY', 'INTERNAL_HTTPS_LOAD_BALANCER', 'PRIVATE_SERVICE_CONNECT', 'PRIVATE_NAT']);

function fix(sets: [Attr<unknown>, FixValue][]): PlannedFix[] {
  if (sets.some(([a]) => !a.location)) return [];
  return [{ id: 'flow-logs', title: 'Log every flow with all metadata every 5 seconds', safety: 'safe', ops: sets.map(([a, v]) => ({ op: 'set' as const, location: a.location!, value: v })) }];
}

export default defineCatalogRule({
  kind: 'gcp.compute.subnetwork',
  meta: gcpMeta({
    id: 'GCP-NETWORK-003',
    name: 'subnet-flow-logs',
    cis: ['3.10'],
    level: 2,
    concept: 'audit-logging',
    title: 'VPC subnets log every flow with all metadata',
    severity: 'medium',
    description:
      '`google_compute_subnetwork` resources have a `log_config` block (which turns VPC Flow Logs on) with `aggregation_interval = "INTERVAL_5_SEC"`, `flow_sampling = 1` and `metadata = "INCLUDE_ALL_METADATA"` (the provider defaults are 5 s, 0.5 and all metadata), and no `filter_expr` that drops flows. Proxy-only, Private Service Connect and private NAT subnets (`purpose`) carry no VM traffic and are not checked. google provider 3.x also accepted `enable_flow_logs = true`, read as flow logs on with default settings. The names are the same in the google and google-beta providers.',
    rationale:
      'Flow logs are the record of which addresses talked to which over the network: without them, or with half of the flows sampled away, an intrusion\'s lateral movement or data exfiltration leaves no trace to investigate.',
    remediation:
      'Add `log_config { aggregation_interval = "INTERVAL_5_SEC"; flow_sampling = 1; metadata = "INCLUDE_ALL_METADATA" }` to the subnet. The quick fix writes these (safe: logging does not change traffic; it costs log storage).',
    links: ['https://cloud.google.com/vpc/docs/using-flow-logs', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_subnetwork#log_config'],
    terraform: ['google_compute_subnetwork'],
    aliases: { checkov: ['CKV_GCP_26'] },
    fix: 'safe',
  }),
  check(subnet, ctx) {
    const purpose = subnet.attrs.purpose;
    if (purpose.value instanceof Unknown) {
      ctx.cannotVerify(purpose, purpose.value, 'whether the subnet carries VM traffic (its purpose)');
      return;
    }
    if (typeof purpose.value === 'string' && NO_VM_TRAFFIC.has(purpose.value)) return;
    const { aggregationInterval, flowSampling, metadata } = subnet.attrs;
    const all: [Attr<unknown>, FixValue][] = [
      [aggregationInterval, lit('INTERVAL_5_SEC')],
      [flowSampling, lit(1)],
      [metadata, lit('INCLUDE_ALL_METADATA')],
    ];
    const block = subnet.lists.logConfig;
    if (block.unknown) {
      ctx.cannotVerify(subnet, block.unknown, 'whether the subnet logs its flows');
      return;
    }
    if (block.items.length === 0) {
      const legacy = subnet.attrs.legacyFlowLogs;
      if (legacy.value instanceof Unknown) {
        ctx.cannotVerify(legacy, legacy.value, 'whether the subnet logs its flows');
        return;
      }
      if (legacy.value === true) {
        ctx.report(legacy, 'Flow logs are on through the 3.x `enable_flow_logs` argument with default settings: half of the flows are sampled away.', {});
        return;
      }
      ctx.report(subnet, 'The subnet has no `log_config`, so VPC Flow Logs are off.', { fixes: fix(all) });
      return;
    }
    const wrong: [Attr<unknown>, FixValue][] = [];
    const problems: string[] = [];
    for (const [attr, want, expected, what] of [
      [aggregationInterval, all[0]![1], 'INTERVAL_5_SEC', 'aggregation interval'],
      [flowSampling, all[1]![1], 1, 'sampling rate'],
      [metadata, all[2]![1], 'INCLUDE_ALL_METADATA', 'metadata'],
    ] as const) {
      if (attr.value instanceof Unknown) {
        ctx.cannotVerify(attr, attr.value, `the flow log ${what} of the subnet`);
        continue;
      }
      if (attr.value === expected) continue;
      wrong.push([attr, want]);
      problems.push(`${what} ${show(attr.value)}${attr.present ? '' : ' (the default)'}`);
    }
    if (wrong.length > 0) ctx.report(wrong[0]![0], `The subnet's flow logs do not record every flow in full: ${problems.join(', ')}.`, { fixes: fix(wrong) });
    const filter = block.items[0]!.attrs.filter;
    if (filter.value instanceof Unknown) ctx.cannotVerify(filter, filter.value, 'which flows the subnet\'s flow log filter keeps');
    else if (filter.present && typeof filter.value === 'string' && filter.value.trim() !== 'true') ctx.report(filter, `The flow log filter ${show(filter.value)} drops flows from the log.`, {});
  },
});
