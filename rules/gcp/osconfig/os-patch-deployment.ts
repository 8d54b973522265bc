// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineModuleRule, lit } from '../../api';
import { addResourcesFix } from '../../lib/account-controls';
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
      'Add a `google_os_config_patch_deployment` with `instance_filter { all = true }` (or the labels of the VMs) and a `recurring_schedule` (weekly or monthly), enable the OS Config API and set `enable-osconfig = "TRUE"` in project metadata. The quick fix (when nothing is declared) adds a weekly deployment for all VMs on Sunday 03:00 UTC; it is unsafe because patching may restart VMs: adjust the filter and the window.',
    links: ['https://cloud.google.com/compute/vm-manager/docs/patch', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/os_config_patch_deployment'],
    terraform: ['google_os_config_patch_deployment'],
    fix: 'unsafe',
  }),
  check(model, ctx) {
    const deployments = catalogOf(model, 'gcp.osconfig.patch-deployment');
    if (deployments.length === 0) {
      ctx.reportMissing('No OS patch deployment (google_os_config_patch_deployment) is declared in this module, so nothing keeps the VMs\' operating systems updated.', {
        fixes: addResourcesFix(model, ctx.platform, 'add-patch-deployment', 'Patch all VMs weekly', 'unsafe', [
          {
            terraform: {
              type: 'google_os_config_patch_deployment',
              name: 'weekly',
              values: [
                [['patch_deployment_id'], lit('weekly-os-patches')],
                [['instance_filter', 'all'], lit(true)],
                [['recurring_schedule', 'time_zone', 'id'], lit('UTC')],
                [['recurring_schedule', 'time_of_day', 'hours'], lit(3)],
                [['recurring_schedule', 'weekly', 'day_of_week'], lit('SUNDAY')],
              ],
            },
          },
        ]),
      });
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
