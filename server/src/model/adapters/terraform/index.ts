// SPDX-License-Identifier: Apache-2.0
// Terraform → normalized cloud model, for one module (one directory's files).

import type { CloudModel } from '../../model';
import { iamPolicies, iamRoles } from './aws/iam';
import { defaultSecurityGroups, networkAclEntries, securityGroups, vpcs } from './aws/network';
import { s3Buckets } from './aws/s3';
import { cloudTrails, ebsVolumes, instances, kmsKeys, rdsInstances } from './aws/simple';
import { TfModule } from './module';
import { catalogResources } from './catalog';
import { requiredProviders } from './required-providers';
import { resourcePolicies } from './aws/resource-policy';
import { providerCredentials } from './aws/providers';
import { logGroups, metricAlarms, metricFilters, snsSubscriptions, snsTopics } from './aws/monitoring';
import { gcpIamPolicies } from './gcp/iam';
import type { TfFile } from './module';
import type { ScopeOptions } from './scope';

export { TfModule } from './module';
export type { TfFile, TfResource } from './module';

export type { ScopeOptions, CallArgument, Traced } from './scope';

/** The model of a module's files, evaluated with `options` (defaults, inputs, module call arguments). */
export function buildTerraformModel(files: TfFile[], options?: ScopeOptions): CloudModel {
  return modelOf(new TfModule(files, options));
}

/** The model of a module already read (its resources expanded into instances). */
export function modelOf(mod: TfModule): CloudModel {
  return {
    conditional: mod.conditional,
    requiredProviders: requiredProviders(mod),
    ...(mod.scope.options.providerLocks ? { providerLocks: mod.scope.options.providerLocks } : {}),
    aws: {
      s3Buckets: s3Buckets(mod),
      cloudTrails: cloudTrails(mod),
      kmsKeys: kmsKeys(mod),
      vpcs: vpcs(mod),
      securityGroups: securityGroups(mod),
      instances: instances(mod),
      ebsVolumes: ebsVolumes(mod),
      rdsInstances: rdsInstances(mod),
      iamPolicies: iamPolicies(mod),
      networkAclEntries: networkAclEntries(mod),
      defaultSecurityGroups: defaultSecurityGroups(mod),
      iamRoles: iamRoles(mod),
      logGroups: logGroups(mod),
      metricFilters: metricFilters(mod),
      metricAlarms: metricAlarms(mod),
      snsTopics: snsTopics(mod),
      snsSubscriptions: snsSubscriptions(mod),
      resourcePolicies: resourcePolicies(mod),
      credentialSettings: providerCredentials(mod),
      gcpIamPolicies: gcpIamPolicies(mod),
      catalog: catalogResources(mod),
    },
  };
}
