// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, createCompanion, defineCatalogRule, lit, placeholder, Unknown } from '../../api';
import type { PlannedFix } from '../../api';
import { attributeOf, companionTarget, linkTo } from '../../lib/azure';

export default defineCatalogRule({
  kind: 'azure.network.nsp-candidate',
  meta: {
    id: 'AZURE-NETWORK-028',
    name: 'network-security-perimeter',
    title: 'Storage accounts and key vaults are inside a network security perimeter',
    severity: 'low',
    description:
      'Each `azurerm_storage_account` and `azurerm_key_vault` is the `resource_id` of an `azurerm_network_security_perimeter_association` of the same module (azurerm 4.x), which places it in a perimeter profile. An association whose resource comes from outside the module makes the result "cannot verify". Only these two resource types are checked, and whether the perimeter\'s access rules are tight enough is not judged.',
    rationale:
      'A network security perimeter groups PaaS resources so that they can talk to each other privately while access from outside the group goes only through the perimeter\'s explicit rules, with its own access logs. It closes data exfiltration paths that per-resource firewalls leave open, such as a trusted service writing to an account outside your control.',
    remediation:
      'Create an `azurerm_network_security_perimeter` with a profile and access rules, and associate the resource with `azurerm_network_security_perimeter_association { resource_id = <resource>.id, access_mode = "Learning" }`; move to `"Enforced"` once the access logs show no legitimate traffic would be blocked. The quick fix adds the association in Learning mode with a variable for the profile; it is unsafe: it needs azurerm 4.x and an existing perimeter profile.',
    links: ['https://learn.microsoft.com/azure/private-link/network-security-perimeter-concepts', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_perimeter_association'],
    ...byConcept('public-network-exposure', { cis: { 'cis-azure-6.0.0': ['7.16'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_storage_account', 'azurerm_key_vault'] },
    fix: 'unsafe',
  },
  check(resource, ctx) {
    let open: Unknown | null = null;
    for (const assoc of catalogOf(ctx.model, 'azure.network.nsp-association')) {
      const link = linkTo(assoc.attrs.resourceId.value, resource);
      if (link === 'this') return;
      if (link instanceof Unknown) open ??= link;
    }
    const what = resource.sourceType === 'azurerm_key_vault' ? 'the key vault' : 'the storage account';
    if (open) {
      ctx.cannotVerify(resource, open, `whether ${what} is inside a network security perimeter`);
      return;
    }
    const target = companionTarget(resource, 'azurerm_network_security_perimeter_association', 'perimeter', [
      ['name', lit(`${resource.address.split('.')[1]?.replace(/\[.*$/, '') ?? 'resource'}-perimeter`)],
      ['resource_id', attributeOf(resource, 'id')],
    ]);
    const fixes: PlannedFix[] = target
      ? [
          {
            id: 'add-perimeter-association',
            title: 'Associate with a network security perimeter profile in Learning mode (adds a variable for the profile)',
            safety: 'unsafe',
            ops: [
              createCompanion(target, {
                terraform: [
                  [['access_mode'], lit('Learning')],
                  [['network_security_perimeter_profile_id'], placeholder(resource, 'network_security_perimeter_profile_id', 'ID of the network security perimeter profile the resource joins')],
                ],
                cloudformation: [],
              }),
            ],
          },
        ]
      : [];
    ctx.report(resource, `No network security perimeter association of this module covers ${what}.`, { fixes });
  },
});
