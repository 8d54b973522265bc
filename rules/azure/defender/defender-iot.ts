// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, lit, localName, refersTo, setFix, Unknown } from '../../api';
import type { FixValue } from '../../api';
import { addAzureResource } from '../../lib/azure-account';

export default defineModuleRule({
  meta: {
    id: 'AZURE-DEFENDER-020',
    name: 'defender-iot',
    title: 'IoT hubs are protected by Defender for IoT',
    severity: 'medium',
    description:
      'Each IoT hub of the module (`azurerm_iothub`) is listed in the `iothub_ids` of an `azurerm_iot_security_solution` that is not turned off (`enabled`, default true). A hub no solution covers is reported on the hub, and a solution turned off on its `enabled`. Modules without IoT hubs are not applicable. Same names in azurerm 3.x and 4.x.',
    rationale:
      'IoT devices are many, rarely patched and often physically reachable. Defender for IoT watches the hub and its devices for unusual connections, configuration drift and known attack patterns, which the hub does not do by itself.',
    remediation:
      'Add `resource "azurerm_iot_security_solution"` with `iothub_ids` listing the hub (and `location`, `resource_group_name`, `display_name`). The quick fix adds one beside the hub, built from the hub\'s own location and resource group; it is unsafe because the solution is billed.',
    links: ['https://learn.microsoft.com/azure/defender-for-iot/device-builders/overview', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/iot_security_solution'],
    ...byConcept('threat-detection', { cis: { 'cis-azure-6.0.0': ['8.2.1'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_iothub', 'azurerm_iot_security_solution'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const hubs = catalogOf(model, 'azure.iot.hub');
    if (hubs.length === 0) {
      ctx.notApplicable('no IoT hub in this module');
      return;
    }
    const solutions = catalogOf(model, 'azure.security.iot-solution');
    for (const s of solutions) {
      const on = s.attrs.enabled;
      if (on.value === false) ctx.report(s, on, 'This Defender for IoT solution is turned off.', { fixes: setFix('enable', 'Turn the solution on', 'unsafe', [on, lit(true)]) });
    }
    for (const hub of hubs) {
      let hidden: Unknown | null = null;
      let covered = false;
      for (const s of solutions) {
        const ids = s.attrs.iothubIds.value;
        if (ids instanceof Unknown) {
          hidden ??= ids;
          continue;
        }
        const items: readonly unknown[] = Array.isArray(ids) ? ids : [];
        if (items.some((v) => refersTo(v, hub, 'id'))) {
          const on = s.attrs.enabled.value;
          if (on instanceof Unknown) hidden ??= on;
          else if (on !== false) {
            covered = true;
            ctx.present(s);
          }
          continue;
        }
        // A variable or module output may name this hub; another resource's id does not.
        const open = items.find((v): v is Unknown => v instanceof Unknown && v.ref.kind !== 'resource');
        if (open) hidden ??= open;
      }
      if (covered) continue;
      if (hidden) {
        ctx.cannotVerify(hub, hub, hidden, 'whether a Defender for IoT solution covers this hub');
        continue;
      }
      const ref = (attr: string): FixValue => ({ kind: 'reference', terraform: `${hub.address}.${attr}`, cloudformation: { ref: '' } });
      ctx.report(hub, hub, 'No Defender for IoT solution lists this IoT hub, so its devices and traffic are not monitored for threats.', {
        fixes: addAzureResource(model, ctx, 'add-iot-security', 'Protect the hub with Defender for IoT', 'azurerm_iot_security_solution', `${localName(hub)}_security`, [
          [['name'], lit(`${localName(hub)}-security`)],
          [['display_name'], lit(`${localName(hub)} security`)],
          [['resource_group_name'], ref('resource_group_name')],
          [['location'], ref('location')],
          [['iothub_ids'], { kind: 'list', items: [ref('id')] }],
        ]),
      });
    }
  },
});
