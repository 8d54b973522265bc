// SPDX-License-Identifier: Apache-2.0
// Google Cloud identity and key resources (google / google-beta): service account keys, Cloud KMS keys,
// API keys, Cloud Functions environment, Essential Contacts. Terraform-only kinds. IAM grants are not
// here: they are one model of their own (model/gcp/iam.ts).
import type { CatalogKind } from './types';

export const GCP_SECURITY = [
  {
    kind: 'gcp.iam.service-account-key',
    terraform: ['google_service_account_key'],
    attrs: {
      serviceAccountId: { type: 'string', terraform: ['service_account_id'], readOnly: true },
      /** Set when the key's public half is uploaded (the private key never reaches Google). */
      publicKeyData: { type: 'string', terraform: ['public_key_data'], readOnly: true },
      /** Arbitrary values whose change replaces (rotates) the key: the Terraform way to rotate. */
      keepers: { type: 'any', terraform: ['keepers'] },
    },
  },
  {
    /**
     * `time_rotating` (hashicorp/time): the usual schedule for rotating a service account key through its
     * `keepers`. Not a Google resource; declared here because only the GCP key rotation rule reads it.
     */
    kind: 'gcp.iam.rotation-schedule',
    terraform: ['time_rotating'],
    attrs: {
      rotationMinutes: { type: 'number', terraform: ['rotation_minutes'] },
      rotationHours: { type: 'number', terraform: ['rotation_hours'] },
      rotationDays: { type: 'number', terraform: ['rotation_days'] },
      rotationMonths: { type: 'number', terraform: ['rotation_months'] },
      rotationYears: { type: 'number', terraform: ['rotation_years'] },
      /** An RFC 3339 time after which the resource is replaced (one-off, not periodic). */
      rotationRfc3339: { type: 'string', terraform: ['rotation_rfc3339'] },
    },
  },
  {
    kind: 'gcp.kms.crypto-key',
    terraform: ['google_kms_crypto_key'],
    attrs: {
      /** Seconds with an `s` suffix (`"7776000s"`); absent means no automatic rotation. */
      rotationPeriod: { type: 'string', terraform: ['rotation_period'] },
      purpose: { type: 'string', terraform: ['purpose'], default: 'ENCRYPT_DECRYPT' },
    },
  },
  {
    kind: 'gcp.apikeys.key',
    terraform: ['google_apikeys_key'],
    attrs: {
      allowedReferrers: { type: 'list', terraform: ['restrictions', 'browser_key_restrictions', 'allowed_referrers'] },
      allowedIps: { type: 'list', terraform: ['restrictions', 'server_key_restrictions', 'allowed_ips'] },
      allowedBundleIds: { type: 'list', terraform: ['restrictions', 'ios_key_restrictions', 'allowed_bundle_ids'] },
    },
    lists: {
      /** `restrictions { api_targets { service = "..." } }`: the APIs the key may call. */
      apiTargets: { terraform: ['restrictions', 'api_targets'], attrs: { service: { type: 'string', terraform: ['service'] } } },
      /** `restrictions { android_key_restrictions { allowed_applications { ... } } }`. */
      androidApps: { terraform: ['restrictions', 'android_key_restrictions', 'allowed_applications'], attrs: { packageName: { type: 'string', terraform: ['package_name'] } } },
    },
  },
  {
    kind: 'gcp.functions.function',
    terraform: ['google_cloudfunctions_function', 'google_cloudfunctions2_function'],
    attrs: {
      /** 1st gen: `environment_variables` (and `build_environment_variables`). */
      environment: { type: 'any', terraform: ['environment_variables'] },
      buildEnvironment: { type: 'any', terraform: ['build_environment_variables'] },
      /** 2nd gen: `service_config { environment_variables }`, `build_config { environment_variables }`. */
      serviceEnvironment: { type: 'any', terraform: ['service_config', 'environment_variables'] },
      buildConfigEnvironment: { type: 'any', terraform: ['build_config', 'environment_variables'] },
    },
  },
  {
    kind: 'gcp.essentialcontacts.contact',
    terraform: ['google_essential_contacts_contact'],
    attrs: {
      parent: { type: 'string', terraform: ['parent'] },
      email: { type: 'string', terraform: ['email'] },
      categories: { type: 'list', terraform: ['notification_category_subscriptions'] },
    },
  },
] as const satisfies readonly CatalogKind[];
