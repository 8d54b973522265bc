// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, Unknown } from '../../api';
import type { CatalogResourceOf } from '../../api';
import { subscriptionScopeKey } from '../../lib/azure-account';

type Assignment = CatalogResourceOf<'azure.authorization.role-assignment'>;

/** The built-in Owner role's id (the same in every tenant). */
const OWNER_ID = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';

/** Whether an assignment grants Owner: by name when written, else by role definition id; an Unknown when the role comes from outside. */
function grantsOwner(a: Assignment): boolean | Unknown {
  const name = a.attrs.roleDefinitionName.value;
  if (typeof name === 'string') return name.toLowerCase() === 'owner';
  if (name instanceof Unknown) return name;
  const id = a.attrs.roleDefinitionId.value;
  if (typeof id === 'string') return id.toLowerCase().endsWith(OWNER_ID);
  // A custom role defined in this configuration is not the built-in Owner (AZURE-IAM-001 looks at those).
  if (id instanceof Unknown) return id.ref.kind === 'resource' ? false : id;
  return false;
}

export default defineModuleRule({
  meta: {
    id: 'AZURE-IAM-004',
    name: 'iam-subscription-owner-count',
    title: 'A subscription has two or three Owners assigned in code',
    severity: 'medium',
    description:
      'Counts the `azurerm_role_assignment` instances (after `count` / `for_each`) that grant the built-in Owner role (`role_definition_name = "Owner"`, or a `role_definition_id` ending in its id `8e3af657-...`) at a subscription scope (`"/subscriptions/<id>"`, `data.azurerm_subscription.<name>.id`), per subscription. More than three is reported on each assignment after the third; exactly one, when no other Owner assignment of the module is undecided, is reported on it. An assignment whose role or scope comes from a variable is "cannot verify" unless the count is already over three. A module that assigns no subscription Owner is not judged: Owners assigned in the portal or by another configuration are not visible. Same names in azurerm 3.x and 4.x.',
    rationale:
      'An Owner can do anything in the subscription, including granting access. With a single Owner, losing that account locks everyone out of administration; with many, the most powerful access is spread over people who are rarely reviewed. Two or three named Owners keep both risks small.',
    remediation:
      'Keep two or three subscription Owner assignments: add a second accountable Owner where there is one, or replace extra Owner assignments with Contributor or a narrower role (and Privileged Identity Management eligibility for occasional use). If Owners are also granted outside this code, suppress the finding with that justification. There is no quick fix: who should own the subscription is the organisation\'s decision.',
    links: ['https://learn.microsoft.com/azure/role-based-access-control/best-practices#limit-the-number-of-subscription-owners', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_assignment'],
    ...byConcept('least-privilege', { cis: { 'cis-azure-6.0.0': ['5.7'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_role_assignment'] },
    fix: 'none',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const bySubscription = new Map<string, Assignment[]>();
    const undecided: [Assignment, Unknown][] = [];
    for (const a of catalogOf(model, 'azure.authorization.role-assignment')) {
      const owner = grantsOwner(a);
      if (owner === false) continue;
      const key = subscriptionScopeKey(a.attrs.scope.value);
      if (key === null) continue;
      if (key instanceof Unknown) undecided.push([a, key]);
      else if (owner instanceof Unknown) undecided.push([a, owner]);
      else bySubscription.set(key, [...(bySubscription.get(key) ?? []), a]);
    }
    if (bySubscription.size === 0 && undecided.length === 0) {
      ctx.notApplicable('the module assigns no Owner at a subscription scope; Owners assigned outside it are not visible');
      return;
    }
    let over = false;
    for (const owners of bySubscription.values()) {
      const n = owners.length;
      if (n > 3) {
        over = true;
        for (const a of owners.slice(3)) ctx.report(a, a.attrs.roleDefinitionName.present ? a.attrs.roleDefinitionName : a.attrs.roleDefinitionId, `This subscription has ${n} Owner assignments in this module, more than the three that keep its full administrative access reviewable.`);
      } else if (n === 1 && undecided.length === 0) {
        const a = owners[0]!;
        ctx.report(a, a.attrs.roleDefinitionName.present ? a.attrs.roleDefinitionName : a.attrs.roleDefinitionId, 'This is the only Owner assignment of the subscription in this module: if that principal is lost, nobody can administer the subscription.');
      } else if (n >= 2) ctx.present(owners[0]!);
    }
    if (over) return;
    for (const [a, u] of undecided) ctx.cannotVerify(a, a.attrs.scope.value === u ? a.attrs.scope : a.attrs.roleDefinitionName.present ? a.attrs.roleDefinitionName : a.attrs.roleDefinitionId, u, 'how many Owners the subscription has (the role or the scope of this assignment is not known)');
  },
});
