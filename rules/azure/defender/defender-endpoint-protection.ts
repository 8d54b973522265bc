// SPDX-License-Identifier: Apache-2.0
import { byConcept, catalogOf, defineModuleRule, lit, setFix, Unknown } from '../../api';
import { addAzureResource } from '../../lib/azure-account';

export default defineModuleRule({
  meta: {
    id: 'AZURE-DEFENDER-005',
    name: 'defender-endpoint-protection',
    title: 'Defender for Cloud deploys Microsoft Defender for Endpoint',
    severity: 'medium',
    description:
      'The subscription lets Defender for Cloud deploy Microsoft Defender for Endpoint to its machines: `azurerm_security_center_setting` with `setting_name = "WDATP"` and `enabled = true`. A WDATP setting turned off is reported on `enabled`; a subscription with none in any module gets one project-level finding. Same names in azurerm 3.x and 4.x. Whether each machine runs the agent is runtime state the code does not show.',
    rationale:
      'Endpoint detection and response on each machine is what sees malware, credential theft and hands-on-keyboard attacks as they happen. With the integration on, Defender for Servers installs and onboards the sensor on every protected machine, so none is left without it.',
    remediation:
      'Add `resource "azurerm_security_center_setting"` with `setting_name = "WDATP"` and `enabled = true` (Defender for Servers must be on). The quick fix adds or turns it on; it is unsafe because it installs an agent on every machine of the subscription.',
    links: ['https://learn.microsoft.com/azure/defender-for-cloud/integration-defender-for-endpoint', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_setting'],
    ...byConcept('threat-detection', { cis: { 'cis-azure-6.0.0': ['8.1.3.3'] } }),
    levels: { 'cis-azure-6.0.0': 2 },
    resourceTypes: { terraform: ['azurerm_security_center_setting'] },
    fix: 'unsafe',
  },
  check(model, ctx) {
    if (ctx.platform !== 'terraform') return;
    const undecided: [ReturnType<typeof catalogOf<'azure.security.setting'>>[number], Unknown][] = [];
    let found = false;
    for (const s of catalogOf(model, 'azure.security.setting')) {
      const name = s.attrs.settingName.value;
      if (name instanceof Unknown) {
        undecided.push([s, name]);
        continue;
      }
      if (name !== 'WDATP') continue;
      found = true;
      const on = s.attrs.enabled;
      if (on.value instanceof Unknown) ctx.cannotVerify(s, on, on.value, 'whether Defender for Endpoint is deployed');
      else if (on.value === true) ctx.present(s);
      else
        {ctx.report(s, on, 'The Defender for Endpoint integration (WDATP) is turned off, so machines are not onboarded to endpoint detection and response.', {
          fixes: setFix('enable-wdatp', 'Turn on the Defender for Endpoint integration', 'unsafe', [on, lit(true)]),
        });}
    }
    if (found) return;
    if (undecided.length > 0) {
      for (const [s, u] of undecided) ctx.cannotVerify(s, s.attrs.settingName, u, 'whether this setting is the Defender for Endpoint integration');
      return;
    }
    ctx.reportMissing('The Defender for Endpoint integration is not turned on in this module (no `azurerm_security_center_setting` with `setting_name = "WDATP"`).', {
      fixes: addAzureResource(model, ctx, 'add-wdatp', 'Turn on the Defender for Endpoint integration', 'azurerm_security_center_setting', 'wdatp', [
        [['setting_name'], lit('WDATP')],
        [['enabled'], lit(true)],
      ]),
    });
  },
});
