// SPDX-License-Identifier: Apache-2.0
// Google Compute Engine VMs (google / google-beta): instances and instance templates share their settings'
// names, so one kind reads both; project-wide metadata; persistent disks; App Engine versions.
// Terraform-only kinds.
import type { CatalogKind } from './types';

export const GCP_COMPUTE = [
  {
    kind: 'gcp.compute.instance',
    terraform: ['google_compute_instance', 'google_compute_instance_template', 'google_compute_region_instance_template'],
    attrs: {
      /** A map of metadata keys (`block-project-ssh-keys`, `enable-oslogin`, `serial-port-enable`). */
      metadata: { type: 'any', terraform: ['metadata'] },
      canIpForward: { type: 'bool', terraform: ['can_ip_forward'], default: false },
      /** Where a fix writes the service account; the accounts themselves are the `serviceAccounts` list. */
      serviceAccountEmail: { type: 'string', terraform: ['service_account', 'email'] },
      /** Instances only: CSEK of the boot disk (raw or RSA-wrapped key). */
      bootDiskRawKey: { type: 'string', terraform: ['boot_disk', 'disk_encryption_key_raw'] },
      bootDiskRsaKey: { type: 'string', terraform: ['boot_disk', 'disk_encryption_key_rsa'], readOnly: true },
      /** Provider defaults: vTPM and integrity monitoring on, Secure Boot off. */
      shieldedVtpm: { type: 'bool', terraform: ['shielded_instance_config', 'enable_vtpm'], default: true },
      shieldedIntegrity: { type: 'bool', terraform: ['shielded_instance_config', 'enable_integrity_monitoring'], default: true },
      shieldedSecureBoot: { type: 'bool', terraform: ['shielded_instance_config', 'enable_secure_boot'], default: false },
      confidentialCompute: { type: 'bool', terraform: ['confidential_instance_config', 'enable_confidential_compute'], default: false },
      /** google 5.x+: `SEV`, `SEV_SNP` or `TDX` (an alternative to `enable_confidential_compute`). */
      confidentialType: { type: 'string', terraform: ['confidential_instance_config', 'confidential_instance_type'], readOnly: true },
    },
    lists: {
      /** At most one block; absent means the project's default compute service account. */
      serviceAccounts: { terraform: ['service_account'], attrs: { email: { type: 'string', terraform: ['email'] }, scopes: { type: 'list', terraform: ['scopes'] } } },
      /** Every network interface's external IPv4 configurations (one gives the VM a public address). */
      accessConfigs: { terraform: ['network_interface', 'access_config'], attrs: { natIp: { type: 'string', terraform: ['nat_ip'] } } },
      /** External IPv6 configurations. */
      ipv6AccessConfigs: { terraform: ['network_interface', 'ipv6_access_config'], attrs: { tier: { type: 'string', terraform: ['network_tier'] } } },
      /** Attached disks of instances (CSEK). */
      attachedDisks: { terraform: ['attached_disk'], attrs: { rawKey: { type: 'string', terraform: ['disk_encryption_key_raw'] }, rsaKey: { type: 'string', terraform: ['disk_encryption_key_rsa'] } } },
    },
  },
  {
    kind: 'gcp.compute.disk',
    terraform: ['google_compute_disk', 'google_compute_region_disk'],
    attrs: {
      rawKey: { type: 'string', terraform: ['disk_encryption_key', 'raw_key'] },
      rsaKey: { type: 'string', terraform: ['disk_encryption_key', 'rsa_encrypted_key'], readOnly: true },
      kmsKey: { type: 'string', terraform: ['disk_encryption_key', 'kms_key_self_link'], readOnly: true },
    },
  },
  {
    /** Project-wide metadata: the whole map, or one key per `google_compute_project_metadata_item`. */
    kind: 'gcp.compute.project-metadata',
    terraform: ['google_compute_project_metadata', 'google_compute_project_metadata_item'],
    attrs: {
      metadata: { type: 'any', terraform: ['metadata'] },
      key: { type: 'string', terraform: ['key'], readOnly: true },
      value: { type: 'string', terraform: ['value'] },
    },
  },
  {
    kind: 'gcp.appengine.version',
    terraform: ['google_app_engine_standard_app_version', 'google_app_engine_flexible_app_version'],
    attrs: {},
    lists: {
      handlers: { terraform: ['handlers'], attrs: { securityLevel: { type: 'string', terraform: ['security_level'] }, urlRegex: { type: 'string', terraform: ['url_regex'], readOnly: true } } },
    },
  },
] as const satisfies readonly CatalogKind[];
