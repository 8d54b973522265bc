// SPDX-License-Identifier: Apache-2.0
// Why a CIS AWS v5.0.0 recommendation marked checkable (yes/partly) in the reference data has no rule:
// a static check of infrastructure code cannot decide it. docs/coverage.md is generated from this and
// the rules' mappings; a recommendation with neither a rule nor a note shows as "not covered yet".

export const CIS_AWS_5_NOT_STATIC: Record<string, string> = {
  '1.20': 'Central management through federation or IAM Identity Center is an organization-wide arrangement; no single module or template can show it.',
};

/**
 * Recommendations whose rules are partial checks: what the rules decide from code, and what stays outside
 * it. docs/coverage.md prints these next to the rules.
 */
export const CIS_AWS_5_PARTIAL: Record<string, string> = {
  '1.1': 'Flags an active access key for a user that gets a console password in the same code. When a key was created, and keys or passwords made outside the code, are not visible. (The reference data also numbers "Maintain current contact details" 1.1; that one is not checkable.)',
  '1.12': 'Counts the active access keys declared in code per user. Keys created in the console or CLI are invisible, so a pass does not prove one key.',
  '1.17': 'Flags instances, launch templates and launch configurations without an instance profile. Whether software on the instance uses the role rather than embedded keys is not visible.',
  '2.1.3': 'Checks that Macie is enabled (aws_macie2_account, AWS::Macie::Session), as an account-level control. Which buckets hold sensitive data, and whether findings were acted on, are outside code.',
  '5.6': 'Flags routes that send 0.0.0.0/0 or ::/0 to a VPC peering connection. Whether a narrower destination is still wider than needed is a design judgement.',
};

/** Why a CIS Azure v6.0.0 recommendation marked checkable (yes/partly) has no rule. */
export const CIS_AZURE_6_NOT_STATIC: Record<string, string> = {
  '8.1.15': 'Attack path notifications are a `notificationsSources` entry (`sourceType = "AttackPath"`, `minimalRiskLevel`) of the security contact, which `azurerm_security_center_contact` in azurerm 3.x and 4.x does not expose; only an `azapi_resource` of `Microsoft.Security/securityContacts` can set it, and azapi resources are not read.',
  '6.1.5': 'Whether a resource is a production artifact that needs monitoring and an SLA is a judgement about its use; code shows the `sku` / `sku_name`, not that a Basic, Free or Consumption tier on a development or test resource is wrong.',
  '5.1.1': 'Security defaults are a tenant setting with no resource in azurerm or azuread (the reference data names none); Conditional Access policies that replace them are azuread resources, usually managed outside the subscription code.',
  '5.1.3': 'Whether every user must use MFA depends on the tenant\'s Conditional Access policies as a whole (azuread provider, with exclusions and per-user state that code does not show); one policy in a module cannot show that all users are covered.',
  '2.1.3': 'Encryption between worker nodes is switched on by a shell script that a cluster or global init script (`databricks_global_init_script`) runs; whether a script body does that, and whether every cluster runs it, cannot be decided from the Terraform that uploads it.',
  '2.1.5': 'Unity Catalog is enabled by a metastore assignment that is usually made at the Databricks account level, in another configuration, and new workspaces are enabled automatically; a workspace module without `databricks_metastore_assignment` therefore proves nothing either way.',
  '8.3.10': 'Whether keys need a Managed HSM (FIPS 140-3 Level 3, single tenancy) is a regulatory judgement about the data they protect; code can show that `azurerm_key_vault_managed_hardware_security_module` is used, not that it is required.',
  '9.3.1.1': 'Key rotation reminders are the storage account\'s `keyPolicy.keyExpirationPeriodInDays`, which azurerm 3.x and 4.x do not expose (only `azapi` can set it); `sas_policy` is a different control.',
};

