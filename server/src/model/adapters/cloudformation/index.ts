// SPDX-License-Identifier: Apache-2.0
// The CloudFormation adapter: one parsed template → the normalized CloudModel that rules read. Each
// service's resources are mapped in their own file; joins (bucket policies, flow logs, standalone ingress
// rules) happen within the template, which is CloudFormation's unit of deployment.

import type { CfnTemplate } from '../../../parsers/cfn';
import { DEFAULT_INPUTS } from '../../../core/inputs';
import type { EvaluationInputs } from '../../../core/inputs';
import { emptyModel } from '../../model';
import type { CloudModel } from '../../model';
import { cloudTrails } from './cloudtrail';
import { ebsVolumes, launchTemplates, networkAclEntries, vpcs } from './ec2';
import { iamPolicies, iamRoles } from './iam';
import { kmsKeys } from './kms';
import { rdsInstances } from './rds';
import { CfnContext } from './read';
import { s3Buckets } from './s3';
import { securityGroups } from './security-groups';
import { catalogResources } from './catalog';
import { resourcePolicies } from './resource-policy';
import { noEchoDefaults } from './parameter-secrets';
import { logGroups, metricAlarms, metricFilters, snsSubscriptions, snsTopics } from './monitoring';

export { NO_VALUE, valueOf } from './values';
export type { ValueScope } from './values';

/**
 * @param inputs parameter values given from outside and whether defaults count
 * @param forced conditions a scenario decides (see service/cfn-scenarios.ts)
 */
export function buildCloudFormationModel(
  file: string,
  template: CfnTemplate,
  language: 'yaml' | 'json',
  inputs: EvaluationInputs = DEFAULT_INPUTS,
  forced: ReadonlyMap<string, boolean> = new Map(),
): CloudModel {
  const ctx = new CfnContext(file, template, language, inputs, forced);
  const model: CloudModel = ctx.conditional.size > 0 ? { ...emptyModel(), conditional: ctx.conditional } : emptyModel();
  const aws = model.aws;
  aws.s3Buckets = s3Buckets(ctx);
  aws.cloudTrails = cloudTrails(ctx);
  aws.kmsKeys = kmsKeys(ctx);
  aws.vpcs = vpcs(ctx);
  aws.securityGroups = securityGroups(ctx);
  aws.instances = launchTemplates(ctx);
  aws.ebsVolumes = ebsVolumes(ctx);
  aws.rdsInstances = rdsInstances(ctx);
  aws.iamPolicies = iamPolicies(ctx);
  aws.networkAclEntries = networkAclEntries(ctx);
  aws.iamRoles = iamRoles(ctx);
  aws.logGroups = logGroups(ctx);
  aws.metricFilters = metricFilters(ctx);
  aws.metricAlarms = metricAlarms(ctx);
  aws.snsTopics = snsTopics(ctx);
  aws.snsSubscriptions = snsSubscriptions(ctx);
  aws.resourcePolicies = resourcePolicies(ctx);
  aws.credentialSettings = noEchoDefaults(ctx);
  aws.catalog = catalogResources(ctx);
  if (ctx.openConditionsRead.size > 0) model.openConditions = [...ctx.openConditionsRead];
  if (ctx.notes.length > 0) model.notes = ctx.notes;
  return model;
}
