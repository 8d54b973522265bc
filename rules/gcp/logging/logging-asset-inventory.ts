// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule, lit, Unknown } from '../../api';
import type { Attr, Value } from '../../api';
import { addGcpResource, stringsOf } from '../../lib/gcp-account';

const SERVICE = 'cloudasset.googleapis.com';

export default defineModuleRule({
  meta: {
    id: 'GCP-LOGGING-014',
    name: 'logging-asset-inventory',
    title: 'Cloud Asset Inventory is enabled',
    severity: 'low',
    description:
      'The module enables the Cloud Asset API (`google_project_service` with `service = "cloudasset.googleapis.com"`, or the deprecated `google_project_services` listing it). When no module does, one project-level finding is reported. Enabling it in the console or through an organization-wide setup is not visible here.',
    rationale:
      'Asset Inventory keeps the history of every resource and IAM policy, which is what an investigation needs to answer "what did this look like last Tuesday, and who could reach it". It only records from the time it is enabled.',
    remediation:
      'Add `resource "google_project_service" "cloudasset" { service = "cloudasset.googleapis.com" }`. The fix adds it; enabling an API changes no running workload.',
    links: ['https://cloud.google.com/asset-inventory/docs/overview', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_service'],
    frameworks: {
      'cis-gcp-5.0.0': ['2.14'],
      'soc2-2017': ['CC3.2', 'CC7.1'],
      'nist-800-53-r5': ['CM-8', 'CM-3'],
      'nist-csf-2.0': ['ID.AM-02', 'DE.CM-09'],
    },
    levels: { 'cis-gcp-5.0.0': 1 },
    mappingNote: 'CIS ids from the reference data; SOC 2, NIST and CSF ids chosen for inventory and configuration history (asset inventory, configuration change control), as the AWS Config rule maps them.',
    resourceTypes: { terraform: ['google_project_service', 'google_project_services'] },
    fix: 'safe',
  },
  check(model, ctx) {
    let unknown: [Attr<unknown>, Unknown, (typeof services)[number] | (typeof lists)[number]] | undefined;
    const services = catalogOf(model, 'gcp.project.service');
    for (const s of services) {
      const v = s.attrs.service.value;
      if (v === SERVICE) {
        ctx.present(s);
        return;
      }
      if (v instanceof Unknown) unknown ??= [s.attrs.service, v, s];
    }
    const lists = catalogOf(model, 'gcp.project.services');
    for (const l of lists) {
      const v = stringsOf(l.attrs.services as Attr<Value>);
      if (v instanceof Unknown) unknown ??= [l.attrs.services, v, l];
      else if (v.includes(SERVICE)) {
        ctx.present(l);
        return;
      }
    }
    if (unknown) {
      ctx.cannotVerify(unknown[2], unknown[0], unknown[1], 'whether the Cloud Asset API is enabled');
      return;
    }
    ctx.reportMissing('No module enables the Cloud Asset API, so resource and IAM policy history is not kept for investigations.', {
      fixes: addGcpResource(model, 'enable-asset-inventory', 'Enable the Cloud Asset API', 'safe', 'google_project_service', 'cloudasset', [
        [['service'], lit(SERVICE)],
        [['disable_on_destroy'], lit(false)],
      ]),
    });
  },
});
