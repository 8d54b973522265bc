// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule } from '../../api';
import { gcpMeta } from '../../lib/gcp';

export default defineModuleRule({
  meta: gcpMeta({
    id: 'GCP-OSCONFIG-001',
    name: 'os-patch-deployment',
    cis: ['4.12'],
    level: 2,
    concept: 'secure-configuration',
    remark: 'Patch management is an account-level control: a recurring patch deployment is looked for in every module that uses Google Cloud.',
    title: 'VM Manager patches the project\'s VMs on a schedule',
    severity: 'low',
    description:
      'The module has a `google_os_config_patch_deployment` with a `recurring_schedule`. A deployment that runs only once is reported on the resource; none at all is one project-level "missing" finding, as for the other account-level controls. Whether the OS Config agent runs on every VM and which instances the deployment targets are not visible in code: a partial check.',
    rationale:
      'Most compromises of VMs use vulnerabilities for which a fix was already published. A recurring patch deployment applies operating system updates on a schedule instead of relying on each VM\'s owner to remember.',
    remediation:
      'Add a `google_os_config_patch_deployment` with `instance_filter { all = true }` (or the labels of the VMs) and a `recurring_schedule` (weekly or monthly), enable the OS Config API and set `enable-osconfig = "TRUE"` in project metadata. There is no quick fix: the schedule and maintenance windows are yours to choose.',
    links: ['https://cloud.google.com/compute/vm-manager/docs/patch', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/os_config_patch_deployment'],
    terraform: ['google_os_config_patch_deployment'],
    fix: 'none',
  }),
  check(model, ctx) {
    const deployments = catalogOf(model, 'gcp.osconfig.patch-deployment');
    if (deployments.length === 0) {
      ctx.reportMissing('No OS patch deployment (google_os_config_patch_deployment) is declared in this module, so nothing keeps the VMs\' operating systems updated.');
      return;
    }
    for (const d of deployments) {
      const schedule = d.lists.recurringSchedule;
      if (schedule.unknown) ctx.cannotVerify(d, d, schedule.unknown, 'whether the patch deployment recurs');
      else if (schedule.items.length > 0) ctx.present(d);
      else ctx.report(d, d, 'The patch deployment runs once (no `recurring_schedule`), so VMs fall behind on updates after it.');
    }
  },
});
