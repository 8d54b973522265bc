// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, Unknown } from '../../api';

export default defineCatalogRule({
  kind: 'azure.keyvault.key',
  meta: {
    id: 'AZURE-KEYVAULT-007',
    name: 'keyvault-key-rotation',
    title: 'Key Vault keys rotate automatically',
    severity: 'low',
    description:
      'Every `azurerm_key_vault_key` has a `rotation_policy` with an `automatic` block that sets `time_after_create` or `time_before_expiry`, so Key Vault creates a new key version on schedule. Same names in azurerm 3.x and 4.x.',
    rationale:
      'A key that is never rotated protects ever more data under one secret, and a compromise of it exposes all of that. Automatic rotation bounds how much data each version protects without relying on someone remembering to rotate.',
    remediation:
      'Add `rotation_policy { expire_after = "P1Y"  automatic { time_before_expiry = "P30D" } }` (ISO 8601 durations of your choice) to the key. Services that pin a key version must follow the new version. No quick fix: the durations are a policy choice.',
    links: ['https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key#rotation_policy'],
    ...byConcept('credential-lifecycle', { cis: { 'cis-azure-6.0.0': ['8.3.9'] }, remark: 'Keys are the cryptographic counterpart of credentials: rotation bounds how long a leaked key stays useful.' }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_key_vault_key'] },
    fix: 'none',
  },
  check(key, ctx) {
    const what = 'whether the key rotates automatically';
    const automatic = key.lists!.rotationAutomatic!;
    if (automatic.unknown) {
      ctx.cannotVerify(key, automatic.unknown, what);
      return;
    }
    const item = automatic.items[0];
    if (!item) {
      ctx.report(key, 'The key has no automatic rotation (no `rotation_policy { automatic { ... } }`).');
      return;
    }
    const times = [item.attrs.timeAfterCreate!, item.attrs.timeBeforeExpiry!];
    if (times.some((t) => t.present && typeof t.value === 'string' && t.value !== '')) return;
    const unknown = times.find((t) => t.value instanceof Unknown);
    if (unknown) ctx.cannotVerify(unknown, unknown.value as Unknown, what);
    else ctx.report(item.ref, 'The automatic rotation block sets neither `time_after_create` nor `time_before_expiry`, so nothing rotates the key.');
  },
});
