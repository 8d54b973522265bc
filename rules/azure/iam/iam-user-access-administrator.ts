// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, Unknown } from '../../api';

/** The built-in User Access Administrator role's id (the same in every tenant). */
const UAA_ID = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9';

export default defineCatalogRule({
  kind: 'azure.authorization.role-assignment',
  meta: {
    id: 'AZURE-IAM-002',
    name: 'iam-user-access-administrator',
    title: 'The User Access Administrator role is not assigned in code',
    severity: 'high',
    description:
      'No `azurerm_role_assignment` assigns the built-in User Access Administrator role (`role_definition_name = "User Access Administrator"`, or a `role_definition_id` ending in its id `18d7d88d-...`). An assignment whose role comes from a variable is "cannot verify". Assignments made outside the code, and the temporary elevation of a Global Administrator to the root scope, are not visible. Same names in azurerm 3.x and 4.x.',
    rationale:
      'User Access Administrator can grant any role, including Owner, to anyone, on everything below its scope. A standing assignment of it is a path to full control that bypasses the review of Owner assignments; it should be granted just in time and removed after use.',
    remediation:
      'Remove the assignment, and grant the narrower role the principal needs (or a role-based access control administrator role with conditions limiting which roles it may assign). Where the assignment is needed, make it eligible through Privileged Identity Management instead of standing, and suppress the finding with that justification. There is no quick fix.',
    links: ['https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/privileged#user-access-administrator', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_assignment'],
    ...byConcept('least-privilege', { cis: { 'cis-azure-6.0.0': ['5.3.3'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_role_assignment'] },
    fix: 'none',
  },
  check(assignment, ctx) {
    const name = assignment.attrs.roleDefinitionName;
    const id = assignment.attrs.roleDefinitionId;
    const isUaa = (typeof name.value === 'string' && name.value.toLowerCase() === 'user access administrator') || (typeof id.value === 'string' && id.value.toLowerCase().endsWith(UAA_ID));
    if (isUaa) {
      ctx.report(name.present ? name : id, 'This assignment grants User Access Administrator, which lets the principal give anyone any role, Owner included.');
      return;
    }
    const hidden = name.value instanceof Unknown ? name.value : id.value instanceof Unknown && id.value.ref.kind !== 'resource' ? id.value : null;
    if (hidden) ctx.cannotVerify(name.present ? name : id, hidden, 'which role this assignment grants');
  },
});
