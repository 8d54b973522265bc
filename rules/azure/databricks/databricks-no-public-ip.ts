// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix } from '../../api';
import { azurermMajor, majorSource } from '../../lib/azure';
import { requireValue } from '../../lib/checks';

const WHAT = 'whether Databricks cluster nodes get public IP addresses';

export default defineCatalogRule({
  kind: 'azure.databricks.workspace',
  meta: {
    id: 'AZURE-DATABRICKS-006',
    name: 'databricks-no-public-ip',
    title: 'Databricks cluster nodes have no public IP addresses',
    severity: 'medium',
    description:
      'Every `azurerm_databricks_workspace` sets `custom_parameters { no_public_ip = true }` (secure cluster connectivity). The provider default changed: false in azurerm 3.x, true in 4.x. When the setting is not written, the rule reads the module\'s `required_providers` constraint for azurerm: within 4.x (or later) passes, within 3.x is reported, and a missing or open-ended constraint is "cannot verify".',
    rationale:
      'With public IPs, every cluster node is an internet-facing host with open management ports that the control plane connects to. Secure cluster connectivity makes the nodes open outbound connections instead, so none of them is reachable from the internet.',
    remediation:
      'Set `no_public_ip = true` in `custom_parameters`; clusters then need an outbound path (a NAT gateway on the subnets when the workspace is injected into your network). Changing it on an existing workspace can replace it in older provider versions, so the quick fix is unsafe.',
    links: ['https://learn.microsoft.com/azure/databricks/security/network/classic/secure-cluster-connectivity', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/databricks_workspace#no_public_ip'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['2.1.9'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_databricks_workspace'] },
    fix: 'unsafe',
  },
  check(workspace, ctx) {
    const attr = workspace.attrs.noPublicIp;
    const fix = { id: 'no-public-ip', title: 'Give cluster nodes no public IP addresses', safety: 'unsafe' as const };
    if (attr.present) {
      requireValue(ctx, attr, true, WHAT, 'Databricks cluster nodes get public IP addresses (`no_public_ip = false`).', fix);
      return;
    }
    const major = azurermMajor(ctx.model, workspace.ref);
    if ('unknown' in major) {
      ctx.cannotVerify(workspace, major.unknown, WHAT);
      return;
    }
    if (major.major >= 4) return;
    ctx.report(attr, `Databricks cluster nodes get public IP addresses (\`no_public_ip\` defaults to false in azurerm ${major.major}.x, ${majorSource(major)}).`, { fixes: setFix(fix.id, fix.title, fix.safety, [attr, lit(true)]) });
  },
});