/** CIS Azure v6.0.0 recommendations whose rules are partial checks. */
export const CIS_AZURE_6_PARTIAL: Record<string, string> = {
  '8.1.10': 'Flags an assignment in code of the Microsoft cloud security benchmark that sets effect parameters (the machine update check among them) or overrides to Disabled. The default assignment Defender for Cloud makes itself, and changes made in the portal, are not in code.',
  '8.1.11': 'Flags an assignment in code of the Microsoft cloud security benchmark that sets any effect parameter, or an override, to Disabled. The default assignment Defender for Cloud makes itself, and changes made in the portal, are not in code; which policies are deprecated is not checked.',
  '6.1.4': 'Checks a diagnostic setting with logs and a destination for each resource in code of a type that writes resource logs (33 azurerm types; key vaults and Databricks have their own rules). Storage accounts (logged per service), settings made by Azure Policy (DeployIfNotExists) and resource types not on the list are not judged.',
  '5.7': 'Counts Owner assignments at a subscription scope made in code, per subscription: more than three, or exactly one, is reported. Owners assigned in the portal or by other configurations are not visible, so a module that assigns no subscription Owner is not judged.',
  '5.5': 'Checks that some custom role in code administers locks (Microsoft.Authorization/locks/*). Who is assigned it, and roles made in the portal, are not visible.',
  '6.2': 'Checks that the workspace places at least one management lock; which resources are mission-critical is a judgement, so unlocked resources are not flagged one by one (storage accounts have their own lock rules).',
  '5.3.3': 'Flags role assignments in code that grant User Access Administrator. Standing assignments made in the portal, and a Global Administrator\'s elevation to the root scope, are not visible.',
  '6.1.1.7': 'Checks that an Entra diagnostic setting in code exports MicrosoftGraphActivityLogs to a destination. Settings made in the Entra admin center are not visible; one in any module counts for the tenant.',
  '6.1.1.8': 'Checks that an Entra diagnostic setting in code exports AuditLogs and SignInLogs to a destination. Settings made in the Entra admin center are not visible; one in any module counts for the tenant.',
  '7.6': 'Checks a Network Watcher in the region of each virtual network in code. Watchers Azure creates automatically (NetworkWatcherRG) are not in code: a module relying on them suppresses the finding.',
  '8.1.3.3': 'Checks the Defender for Endpoint integration setting (WDATP). Whether each machine actually runs the sensor is runtime state.',
  '8.2.1': 'Checks that each IoT hub in code is listed by an enabled azurerm_iot_security_solution. Hubs and solutions outside the module are not visible.',
  '8.4.1': 'Checks that a Bastion host exists where the code defines virtual networks; whether every network can reach it (peering from a hub) is a design question not judged.',
  '2.1.6': 'Checks the lifetime of `databricks_token` resources the code creates. The workspace-wide maximum (`maxTokenLifetimeDays` in `databricks_workspace_conf`), who may create tokens, and tokens made in the UI are not checked.',
  '2.1.8': 'Checks that a workspace uses at least one customer-managed key (managed services, managed disks or DBFS root). Which workspaces hold critical data is a judgement: suppress the finding on others.',
  '7.16': 'Checks that storage accounts and key vaults are associated with a network security perimeter in the same module. Other PaaS types, and whether the perimeter\'s access rules are tight, are not judged.',
  '9.3.10': 'Flags storage accounts with no ReadOnly lock. CIS asks that such locks be considered; where a read-only lock would break key listing or deployments, suppress the finding.',
  '9.3.11': 'Flags non-geo-redundant Standard accounts. Which accounts are critical is a judgement: suppress the finding on data that can be lost or rebuilt.',
  '8.3.11': 'Checks certificates Key Vault generates; the validity of imported certificates comes from the file and is not visible.',
};

/** Why a CIS GCP v5.0.0 recommendation marked checkable (yes/partly) has no rule. */
export const CIS_GCP_5_NOT_STATIC: Record<string, string> = {
  '1.1.4': 'Whether organization policies enforce the constraints an organization needs is a design of the whole hierarchy; the mere presence of an org policy resource in one module says nothing about it, and most modules manage projects, not the organization.',
  '1.13': 'Whether an API key still serves an active service is known only from its usage metrics; a key declared in code looks the same whether it is used or not (GCP-APIKEYS-001/002 judge its restrictions).',
};

const METRIC_ALERT_NOTE =
  'Judges the log-based metric by the sample audit log entries its filter matches and follows it to an enabled alert policy with a notification channel. Filters using functions such as `log_id()`, and alerting set up in another project or tool, cannot be judged from this code.';

/** CIS GCP v5.0.0 recommendations whose rules are partial checks. */
export const CIS_GCP_5_PARTIAL: Record<string, string> = {
  '3.8': 'Checks that a service perimeter with restricted services exists; whether it covers every project and the services they use is not visible in one module.',
  '3.9': 'Checks that a Private Service Connect endpoint for Google APIs (target all-apis or vpc-sc) exists; whether every VPC routes API traffic to it (DNS, routes) is not checked.',
  '3.12': 'Checks that firewall rules admitting SSH or RDP list only Identity-Aware Proxy\'s range; whether backends behind load balancers accept only Google front-end ranges depends on how traffic reaches them.',
  '4.12': 'Checks that a recurring OS patch deployment exists; whether the OS Config agent runs on every VM and which VMs it targets are not visible.',
  '4.4': 'Checks project metadata the code manages (google_compute_project_metadata and its _item) and VMs that turn OS Login off; a project whose metadata is set outside the code is not judged.',
  '6.1.1': 'Checks google_sql_user root users declared in code; the root user Cloud SQL creates by itself and users made outside Terraform are not visible.',
  '4.7': 'Checks every disk and instance boot disk: which VMs are critical, as the recommendation asks, is a judgement the code does not record (suppress the others with a justification).',
  '1.2': 'Flags `user:` members at consumer Google domains (gmail.com, googlemail.com) in every IAM grant shape. Other personal domains cannot be told from corporate ones in code.',
  '1.8': 'Checks that a user-managed key is replaced through `keepers` referencing a `time_rotating` of at most 90 days. Keys rotated outside Terraform are not visible.',
  '1.18': 'Flags Cloud Functions environment variables whose literal value has a known credential shape or whose name suggests a secret. Values passed through variables or references are not judged.',
  '2.5': METRIC_ALERT_NOTE,
  '2.6': METRIC_ALERT_NOTE,
  '2.7': METRIC_ALERT_NOTE,
  '2.8': METRIC_ALERT_NOTE,
  '2.9': METRIC_ALERT_NOTE,
  '2.10': METRIC_ALERT_NOTE,
  '2.11': METRIC_ALERT_NOTE,
  '2.12': METRIC_ALERT_NOTE,
  '2.16': 'Checks that Access Approval settings exist with an enrolled service. The support plan it requires and who approves are outside code.',
  '3.1': 'Checks `google_project.auto_create_network` (default true). Projects created outside this code, and default networks kept in them, are not visible.',
  '3.2': 'Flags networks written with `ipv4_range` (legacy networks of google provider 2.x). Current providers cannot create legacy networks; old ones made elsewhere are not visible.',
};
