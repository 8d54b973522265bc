// SPDX-License-Identifier: Apache-2.0
// Every rule, explicitly (a test checks that each file under rules/aws is listed here exactly once).

import type { Rule } from './api';
import cloudtrailKmsEncryption from './aws/cloudtrail/cloudtrail-kms-encryption';
import cloudtrailLogFileValidation from './aws/cloudtrail/cloudtrail-log-file-validation';
import cloudtrailMultiRegion from './aws/cloudtrail/cloudtrail-multi-region';
import cloudtrailBucketAccessLogging from './aws/cloudtrail/cloudtrail-bucket-access-logging';
import cloudtrailS3WriteDataEvents from './aws/cloudtrail/cloudtrail-s3-write-data-events';
import cloudtrailS3ReadDataEvents from './aws/cloudtrail/cloudtrail-s3-read-data-events';
import cloudtrailCloudwatchLogs from './aws/cloudtrail/cloudtrail-cloudwatch-logs';
import ebsVolumeEncrypted from './aws/ec2/ebs-volume-encrypted';
import launchTemplateEbsEncrypted from './aws/ec2/launch-template-ebs-encrypted';
import sqsQueuePolicyNotPublic from './aws/sqs/sqs-queue-policy-not-public';
import s3BucketPolicyNotPublic from './aws/s3/s3-bucket-policy-not-public';
import snsTopicPolicyNotPublic from './aws/sns/sns-topic-policy-not-public';
import ec2Imdsv2Required from './aws/ec2/ec2-imdsv2-required';
import sgNoPublicAdminIngressIpv4 from './aws/ec2/sg-no-public-admin-ingress-ipv4';
import sgNoPublicAdminIngressIpv6 from './aws/ec2/sg-no-public-admin-ingress-ipv6';
import sgNoPublicCifsIngress from './aws/ec2/sg-no-public-cifs-ingress';
import defaultSgRestrictsAllTraffic from './aws/ec2/default-sg-restricts-all-traffic';
import iamNoFullAdminPolicy from './aws/iam/iam-no-full-admin-policy';
import kmsKeyRotation from './aws/kms/kms-key-rotation';
import rdsNotPubliclyAccessible from './aws/rds/rds-not-publicly-accessible';
import rdsStorageEncrypted from './aws/rds/rds-storage-encrypted';
import rdsAutoMinorVersionUpgrade from './aws/rds/rds-auto-minor-version-upgrade';
import rdsMultiAz from './aws/rds/rds-multi-az';
import rdsBackupRetention from './aws/rds/rds-backup-retention';
import rdsDeletionProtection from './aws/rds/rds-deletion-protection';
import rdsLogExports from './aws/rds/rds-log-exports';
import rdsNoLiteralMasterPassword from './aws/rds/rds-no-literal-master-password';
import rdsEnhancedMonitoring from './aws/rds/rds-enhanced-monitoring';
import s3BlockPublicAccess from './aws/s3/s3-block-public-access';
import s3DenyHttp from './aws/s3/s3-deny-http';
import s3EncryptionAtRest from './aws/s3/s3-encryption-at-rest';
import s3MfaDelete from './aws/s3/s3-mfa-delete';
import s3VersioningEnabled from './aws/s3/s3-versioning-enabled';
import s3NoPublicAcl from './aws/s3/s3-no-public-acl';
import s3AccessLogging from './aws/s3/s3-access-logging';
import vpcFlowLogs from './aws/vpc/vpc-flow-logs';
import naclNoPublicAdminIngress from './aws/vpc/nacl-no-public-admin-ingress';
import dynamodbPointInTimeRecovery from './aws/dynamodb/dynamodb-point-in-time-recovery';
import apigatewayStageXrayTracing from './aws/apigateway/apigateway-stage-xray-tracing';
import apigatewayv2RouteAuthorization from './aws/apigateway/apigatewayv2-route-authorization';
import lambdaEnvKms from './aws/lambda/lambda-env-kms';
import cloudfrontOriginTls from './aws/cloudfront/cloudfront-origin-tls';
import elbAlbDesyncMitigation from './aws/elb/elb-alb-desync-mitigation';
import eksNodeGroupSshRestricted from './aws/eks/eks-node-group-ssh-restricted';
import apigatewayMethodAuthorization from './aws/apigateway/apigateway-method-authorization';
import elbDeletionProtection from './aws/elb/elb-deletion-protection';
import wafWebAclHasRules from './aws/waf/waf-web-acl-has-rules';
import ec2ImageBlockPublicAccess from './aws/ec2image/ec2-image-block-public-access';
import ebsSnapshotBlockPublicAccess from './aws/ec2image/ebs-snapshot-block-public-access';
import wafWebAclLogging from './aws/waf/waf-web-acl-logging';
import wafClassicWebAclLogging from './aws/waf/waf-classic-web-acl-logging';
import amiNotPublic from './aws/ec2image/ami-not-public';
import lambdaFunctionUrlAuth from './aws/lambda/lambda-function-url-auth';
import lambdaPermissionPublic from './aws/lambda/lambda-permission-public';
import lambdaEnvSecrets from './aws/lambda/lambda-env-secrets';
import lambdaTracing from './aws/lambda/lambda-tracing';
import eksPublicEndpoint from './aws/eks/eks-public-endpoint';
import eksControlPlaneLogging from './aws/eks/eks-control-plane-logging';
import eksSecretsEncryption from './aws/eks/eks-secrets-encryption';
import apigatewayStageAccessLogging from './aws/apigateway/apigateway-stage-access-logging';
import apigatewayv2StageAccessLogging from './aws/apigateway/apigatewayv2-stage-access-logging';
import apigatewayDomainTls12 from './aws/apigateway/apigateway-domain-tls12';
import apigatewayExecutionLogging from './aws/apigateway/apigateway-execution-logging';
import cloudfrontViewerHttps from './aws/cloudfront/cloudfront-viewer-https';
import cloudfrontMinimumTls from './aws/cloudfront/cloudfront-minimum-tls';
import cloudfrontAccessLogging from './aws/cloudfront/cloudfront-access-logging';
import cloudfrontWaf from './aws/cloudfront/cloudfront-waf';
import cloudfrontOriginHttps from './aws/cloudfront/cloudfront-origin-https';
import elbListenerHttps from './aws/elb/elb-listener-https';
import elbListenerTlsPolicy from './aws/elb/elb-listener-tls-policy';
import elbAlbAccessLogs from './aws/elb/elb-alb-access-logs';
import elbAlbDropInvalidHeaders from './aws/elb/elb-alb-drop-invalid-headers';
import elbClassicListenerHttps from './aws/elb/elb-classic-listener-https';
import elbClassicAccessLogs from './aws/elb/elb-classic-access-logs';
import dynamodbCustomerManagedKms from './aws/dynamodb/dynamodb-customer-managed-kms';
import dynamodbDeletionProtection from './aws/dynamodb/dynamodb-deletion-protection';
import efsEncrypted from './aws/efs/efs-encrypted';
import snsTopicEncrypted from './aws/sns/sns-topic-encrypted';
import sqsQueueEncrypted from './aws/sqs/sqs-queue-encrypted';
import redshiftClusterEncrypted from './aws/redshift/redshift-cluster-encrypted';
import redshiftNotPubliclyAccessible from './aws/redshift/redshift-not-publicly-accessible';
import elasticacheAtRestEncryption from './aws/elasticache/elasticache-at-rest-encryption';
import elasticacheInTransitEncryption from './aws/elasticache/elasticache-in-transit-encryption';
import opensearchEncryptAtRest from './aws/opensearch/opensearch-encrypt-at-rest';
import opensearchNodeToNodeEncryption from './aws/opensearch/opensearch-node-to-node-encryption';
import opensearchEnforceHttps from './aws/opensearch/opensearch-enforce-https';
import opensearchInVpc from './aws/opensearch/opensearch-in-vpc';
import ecrKmsEncryption from './aws/ecr/ecr-kms-encryption';
import ecrScanOnPush from './aws/ecr/ecr-scan-on-push';
import ecrImmutableTags from './aws/ecr/ecr-immutable-tags';
import kinesisStreamEncrypted from './aws/kinesis/kinesis-stream-encrypted';
import logsGroupKmsEncryption from './aws/logs/logs-group-kms-encryption';
import logsGroupRetentionSet from './aws/logs/logs-group-retention-set';
import logsGroupRetentionMin1Year from './aws/logs/logs-group-retention-min-1-year';
import secretsmanagerCustomerManagedKms from './aws/secretsmanager/secretsmanager-customer-managed-kms';
import secretsmanagerRotationEnabled from './aws/secretsmanager/secretsmanager-rotation-enabled';
import backupVaultKmsKey from './aws/backup/backup-vault-kms-key';
import rdsclusterStorageEncrypted from './aws/rdscluster/rdscluster-storage-encrypted';
import rdsclusterDeletionProtection from './aws/rdscluster/rdscluster-deletion-protection';
import rdsclusterBackupRetention from './aws/rdscluster/rdscluster-backup-retention';
import redshiftSnapshotRetention from './aws/redshift/redshift-snapshot-retention';
import elasticacheAutomaticBackups from './aws/elasticache/elasticache-automatic-backups';
import rdsclusterIamAuth from './aws/rdscluster/rdscluster-iam-auth';
import rdsclusterLogExports from './aws/rdscluster/rdscluster-log-exports';
import efsAutomaticBackups from './aws/efs/efs-automatic-backups';
import backupVaultLock from './aws/backup/backup-vault-lock';
import opensearchAuditLogs from './aws/opensearch/opensearch-audit-logs';
import opensearchFineGrainedAccessControl from './aws/opensearch/opensearch-fine-grained-access-control';
import elasticacheAutomaticFailover from './aws/elasticache/elasticache-automatic-failover';
import redshiftEnhancedVpcRouting from './aws/redshift/redshift-enhanced-vpc-routing';
import backupPlanMinRetention from './aws/backup/backup-plan-min-retention';
import dynamodbDaxEncrypted from './aws/dynamodb/dynamodb-dax-encrypted';
import dynamodbDaxTls from './aws/dynamodb/dynamodb-dax-tls';
import opensearchZoneAwareness from './aws/opensearch/opensearch-zone-awareness';
import redshiftAuditLogging from './aws/redshift/redshift-audit-logging';
import snsSubscriptionHttps from './aws/sns/sns-subscription-https';
import iamPasswordMinLength from './aws/iam/iam-password-min-length';
import iamPasswordReusePrevention from './aws/iam/iam-password-reuse-prevention';
import iamUserPermissionsViaGroups from './aws/iam/iam-user-permissions-via-groups';
import iamNoCloudshellFullAccess from './aws/iam/iam-no-cloudshell-full-access';
import iamNoAdminManagedPolicyAttached from './aws/iam/iam-no-admin-managed-policy-attached';
import iamSupportRole from './aws/iam/iam-support-role';
import iamNoAccessKeyForConsoleUser from './aws/iam/iam-no-access-key-for-console-user';
import iamOneActiveAccessKeyPerUser from './aws/iam/iam-one-active-access-key-per-user';
import ec2InstanceProfileAttached from './aws/ec2/ec2-instance-profile-attached';
import ec2BlockDevicesEncrypted from './aws/ec2/ec2-block-devices-encrypted';
import macieEnabled from './aws/macie/macie-enabled';
import vpcPeeringRouteNotAll from './aws/vpc/vpc-peering-route-not-all';
import hardcodedCredentialValues from './aws/secrets/hardcoded-credential-values';
import clusterNoLiteralPassword from './aws/secrets/cluster-no-literal-password';
import imageCopyEncrypted from './aws/ec2image/image-copy-encrypted';
import elbClassicTlsPolicy from './aws/elb/elb-classic-tls-policy';
import accessAnalyzerEnabled from './aws/accessanalyzer/access-analyzer-enabled';
import securityhubEnabled from './aws/securityhub/securityhub-enabled';
import monitoringCloudtrailChanges from './aws/monitoring/monitoring-cloudtrail-changes';
import monitoringConfigChanges from './aws/monitoring/monitoring-config-changes';
import monitoringConsoleAuthFailures from './aws/monitoring/monitoring-console-auth-failures';
import monitoringConsoleSigninWithoutMfa from './aws/monitoring/monitoring-console-signin-without-mfa';
import monitoringIamPolicyChanges from './aws/monitoring/monitoring-iam-policy-changes';
import monitoringKmsKeyDisableOrDeletion from './aws/monitoring/monitoring-kms-key-disable-or-deletion';
import monitoringNaclChanges from './aws/monitoring/monitoring-nacl-changes';
import monitoringNetworkGatewayChanges from './aws/monitoring/monitoring-network-gateway-changes';
import monitoringOrganizationsChanges from './aws/monitoring/monitoring-organizations-changes';
import monitoringRootAccountUsage from './aws/monitoring/monitoring-root-account-usage';
import monitoringRouteTableChanges from './aws/monitoring/monitoring-route-table-changes';
import monitoringS3BucketPolicyChanges from './aws/monitoring/monitoring-s3-bucket-policy-changes';
import monitoringSecurityGroupChanges from './aws/monitoring/monitoring-security-group-changes';
import monitoringUnauthorizedApiCalls from './aws/monitoring/monitoring-unauthorized-api-calls';
import monitoringVpcChanges from './aws/monitoring/monitoring-vpc-changes';
import configRecorderEnabled from './aws/config/config-recorder-enabled';
import ebsEncryptionByDefault from './aws/account/ebs-encryption-by-default';
import s3AccountPublicAccessBlock from './aws/account/s3-account-public-access-block';
import accountSecurityContact from './aws/account/account-security-contact';
import iamRoleTrustNotPublic from './aws/iam/iam-role-trust-not-public';
import iamNoPassroleOnAll from './aws/iam/iam-no-passrole-on-all';
import iamNoServiceWildcardOnAll from './aws/iam/iam-no-service-wildcard-on-all';
import azureStorageBlobSoftDelete from './azure/storage/storage-blob-soft-delete';
import azureStorageBlobVersioning from './azure/storage/storage-blob-versioning';
import azureStorageContainerSoftDelete from './azure/storage/storage-container-soft-delete';
import azureStorageDefaultNetworkDeny from './azure/storage/storage-default-network-deny';
import azureStorageDefaultOauth from './azure/storage/storage-default-oauth';
import azureStorageMinTls from './azure/storage/storage-min-tls';
import azureStorageNoAnonymousBlobAccess from './azure/storage/storage-no-anonymous-blob-access';
import azureStoragePublicNetworkAccessDisabled from './azure/storage/storage-public-network-access-disabled';
import azureStorageSecureTransfer from './azure/storage/storage-secure-transfer';
import azureStorageSharedKeyAccessDisabled from './azure/storage/storage-shared-key-access-disabled';
import azureKeyvaultCertificateValidity from './azure/keyvault/keyvault-certificate-validity';
import azureKeyvaultKeyRotation from './azure/keyvault/keyvault-key-rotation';
import azureKeyvaultKeyExpiration from './azure/keyvault/keyvault-key-expiration';
import azureKeyvaultPublicNetworkAccessDisabled from './azure/keyvault/keyvault-public-network-access-disabled';
import azureKeyvaultPurgeProtection from './azure/keyvault/keyvault-purge-protection';
import azureKeyvaultRbacAuthorization from './azure/keyvault/keyvault-rbac-authorization';
import azureKeyvaultSecretExpiration from './azure/keyvault/keyvault-secret-expiration';
import azureDatabricksPublicNetworkAccessDisabled from './azure/databricks/databricks-public-network-access-disabled';
import azureAppgwHttp2 from './azure/network/appgw-http2';
import azureNsgNoInternetHttp from './azure/network/nsg-no-internet-http';
import azureNsgNoInternetRdp from './azure/network/nsg-no-internet-rdp';
import azureNsgNoInternetSsh from './azure/network/nsg-no-internet-ssh';
import azureNsgNoInternetUdp from './azure/network/nsg-no-internet-udp';
import azureStorageFileShareSoftDelete from './azure/storage/storage-file-share-soft-delete';
import azureStorageSmbVersion from './azure/storage/storage-smb-version';
import azureStorageSmbChannelEncryption from './azure/storage/storage-smb-channel-encryption';
import azureStorageTrustedServicesBypass from './azure/storage/storage-trusted-services-bypass';
import azureStorageCrossTenantReplicationDisabled from './azure/storage/storage-cross-tenant-replication-disabled';
import azureStorageGeoRedundant from './azure/storage/storage-geo-redundant';
import azureStoragePrivateEndpoint from './azure/storage/storage-private-endpoint';
import azureStorageDeleteLock from './azure/storage/storage-delete-lock';
import azureStorageReadOnlyLock from './azure/storage/storage-read-only-lock';
import azureNetworkFlowLogRetention from './azure/network/network-flow-log-retention';
import azureVpnGatewayAadAuth from './azure/network/vpn-gateway-aad-auth';
import azureAppgwWafEnabled from './azure/network/appgw-waf-enabled';
import azureSubnetNsgAssociated from './azure/network/subnet-nsg-associated';
import azureAppgwMinTls from './azure/network/appgw-min-tls';
import azureWafRequestBodyCheck from './azure/network/waf-request-body-check';
import azureWafBotProtection from './azure/network/waf-bot-protection';
import azureVnetDdosProtection from './azure/network/vnet-ddos-protection';
import azureKeyvaultPrivateEndpoint from './azure/keyvault/keyvault-private-endpoint';
import azureDatabricksVnetInjection from './azure/databricks/databricks-vnet-injection';
import azureDatabricksSubnetNsg from './azure/databricks/databricks-subnet-nsg';
import azureDatabricksDiagnosticLogs from './azure/databricks/databricks-diagnostic-logs';
import azureDatabricksCmk from './azure/databricks/databricks-cmk';
import azureDatabricksNoPublicIp from './azure/databricks/databricks-no-public-ip';
import azureDatabricksPrivateEndpoint from './azure/databricks/databricks-private-endpoint';
import azureNetworkSecurityPerimeter from './azure/network/network-security-perimeter';
import azureDatabricksTokenLifetime from './azure/databricks/databricks-token-lifetime';
import azureVnetFlowLogRetention from './azure/network/vnet-flow-log-retention';
import rdsSnapshotNotPublic from './aws/rds/rds-snapshot-not-public';
import docdbStorageEncrypted from './aws/docdb/docdb-storage-encrypted';
import providerAndParameterCredentials from './aws/secrets/provider-and-parameter-credentials';
import gcpDnsDnsDnssecEnabled from './gcp/dns/dns-dnssec-enabled';
import gcpDnsDnsKskNotRsasha1 from './gcp/dns/dns-ksk-not-rsasha1';
import gcpDnsDnsZskNotRsasha1 from './gcp/dns/dns-zsk-not-rsasha1';
import gcpNetworkFirewallNoInternetRdp from './gcp/network/firewall-no-internet-rdp';
import gcpNetworkFirewallNoInternetSsh from './gcp/network/firewall-no-internet-ssh';
import gcpComputeComputeNoIpForwarding from './gcp/compute/compute-no-ip-forwarding';
import gcpAppengineAppengineHttpsOnly from './gcp/appengine/appengine-https-only';
import gcpComputeComputeBlockProjectSshKeys from './gcp/compute/compute-block-project-ssh-keys';
import gcpComputeComputeBootDiskCsek from './gcp/compute/compute-boot-disk-csek';
import gcpComputeComputeConfidentialVm from './gcp/compute/compute-confidential-vm';
import gcpComputeComputeDiskCsek from './gcp/compute/compute-disk-csek';
import gcpComputeComputeNoDefaultServiceAccount from './gcp/compute/compute-no-default-service-account';
import gcpComputeComputeNoFullApiScope from './gcp/compute/compute-no-full-api-scope';
import gcpComputeComputeNoPublicIp from './gcp/compute/compute-no-public-ip';
import gcpComputeComputeOsLogin from './gcp/compute/compute-os-login';
import gcpComputeComputeProjectOsLogin from './gcp/compute/compute-project-os-login';
import gcpComputeComputeSerialPortDisabled from './gcp/compute/compute-serial-port-disabled';
import gcpComputeComputeShieldedVm from './gcp/compute/compute-shielded-vm';
import gcpNetworkSslPolicyStrong from './gcp/network/ssl-policy-strong';
import gcpNetworkSslProxyPolicy from './gcp/network/ssl-proxy-policy';
import gcpNetworkSubnetFlowLogs from './gcp/network/subnet-flow-logs';
import gcpSqlSqlMysqlLocalInfileOff from './gcp/sql/sql-mysql-local-infile-off';
import gcpSqlSqlMysqlSkipShowDatabase from './gcp/sql/sql-mysql-skip-show-database';
import gcpSqlSqlPgLogConnections from './gcp/sql/sql-pg-log-connections';
import gcpSqlSqlPgLogDisconnections from './gcp/sql/sql-pg-log-disconnections';
import gcpSqlSqlPgLogErrorVerbosity from './gcp/sql/sql-pg-log-error-verbosity';
import gcpSqlSqlPgLogMinDurationDisabled from './gcp/sql/sql-pg-log-min-duration-disabled';
import gcpSqlSqlPgLogMinErrorStatement from './gcp/sql/sql-pg-log-min-error-statement';
import gcpSqlSqlPgLogMinMessages from './gcp/sql/sql-pg-log-min-messages';
import gcpSqlSqlPgLogStatement from './gcp/sql/sql-pg-log-statement';
import gcpSqlSqlPgPgaudit from './gcp/sql/sql-pg-pgaudit';
import gcpSqlSqlSqlserverContainedAuthOff from './gcp/sql/sql-sqlserver-contained-auth-off';
import gcpSqlSqlSqlserverCrossDbOwnershipOff from './gcp/sql/sql-sqlserver-cross-db-ownership-off';
import gcpSqlSqlSqlserverExternalScriptsOff from './gcp/sql/sql-sqlserver-external-scripts-off';
import gcpSqlSqlSqlserverRemoteAccessOff from './gcp/sql/sql-sqlserver-remote-access-off';
import gcpSqlSqlSqlserverTrace3625 from './gcp/sql/sql-sqlserver-trace-3625';
import gcpSqlSqlSqlserverUserConnections from './gcp/sql/sql-sqlserver-user-connections';
import gcpSqlSqlSqlserverUserOptionsUnset from './gcp/sql/sql-sqlserver-user-options-unset';
import gcpSqlSqlBackupsEnabled from './gcp/sql/sql-backups-enabled';
import gcpSqlSqlDeletionProtection from './gcp/sql/sql-deletion-protection';
import gcpSqlSqlIamAuthentication from './gcp/sql/sql-iam-authentication';
import gcpSqlSqlNoOpenAuthorizedNetworks from './gcp/sql/sql-no-open-authorized-networks';
import gcpSqlSqlNoPublicIp from './gcp/sql/sql-no-public-ip';
import gcpSqlSqlRequireTls from './gcp/sql/sql-require-tls';
import gcpBigqueryBigqueryDatasetCmek from './gcp/bigquery/bigquery-dataset-cmek';
import gcpBigqueryBigqueryTableCmek from './gcp/bigquery/bigquery-table-cmek';
import gcpDataprocDataprocCmek from './gcp/dataproc/dataproc-cmek';
import gcpStorageStorageUniformAccess from './gcp/storage/storage-uniform-access';
import gcpSqlSqlMysqlRootPassword from './gcp/sql/sql-mysql-root-password';
import gcpNetworkFirewallAdminThroughIap from './gcp/network/firewall-admin-through-iap';
import gcpNetworkPrivateServiceConnectApis from './gcp/network/private-service-connect-apis';
import gcpNetworkVpcServiceControls from './gcp/network/vpc-service-controls';
import gcpOsconfigOsPatchDeployment from './gcp/osconfig/os-patch-deployment';
import gcpIamSaNoAdminRoles from './gcp/iam/iam-sa-no-admin-roles';
import gcpIamNoSaUserAtProjectLevel from './gcp/iam/iam-no-sa-user-at-project-level';
import gcpKmsKeyNotPublic from './gcp/kms/kms-key-not-public';
import gcpStorageBucketNotPublic from './gcp/storage/storage-bucket-not-public';
import gcpBigqueryDatasetNotPublic from './gcp/bigquery/bigquery-dataset-not-public';
import gcpIamCorporateCredentials from './gcp/iam/iam-corporate-credentials';
import gcpIamSaRolesSeparationOfDuties from './gcp/iam/iam-sa-roles-separation-of-duties';
import gcpKmsSeparationOfDuties from './gcp/kms/kms-separation-of-duties';
import gcpIamNoUserManagedSaKeys from './gcp/iam/iam-no-user-managed-sa-keys';
import gcpIamSaKeyRotation from './gcp/iam/iam-sa-key-rotation';
import gcpKmsKeyRotation90Days from './gcp/kms/kms-key-rotation-90-days';
import gcpApikeysRestrictClients from './gcp/apikeys/apikeys-restrict-clients';
import gcpApikeysRestrictApis from './gcp/apikeys/apikeys-restrict-apis';
import gcpFunctionsNoSecretsInEnv from './gcp/functions/functions-no-secrets-in-env';
import gcpLbBackendLogging from './gcp/network/lb-backend-logging';
import gcpNetworkNoDefaultNetwork from './gcp/network/network-no-default-network';
import gcpNetworkNoLegacy from './gcp/network/network-no-legacy';
import gcpEssentialContacts from './gcp/iam/essential-contacts';
import gcpLoggingAssetInventory from './gcp/logging/logging-asset-inventory';
import gcpLoggingMetricProjectOwnershipChanges from './gcp/logging/logging-metric-project-ownership-changes';
import gcpLoggingMetricAuditConfigChanges from './gcp/logging/logging-metric-audit-config-changes';
import gcpLoggingMetricCustomRoleChanges from './gcp/logging/logging-metric-custom-role-changes';
import gcpLoggingMetricFirewallRuleChanges from './gcp/logging/logging-metric-firewall-rule-changes';
import gcpLoggingMetricRouteChanges from './gcp/logging/logging-metric-route-changes';
import gcpLoggingMetricNetworkChanges from './gcp/logging/logging-metric-network-changes';
import gcpLoggingMetricBucketIamChanges from './gcp/logging/logging-metric-bucket-iam-changes';
import gcpLoggingMetricSqlInstanceChanges from './gcp/logging/logging-metric-sql-instance-changes';
import gcpLoggingAuditAllServices from './gcp/logging/logging-audit-all-services';
import gcpLoggingSinkAllEntries from './gcp/logging/logging-sink-all-entries';
import gcpLoggingSinkBucketLocked from './gcp/logging/logging-sink-bucket-locked';
import gcpDnsLoggingNetworks from './gcp/network/dns-logging-networks';
import gcpAccessApprovalEnabled from './gcp/logging/access-approval-enabled';
// azure-sub imports (begin)
import azureDefenderAgentlessScanning from './azure/defender/defender-agentless-scanning';
import azureDefenderApis from './azure/defender/defender-apis';
import azureDefenderAppServices from './azure/defender/defender-app-services';
import azureDefenderContactAlertNotifications from './azure/defender/defender-contact-alert-notifications';
import azureDefenderContactEmail from './azure/defender/defender-contact-email';
import azureDefenderContactNotifyOwners from './azure/defender/defender-contact-notify-owners';
import azureDefenderContainers from './azure/defender/defender-containers';
import azureDefenderCosmosdb from './azure/defender/defender-cosmosdb';
import azureDefenderCspm from './azure/defender/defender-cspm';
import azureDefenderEndpointProtection from './azure/defender/defender-endpoint-protection';
import azureDefenderFileIntegrityMonitoring from './azure/defender/defender-file-integrity-monitoring';
import azureDefenderIot from './azure/defender/defender-iot';
import azureDefenderKeyVault from './azure/defender/defender-key-vault';
import azureDefenderOpenSourceDatabases from './azure/defender/defender-open-source-databases';
import azureDefenderResourceManager from './azure/defender/defender-resource-manager';
import azureDefenderServers from './azure/defender/defender-servers';
import azureDefenderSqlDatabases from './azure/defender/defender-sql-databases';
import azureDefenderSqlOnMachines from './azure/defender/defender-sql-on-machines';
import azureDefenderStorage from './azure/defender/defender-storage';
import azureDefenderVulnerabilityAssessment from './azure/defender/defender-vulnerability-assessment';
import azureMonitorActivityLogCategories from './azure/monitor/monitor-activity-log-categories';
import azureMonitorActivityLogDiagnosticSetting from './azure/monitor/monitor-activity-log-diagnostic-setting';
import azureMonitorActivityLogStorageCmk from './azure/monitor/monitor-activity-log-storage-cmk';
import azureMonitorAlertNsgDelete from './azure/monitor/monitor-alert-nsg-delete';
import azureMonitorAlertNsgWrite from './azure/monitor/monitor-alert-nsg-write';
import azureMonitorAlertPolicyAssignmentDelete from './azure/monitor/monitor-alert-policy-assignment-delete';
import azureMonitorAlertPolicyAssignmentWrite from './azure/monitor/monitor-alert-policy-assignment-write';
import azureMonitorAlertPublicIpDelete from './azure/monitor/monitor-alert-public-ip-delete';
import azureMonitorAlertPublicIpWrite from './azure/monitor/monitor-alert-public-ip-write';
import azureMonitorAlertSecuritySolutionDelete from './azure/monitor/monitor-alert-security-solution-delete';
import azureMonitorAlertSecuritySolutionWrite from './azure/monitor/monitor-alert-security-solution-write';
import azureMonitorAlertServiceHealth from './azure/monitor/monitor-alert-service-health';
import azureMonitorAlertSqlFirewallDelete from './azure/monitor/monitor-alert-sql-firewall-delete';
import azureMonitorAlertSqlFirewallWrite from './azure/monitor/monitor-alert-sql-firewall-write';
import azureMonitorApplicationInsights from './azure/monitor/monitor-application-insights';
import azureMonitorEntraActivityLogs from './azure/monitor/monitor-entra-activity-logs';
import azureMonitorEntraGraphActivityLogs from './azure/monitor/monitor-entra-graph-activity-logs';
import azureMonitorFlowLogTrafficAnalytics from './azure/monitor/monitor-flow-log-traffic-analytics';
import azureMonitorKeyvaultLogging from './azure/monitor/monitor-keyvault-logging';
import azureIamLockAdminRole from './azure/iam/iam-lock-admin-role';
import azureIamNoCustomOwnerRoles from './azure/iam/iam-no-custom-owner-roles';
import azureIamUserAccessAdministrator from './azure/iam/iam-user-access-administrator';
import azureNetworkWatcherPerRegion from './azure/networkwatcher/network-watcher-per-region';
import azureBastionHostExists from './azure/bastion/bastion-host-exists';
import azureResourceLocks from './azure/lock/resource-locks';
// azure-sub imports (end)
// azure-last imports
import azureIamSubscriptionOwnerCount from './azure/iam/iam-subscription-owner-count';
import azureMonitorResourceLogging from './azure/monitor/monitor-resource-logging';
import azurePolicyMcsbNoDisabledEffects from './azure/policy/policy-mcsb-no-disabled-effects';
// azure-last imports (end)

