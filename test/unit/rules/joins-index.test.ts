// SPDX-License-Identifier: Apache-2.0
// rules/lib/joins.ts `referringItems`: the items a join looks at for one resource are exactly those a loop
// over every item would not skip (a reference to that resource's block, or a value from outside the
// module), in model order; the Azure joins use it instead of testing every companion for every resource.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { buildTerraformModel } from '../../../server/src/model/adapters/terraform';
import { catalogOf, refersTo, splitAddress, Unknown } from '../../../rules/api';
import { referringItems } from '../../../rules/lib/joins';

const model = buildTerraformModel([
  {
    path: '/m/main.tf',
    file: parseHcl(`variable "target" {}
resource "azurerm_key_vault" "kv" {
  count = 2
  name  = "kv"
}
resource "azurerm_key_vault" "other" {
  name = "other"
}
resource "azurerm_monitor_diagnostic_setting" "a" {
  target_resource_id = azurerm_key_vault.other.id
}
resource "azurerm_monitor_diagnostic_setting" "b" {
  target_resource_id = azurerm_key_vault.kv[1].id
}
resource "azurerm_monitor_diagnostic_setting" "c" {
  target_resource_id = "/subscriptions/x/literal"
}
resource "azurerm_monitor_diagnostic_setting" "d" {
  target_resource_id = var.target
}
resource "azurerm_monitor_diagnostic_setting" "e" {
  target_resource_id = azurerm_key_vault.kv[0].id
}
`),
  },
]);

void describe('referringItems', () => {
  const settings = (): ReturnType<typeof catalogOf<'azure.resource.diagnostic-setting'>> => catalogOf(model, 'azure.resource.diagnostic-setting');
  const of = referringItems(model, 'test.diagnostic-setting', settings, (s) => [s.attrs.targetResourceId.value]);
  const names = (list: readonly { address: string }[]): string[] => list.map((s) => s.address.replace('azurerm_monitor_diagnostic_setting.', ''));

  void it('gives the references to the resource block (any instance) and the values from outside, in model order', () => {
    assert.deepEqual(names(of('azurerm_key_vault.kv[0]')), ['b', 'd', 'e']);
    assert.deepEqual(names(of('azurerm_key_vault.other')), ['a', 'd']);
    assert.deepEqual(names(of('azurerm_key_vault.none')), ['d']);
    assert.deepEqual(names(of('azurerm_key_vault.other', 'azurerm_key_vault.kv[1]')), ['a', 'b', 'd', 'e']);
  });

  void it('skips only what a full loop with refersTo would skip', () => {
    for (const vault of catalogOf(model, 'azure.keyvault.vault')) {
      const full = settings().filter((s) => {
        const v = s.attrs.targetResourceId.value;
        return refersTo(v, vault, 'id') || (v instanceof Unknown && v.ref.kind !== 'resource');
      });
      const picked = of(vault.address);
      for (const s of full) assert.ok(picked.includes(s), `${vault.address}: ${s.address} is looked at`);
    }
  });

  void it('splitAddress: the block address and the instance key as written', () => {
    assert.deepEqual(splitAddress('azurerm_key_vault.kv["a"]'), { base: 'azurerm_key_vault.kv', key: '["a"]' });
    assert.deepEqual(splitAddress('azurerm_key_vault.kv'), { base: 'azurerm_key_vault.kv', key: undefined });
  });
});
