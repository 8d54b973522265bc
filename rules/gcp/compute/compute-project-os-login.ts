// SPDX-License-Identifier: Apache-2.0
// The project side of CIS GCP 4.4: project-wide metadata turns OS Login on. Either the whole-map resource
// (`google_compute_project_metadata`) or the one-key resource (`google_compute_project_metadata_item`).
import { defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { gcpMeta, metadataFix, metadataKey } from '../../lib/gcp';
import { show } from '../../lib/checks';

const TRUE = new Set(['true', '1', 'y', 'yes']);

export default defineCatalogRule({
  kind: 'gcp.compute.project-metadata',
  meta: gcpMeta({
    id: 'GCP-COMPUTE-009',
    name: 'compute-project-os-login',
    cis: ['4.4'],
    level: 1,
    concept: 'authenticated-interfaces',
    title: 'Project-wide metadata turns OS Login on',
    severity: 'medium',
    description:
      'A `google_compute_project_metadata` resource sets `enable-oslogin = "TRUE"` in its `metadata`, and a `google_compute_project_metadata_item` with `key = "enable-oslogin"` has a true `value` (Compute Engine reads `true`, `TRUE`, `1`, `yes`). Items for other keys are not checked. A project whose code manages no project metadata is not judged here (the project may set OS Login elsewhere); VMs that turn it off are GCP-COMPUTE-004.',
    rationale:
      'OS Login ties SSH access to Google identities and IAM roles, so access is granted, audited and revoked centrally instead of through SSH keys pasted into metadata, which nobody reviews and which outlive the people who added them.',
    remediation:
      'Set `enable-oslogin = "TRUE"` in the project metadata and grant `roles/compute.osLogin` (or `osAdminLogin`) to the people who need access. The quick fix writes `"TRUE"` (unsafe: users who log in with metadata keys need OS Login roles first).',
    links: ['https://cloud.google.com/compute/docs/oslogin/set-up-oslogin', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_project_metadata'],
    terraform: ['google_compute_project_metadata', 'google_compute_project_metadata_item'],
    fix: 'unsafe',
  }),
  check(res, ctx) {
    if (res.sourceType === 'google_compute_project_metadata_item') {
      const k = res.attrs.key;
      if (k.value instanceof Unknown) {
        ctx.cannotVerify(k, k.value, 'which project metadata key the item sets');
        return;
      }
      if (k.value !== 'enable-oslogin') return;
      const v = res.attrs.value;
      if (v.value instanceof Unknown) {
        ctx.cannotVerify(v, v.value, 'whether the project turns OS Login on');
        return;
      }
      if (typeof v.value === 'string' && TRUE.has(v.value.trim().toLowerCase())) return;
      ctx.report(v, `Project metadata sets \`enable-oslogin\` to ${show(v.value)}, so OS Login is off for the project's VMs.`, { fixes: setFix('oslogin-on', 'Turn OS Login on', 'unsafe', [v, lit('TRUE')]) });
      return;
    }
    const metadata = res.attrs.metadata;
    const key = metadataKey(metadata, 'enable-oslogin');
    if (key.state === 'unknown') {
      ctx.cannotVerify(metadata, key.unknown, 'whether the project turns OS Login on');
      return;
    }
    if (key.state === 'known' && key.value === true) return;
    const message = key.state === 'absent' ? 'Project metadata does not set `enable-oslogin`, so OS Login is off for the project\'s VMs.' : `Project metadata sets \`enable-oslogin\` to ${show(key.written)}, so OS Login is off for the project's VMs.`;
    ctx.report(metadata, message, { fixes: metadataFix(metadata, 'enable-oslogin', 'TRUE', 'oslogin-on', 'Turn OS Login on', 'unsafe') });
  },
});