export const ALL_RULES: readonly Rule[] = [
  s3BlockPublicAccess,
  s3EncryptionAtRest,
  s3DenyHttp,
  s3MfaDelete,
  s3VersioningEnabled,
  s3NoPublicAcl,
  s3AccessLogging,
  cloudtrailMultiRegion,
  cloudtrailLogFileValidation,
  cloudtrailKmsEncryption,
  cloudtrailBucketAccessLogging,
  cloudtrailS3WriteDataEvents,
  cloudtrailS3ReadDataEvents,
  cloudtrailCloudwatchLogs,
  kmsKeyRotation,
  vpcFlowLogs,
  naclNoPublicAdminIngress,
  sgNoPublicAdminIngressIpv4,
  sgNoPublicAdminIngressIpv6,
  sgNoPublicCifsIngress,
  defaultSgRestrictsAllTraffic,
  rdsStorageEncrypted,
  rdsNotPubliclyAccessible,
  rdsAutoMinorVersionUpgrade,
  rdsMultiAz,
  rdsBackupRetention,
  rdsDeletionProtection,
  rdsLogExports,
  rdsNoLiteralMasterPassword,
  rdsEnhancedMonitoring,
  ec2Imdsv2Required,
  ebsVolumeEncrypted,
  launchTemplateEbsEncrypted,
  sqsQueuePolicyNotPublic,
  s3BucketPolicyNotPublic,
  snsTopicPolicyNotPublic,
  iamNoFullAdminPolicy,
  dynamodbPointInTimeRecovery,
  apigatewayStageXrayTracing,
  apigatewayv2RouteAuthorization,
  lambdaEnvKms,
  cloudfrontOriginTls,
  elbAlbDesyncMitigation,
  eksNodeGroupSshRestricted,
  apigatewayMethodAuthorization,
  elbDeletionProtection,
  wafWebAclHasRules,
  ec2ImageBlockPublicAccess,
  ebsSnapshotBlockPublicAccess,
  wafWebAclLogging,
  wafClassicWebAclLogging,
  amiNotPublic,
  lambdaFunctionUrlAuth,
  lambdaPermissionPublic,
  lambdaEnvSecrets,
  lambdaTracing,
  eksPublicEndpoint,
  eksControlPlaneLogging,
  eksSecretsEncryption,
  apigatewayStageAccessLogging,
  apigatewayv2StageAccessLogging,
  apigatewayDomainTls12,
  apigatewayExecutionLogging,
  cloudfrontViewerHttps,
  cloudfrontMinimumTls,
  cloudfrontAccessLogging,
  cloudfrontWaf,
  cloudfrontOriginHttps,
  elbListenerHttps,
  elbListenerTlsPolicy,
  elbAlbAccessLogs,
  elbAlbDropInvalidHeaders,
  elbClassicListenerHttps,
  elbClassicAccessLogs,
  dynamodbCustomerManagedKms,
  dynamodbDeletionProtection,
  efsEncrypted,
  snsTopicEncrypted,
  sqsQueueEncrypted,
  redshiftClusterEncrypted,
  redshiftNotPubliclyAccessible,
  elasticacheAtRestEncryption,
  elasticacheInTransitEncryption,
  opensearchEncryptAtRest,
  opensearchNodeToNodeEncryption,
  opensearchEnforceHttps,
  opensearchInVpc,
  ecrKmsEncryption,
  ecrScanOnPush,
  ecrImmutableTags,
  kinesisStreamEncrypted,
  logsGroupKmsEncryption,
  logsGroupRetentionSet,
  logsGroupRetentionMin1Year,
  secretsmanagerCustomerManagedKms,
  secretsmanagerRotationEnabled,
  backupVaultKmsKey,
  rdsclusterStorageEncrypted,
  rdsclusterDeletionProtection,
  rdsclusterBackupRetention,
  redshiftSnapshotRetention,
  elasticacheAutomaticBackups,
  rdsclusterIamAuth,
  rdsclusterLogExports,
  efsAutomaticBackups,
  backupVaultLock,
  opensearchAuditLogs,
  opensearchFineGrainedAccessControl,
  elasticacheAutomaticFailover,
  redshiftEnhancedVpcRouting,
  backupPlanMinRetention,
  dynamodbDaxEncrypted,
  dynamodbDaxTls,
  opensearchZoneAwareness,
  redshiftAuditLogging,
  snsSubscriptionHttps,
  iamPasswordMinLength,
  iamPasswordReusePrevention,
  iamUserPermissionsViaGroups,
  iamNoCloudshellFullAccess,
  iamNoAdminManagedPolicyAttached,
  iamNoAccessKeyForConsoleUser,
  iamOneActiveAccessKeyPerUser,
  ec2InstanceProfileAttached,
  ec2BlockDevicesEncrypted,
  macieEnabled,
  vpcPeeringRouteNotAll,
  hardcodedCredentialValues,
  clusterNoLiteralPassword,
  imageCopyEncrypted,
  elbClassicTlsPolicy,
  iamSupportRole,
  accessAnalyzerEnabled,
  securityhubEnabled,
  monitoringUnauthorizedApiCalls,
  monitoringConsoleSigninWithoutMfa,
  monitoringRootAccountUsage,
  monitoringIamPolicyChanges,
  monitoringCloudtrailChanges,
  monitoringConsoleAuthFailures,
  monitoringKmsKeyDisableOrDeletion,
  monitoringS3BucketPolicyChanges,
  monitoringConfigChanges,
  monitoringSecurityGroupChanges,
  monitoringNaclChanges,
  monitoringNetworkGatewayChanges,
  monitoringRouteTableChanges,
  monitoringVpcChanges,
  monitoringOrganizationsChanges,
  configRecorderEnabled,
  ebsEncryptionByDefault,
  s3AccountPublicAccessBlock,
  accountSecurityContact,
  iamRoleTrustNotPublic,
  iamNoPassroleOnAll,
  iamNoServiceWildcardOnAll,
  azureStorageBlobSoftDelete,
  azureStorageBlobVersioning,
  azureStorageContainerSoftDelete,
  azureStorageDefaultNetworkDeny,
  azureStorageDefaultOauth,
  azureStorageMinTls,
  azureStorageNoAnonymousBlobAccess,
  azureStoragePublicNetworkAccessDisabled,
  azureStorageSecureTransfer,
  azureStorageSharedKeyAccessDisabled,
  azureKeyvaultCertificateValidity,
  azureKeyvaultKeyExpiration,
  azureKeyvaultKeyRotation,
  azureKeyvaultPublicNetworkAccessDisabled,
  azureKeyvaultPurgeProtection,
  azureKeyvaultRbacAuthorization,
  azureKeyvaultSecretExpiration,
  azureDatabricksPublicNetworkAccessDisabled,
  azureAppgwHttp2,
  azureNsgNoInternetHttp,
  azureNsgNoInternetRdp,
  azureNsgNoInternetSsh,
  azureNsgNoInternetUdp,
  azureStorageFileShareSoftDelete,
  azureStorageSmbVersion,
  azureStorageSmbChannelEncryption,
  azureStorageTrustedServicesBypass,
  azureStorageCrossTenantReplicationDisabled,
  azureStorageGeoRedundant,
  azureStoragePrivateEndpoint,
  azureStorageDeleteLock,
  azureStorageReadOnlyLock,
  azureNetworkFlowLogRetention,
  azureVpnGatewayAadAuth,
  azureAppgwWafEnabled,
  azureSubnetNsgAssociated,
  azureAppgwMinTls,
  azureWafRequestBodyCheck,
  azureWafBotProtection,
  azureVnetDdosProtection,
  azureKeyvaultPrivateEndpoint,
  azureDatabricksVnetInjection,
  azureDatabricksSubnetNsg,
  azureDatabricksDiagnosticLogs,
  azureDatabricksCmk,
  azureDatabricksNoPublicIp,
  azureDatabricksPrivateEndpoint,
  azureNetworkSecurityPerimeter,
  azureDatabricksTokenLifetime,
  azureVnetFlowLogRetention,
  rdsSnapshotNotPublic,
  docdbStorageEncrypted,
  providerAndParameterCredentials,
  // azure-sub rules (begin)
  azureDefenderAgentlessScanning,
  azureDefenderApis,
  azureDefenderAppServices,
  azureDefenderContactAlertNotifications,
  azureDefenderContactEmail,
  azureDefenderContactNotifyOwners,
  azureDefenderContainers,
  azureDefenderCosmosdb,
  azureDefenderCspm,
  azureDefenderEndpointProtection,
  azureDefenderFileIntegrityMonitoring,
  azureDefenderIot,
  azureDefenderKeyVault,
  azureDefenderOpenSourceDatabases,
  azureDefenderResourceManager,
  azureDefenderServers,
  azureDefenderSqlDatabases,
  azureDefenderSqlOnMachines,
  azureDefenderStorage,
  azureDefenderVulnerabilityAssessment,
  azureMonitorActivityLogCategories,
  azureMonitorActivityLogDiagnosticSetting,
  azureMonitorActivityLogStorageCmk,
  azureMonitorAlertNsgDelete,
  azureMonitorAlertNsgWrite,
  azureMonitorAlertPolicyAssignmentDelete,
  azureMonitorAlertPolicyAssignmentWrite,
  azureMonitorAlertPublicIpDelete,
  azureMonitorAlertPublicIpWrite,
  azureMonitorAlertSecuritySolutionDelete,
  azureMonitorAlertSecuritySolutionWrite,
  azureMonitorAlertServiceHealth,
  azureMonitorAlertSqlFirewallDelete,
  azureMonitorAlertSqlFirewallWrite,
  azureMonitorApplicationInsights,
  azureMonitorEntraActivityLogs,
  azureMonitorEntraGraphActivityLogs,
  azureMonitorFlowLogTrafficAnalytics,
  azureMonitorKeyvaultLogging,
  azureIamLockAdminRole,
  azureIamNoCustomOwnerRoles,
  azureIamUserAccessAdministrator,
  azureIamSubscriptionOwnerCount,
  azureMonitorResourceLogging,
  azurePolicyMcsbNoDisabledEffects,
  azureNetworkWatcherPerRegion,
  azureBastionHostExists,
  azureResourceLocks,
  // azure-sub rules (end)
  gcpDnsDnsDnssecEnabled,
  gcpDnsDnsKskNotRsasha1,
  gcpDnsDnsZskNotRsasha1,
  gcpNetworkFirewallNoInternetRdp,
  gcpNetworkFirewallNoInternetSsh,
  gcpComputeComputeNoIpForwarding,
  gcpAppengineAppengineHttpsOnly,
  gcpComputeComputeBlockProjectSshKeys,
  gcpComputeComputeBootDiskCsek,
  gcpComputeComputeConfidentialVm,
  gcpComputeComputeDiskCsek,
  gcpComputeComputeNoDefaultServiceAccount,
  gcpComputeComputeNoFullApiScope,
  gcpComputeComputeNoPublicIp,
  gcpComputeComputeOsLogin,
  gcpComputeComputeProjectOsLogin,
  gcpComputeComputeSerialPortDisabled,
  gcpComputeComputeShieldedVm,
  gcpNetworkSslPolicyStrong,
  gcpNetworkSslProxyPolicy,
  gcpNetworkSubnetFlowLogs,
  gcpSqlSqlMysqlLocalInfileOff,
  gcpSqlSqlMysqlSkipShowDatabase,
  gcpSqlSqlPgLogConnections,
  gcpSqlSqlPgLogDisconnections,
  gcpSqlSqlPgLogErrorVerbosity,
  gcpSqlSqlPgLogMinDurationDisabled,
  gcpSqlSqlPgLogMinErrorStatement,
  gcpSqlSqlPgLogMinMessages,
  gcpSqlSqlPgLogStatement,
  gcpSqlSqlPgPgaudit,
  gcpSqlSqlSqlserverContainedAuthOff,
  gcpSqlSqlSqlserverCrossDbOwnershipOff,
  gcpSqlSqlSqlserverExternalScriptsOff,
  gcpSqlSqlSqlserverRemoteAccessOff,
  gcpSqlSqlSqlserverTrace3625,
  gcpSqlSqlSqlserverUserConnections,
  gcpSqlSqlSqlserverUserOptionsUnset,
  gcpSqlSqlBackupsEnabled,
  gcpSqlSqlDeletionProtection,
  gcpSqlSqlIamAuthentication,
  gcpSqlSqlNoOpenAuthorizedNetworks,
  gcpSqlSqlNoPublicIp,
  gcpSqlSqlRequireTls,
  gcpBigqueryBigqueryDatasetCmek,
  gcpBigqueryBigqueryTableCmek,
  gcpDataprocDataprocCmek,
  gcpStorageStorageUniformAccess,
  gcpSqlSqlMysqlRootPassword,
  gcpNetworkFirewallAdminThroughIap,
  gcpNetworkPrivateServiceConnectApis,
  gcpNetworkVpcServiceControls,
  gcpOsconfigOsPatchDeployment,
  gcpIamSaNoAdminRoles,
  gcpIamNoSaUserAtProjectLevel,
  gcpKmsKeyNotPublic,
  gcpStorageBucketNotPublic,
  gcpBigqueryDatasetNotPublic,
  gcpIamCorporateCredentials,
  gcpIamSaRolesSeparationOfDuties,
  gcpKmsSeparationOfDuties,
  gcpIamNoUserManagedSaKeys,
  gcpIamSaKeyRotation,
  gcpKmsKeyRotation90Days,
  gcpApikeysRestrictClients,
  gcpApikeysRestrictApis,
  gcpFunctionsNoSecretsInEnv,
  gcpLbBackendLogging,
  gcpNetworkNoDefaultNetwork,
  gcpNetworkNoLegacy,
  gcpEssentialContacts,
  gcpLoggingAssetInventory,
  gcpLoggingMetricProjectOwnershipChanges,
  gcpLoggingMetricAuditConfigChanges,
  gcpLoggingMetricCustomRoleChanges,
  gcpLoggingMetricFirewallRuleChanges,
  gcpLoggingMetricRouteChanges,
  gcpLoggingMetricNetworkChanges,
  gcpLoggingMetricBucketIamChanges,
  gcpLoggingMetricSqlInstanceChanges,
  gcpLoggingAuditAllServices,
  gcpLoggingSinkAllEntries,
  gcpLoggingSinkBucketLocked,
  gcpDnsLoggingNetworks,
  gcpAccessApprovalEnabled,
];
