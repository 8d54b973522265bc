// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule, Unknown } from '../../api';
import type { Attr } from '../../api';
import { gcpMeta } from '../../lib/gcp';

export default defineModuleRule({
  meta: gcpMeta({
    id: 'GCP-NETWORK-007',
    name: 'vpc-service-controls',
    cis: ['3.8'],
    level: 2,
    concept: 'public-resource-policy',
    remark: 'A service perimeter is an account-level control: one is looked for in every module that uses Google Cloud.',
    title: 'A VPC Service Controls perimeter restricts Google Cloud services',
    severity: 'low',
    description:
      'The module has a `google_access_context_manager_service_perimeter` (or a `service_perimeters` entry of `google_access_context_manager_service_perimeters`) whose `status.restricted_services` lists at least one service. A perimeter with no restricted services is reported on the resource; none at all is one project-level "missing" finding, as for the other account-level controls (perimeters often live in an organization repository: record an exception there). Which services a project uses, and so whether the list covers them, is not visible in code: a partial check.',
    rationale:
      'IAM decides who may call an API, but not from where: stolen credentials work from anywhere and an insider can copy data to a project of their own. A service perimeter keeps data in the listed services from crossing the perimeter\'s boundary, whatever the caller\'s permissions.',
    remediation:
      'Create an access policy and a `google_access_context_manager_service_perimeter` around the projects, with `status { restricted_services = ["storage.googleapis.com", "bigquery.googleapis.com", ...] }`; try it first with a dry-run spec. There is no quick fix: the perimeter\'s members and services are an organization decision.',
    links: ['https://cloud.google.com/vpc-service-controls/docs/overview', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/access_context_manager_service_perimeter'],
    terraform: ['google_access_context_manager_service_perimeter', 'google_access_context_manager_service_perimeters'],
    fix: 'none',
  }),
  check(model, ctx) {
    const perimeters = catalogOf(model, 'gcp.accesscontextmanager.perimeter');
    if (perimeters.length === 0) {
      ctx.reportMissing('No VPC Service Controls perimeter is declared in this module, so nothing limits where data in Google Cloud services can be copied to.');
      return;
    }
    for (const p of perimeters) {
      const lists: Attr<unknown>[] = p.sourceType === 'google_access_context_manager_service_perimeters' ? p.lists.perimeters.items.map((i) => i.attrs.restrictedServices) : [p.attrs.restrictedServices];
      if (p.lists.perimeters.unknown) ctx.cannotVerify(p, p, p.lists.perimeters.unknown, 'which services the perimeters restrict');
      let restricts = false;
      for (const services of lists) {
        if (services.value instanceof Unknown) {
          ctx.cannotVerify(p, services, services.value, 'which services the perimeter restricts');
          restricts = true;
          continue;
        }
        if (Array.isArray(services.value) && services.value.length > 0) restricts = true;
      }
      if (restricts) ctx.present(p);
      else ctx.report(p, p, 'The service perimeter restricts no service (`status.restricted_services` is empty or absent), so it protects nothing.');
    }
  },
});
