// SPDX-License-Identifier: Apache-2.0
// Every catalog kind. Service files export arrays of kinds; this list joins them. `azure-*.ts` hold the
// Terraform-only azurerm kinds, `gcp-*.ts` the Terraform-only google / google-beta kinds.

import type { CatalogKind } from './types';
import { DYNAMODB } from './dynamodb';
import { ELB } from './elb';
import { CLOUDFRONT } from './cloudfront';
import { APIGATEWAY } from './apigateway';
import { EKS } from './eks';
import { LAMBDA } from './lambda';
import { WAF } from './waf';
import { EC2IMAGE } from './ec2image';
import { EC2INSTANCE, EC2LAUNCHTEMPLATE } from './ec2launchtemplate';
import { VPCROUTES } from './vpc';
import { SECRETS } from './secrets';
import { ACCOUNT } from './account';
import { IAM, IAM_CREDENTIALS } from './iam';
import { EFS } from './efs';
import { SNS } from './sns';
import { SQS } from './sqs';
import { REDSHIFT } from './redshift';
import { ELASTICACHE } from './elasticache';
import { OPENSEARCH } from './opensearch';
import { ECR } from './ecr';
import { KINESIS } from './kinesis';
import { LOGS } from './logs';
import { SECRETSMANAGER } from './secretsmanager';
import { BACKUP } from './backup';
import { RDSCLUSTER } from './rdscluster';
import { RDSSNAPSHOT } from './rdssnapshot';
import { DOCDB } from './docdb';
import { AZURE_STORAGE } from './azure-storage';
import { AZURE_KEYVAULT } from './azure-keyvault';
import { AZURE_NETWORK } from './azure-network';
import { AZURE_DATABRICKS } from './azure-databricks';
import { AZURE_SUBSCRIPTION } from './azure-subscription';
import { GCP_NETWORK } from './gcp-network';
import { GCP_COMPUTE } from './gcp-compute';
import { GCP_DATA } from './gcp-data';
import { GCP_PROJECT } from './gcp-project';

import { GCP_SECURITY } from './gcp-security';
import { GCP_LOGGING } from './gcp-logging';
import { AZURE_RESOURCES } from './azure-resources';

const DECLS = [...DYNAMODB, ...ELB, ...CLOUDFRONT, ...APIGATEWAY, ...EKS, ...LAMBDA, ...WAF, ...EC2IMAGE, ...EC2LAUNCHTEMPLATE, ...EFS, ...SNS, ...SQS, ...REDSHIFT, ...ELASTICACHE, ...OPENSEARCH, ...ECR, ...KINESIS, ...LOGS, ...SECRETSMANAGER, ...BACKUP, ...RDSCLUSTER, ...RDSSNAPSHOT, ...DOCDB, ...ACCOUNT, ...IAM, ...IAM_CREDENTIALS, ...EC2INSTANCE, ...VPCROUTES, ...SECRETS, ...AZURE_STORAGE, ...AZURE_KEYVAULT, ...AZURE_NETWORK, ...AZURE_DATABRICKS, ...AZURE_RESOURCES, ...AZURE_SUBSCRIPTION, ...GCP_NETWORK, ...GCP_COMPUTE, ...GCP_DATA, ...GCP_SECURITY, ...GCP_LOGGING, ...GCP_PROJECT] as const satisfies readonly CatalogKind[];

export const CATALOG: readonly CatalogKind[] = DECLS;

export type { AttrType, CatalogAttr, CatalogKind, CatalogList } from './types';

/** Every kind's declaration with its literal types (names of kinds, settings and lists). */
export type CatalogDecl = (typeof DECLS)[number];
/** The name of a catalog kind: `aws.dynamodb.table`. A misspelt kind does not compile. */
export type CatalogKindName = CatalogDecl['kind'];
/** The declaration of kind `K`. */
export type CatalogDeclOf<K extends CatalogKindName> = Extract<CatalogDecl, { kind: K }>;

/**
 * Compile-time guard: a service file whose array is typed `CatalogKind[]` instead of `as const satisfies
 * readonly CatalogKind[]` would widen every kind name to `string` and silently untype every catalog rule.
 */
export const KIND_NAMES_ARE_LITERAL: string extends CatalogKindName ? never : true = true;
