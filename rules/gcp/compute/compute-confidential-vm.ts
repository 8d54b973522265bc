// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { gcpMeta, INSTANCE_TYPES } from '../../lib/gcp';

export default defineCatalogRule({
  kind: 'gcp.compute.instance',
  meta: gcpMeta({
    id: 'GCP-COMPUTE-010',
    name: 'compute-confidential-vm',
    cis: ['4.11'],
    level: 2,
    concept: 'secure-configuration',
    remark: 'Confidential computing encrypts data in use (memory), beyond the at-rest and in-transit concepts.',
    title: 'VM instances use Confidential Computing',
    severity: 'low',
    description:
      'Instances and instance templates set `confidential_instance_config { enable_confidential_compute = true }`, or (google 5.x and later) a `confidential_instance_type` such as `SEV`, `SEV_SNP` or `TDX`. The settings are the same in the google and google-beta providers.',
    rationale:
      'Confidential VMs keep memory encrypted with a key the hardware holds, so data being processed is protected from the host, the hypervisor and anyone with physical access, not only data on disk or on the wire.',
    remediation:
      'Add `confidential_instance_config { enable_confidential_compute = true }`, choose a machine type that supports it (N2D, C2D, C3D) and set `scheduling { on_host_maintenance = "TERMINATE" }`. The quick fix writes the setting only; it is unsafe because the VM is recreated and the machine type may have to change.',
    links: ['https://cloud.google.com/confidential-computing/confidential-vm/docs/confidential-vm-overview', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#confidential_instance_config'],
    terraform: INSTANCE_TYPES,
    fix: 'unsafe',
  }),
  check(vm, ctx) {
    const on = vm.attrs.confidentialCompute;
    const type = vm.attrs.confidentialType;
    if (on.value === true) return;
    if (type.present && !(type.value instanceof Unknown) && typeof type.value === 'string' && type.value !== '' && type.value.toUpperCase() !== 'CONFIDENTIAL_INSTANCE_TYPE_UNSPECIFIED') return;
    if (on.value instanceof Unknown) {
      ctx.cannotVerify(on, on.value, 'whether the VM is a Confidential VM');
      return;
    }
    if (type.value instanceof Unknown) {
      ctx.cannotVerify(type, type.value, 'whether the VM is a Confidential VM');
      return;
    }
    ctx.report(on, on.present ? 'Confidential Computing is turned off for this VM, so its memory is not encrypted.' : 'The VM is not a Confidential VM: its memory is not encrypted.', {
      fixes: setFix('confidential', 'Turn Confidential Computing on', 'unsafe', [on, lit(true)]),
    });
  },
});
