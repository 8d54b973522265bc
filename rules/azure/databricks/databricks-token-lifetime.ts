// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';

/** 90 days, the longest lifetime this rule accepts. */
const MAX_SECONDS = 90 * 24 * 3600;

export default defineCatalogRule({
  kind: 'azure.databricks.token',
  meta: {
    id: 'AZURE-DATABRICKS-008',
    name: 'databricks-token-lifetime',
    title: 'Databricks personal access tokens expire within 90 days',
    severity: 'medium',
    description:
      'Every `databricks_token` (the `databricks` provider) sets `lifetime_seconds` to at most 90 days (7,776,000 seconds); without it the token never expires. This covers tokens the code creates; the workspace-wide maximum lifetime (`databricks_workspace_conf` `maxTokenLifetimeDays`) and who may create tokens (`databricks_permissions` on tokens) are not checked.',
    rationale:
      'A personal access token acts as its owner for every API call. One that never expires keeps working long after it was copied into a script, a CI variable or a laptop, and long after its owner stopped needing it. An expiry bounds the damage of a leak.',
    remediation:
      'Set `lifetime_seconds` to the shortest period the automation tolerates (90 days at most), rotate before expiry, and prefer Microsoft Entra service principals with OAuth for automation. Changing the lifetime replaces the token, so the quick fix (90 days) is unsafe.',
    links: ['https://learn.microsoft.com/azure/databricks/admin/access-control/tokens', 'https://registry.terraform.io/providers/databricks/databricks/latest/docs/resources/token'],
    ...byConcept('authenticated-interfaces', { cis: { 'cis-azure-6.0.0': ['2.1.6'] }, remark: 'Token expiry is also authenticator management (NIST IA-5), which the concept does not list.' }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['databricks_token'] },
    fix: 'unsafe',
  },
  check(token, ctx) {
    const life = token.attrs.lifetimeSeconds;
    if (life.value instanceof Unknown) {
      ctx.cannotVerify(life, life.value, 'when the Databricks token expires');
      return;
    }
    if (typeof life.value === 'number' && life.value > 0 && life.value <= MAX_SECONDS) return;
    const fixes = setFix('expire-90-days', 'Expire the token after 90 days', 'unsafe', [life, lit(MAX_SECONDS)]);
    if (!life.present) ctx.report(life, 'The Databricks personal access token never expires (no `lifetime_seconds`).', { fixes });
    else ctx.report(life, `The Databricks personal access token lives ${typeof life.value === 'number' ? `${Math.round(life.value / 86400)} days` : 'without a limit'}, more than 90.`, { fixes });
  },
});
