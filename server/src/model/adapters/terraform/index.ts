// SPDX-License-Identifier: Apache-2.0
// Terraform → normalized cloud model, for one module (one directory's files).

import type { CloudModel } from '../../model';
import { iamPolicies, iamRoles } from './aws/iam';
import { defaultSecurityGroups, networkAclEntries, securityGroups, vpcs } from './aws/network';
import { s3Buckets } from './aws/s3';
import { cloudTrails, ebsVolumes, instances, kmsKeys, rdsInstances } from './aws/simple';
import { TfModule } from './module';
import { unrecorded } from './reads';
import { catalogByKind, catalogResources } from './catalog';
import { requiredProviders } from './required-providers';
import { resourcePolicies } from './aws/resource-policy';
import { providerCredentials } from './aws/providers';
import { logGroups, metricAlarms, metricFilters, snsSubscriptions, snsTopics } from './aws/monitoring';
import { gcpIamPolicies } from './gcp/iam';
import type { TfFile } from './module';
import type { ScopeOptions } from './scope';

export { TfModule } from './module';
export type { OpaqueCall, TfFile, TfResource } from './module';

export type { ScopeOptions, CallArgument, Traced } from './scope';

/** The model of a module's files, evaluated with `options` (defaults, inputs, module call arguments). */
export function buildTerraformModel(files: TfFile[], options?: ScopeOptions): CloudModel {
  return modelOf(new TfModule(files, options));
}

/**
 * How modelOf gets each list of the model: by building it (the default), or from what the previous
 * keystroke built when nothing it read changed (service/tf-reuse.ts). `name` is the list's key in the
 * model (`aws.s3Buckets`, `catalog.<kind>`, `requiredProviders`).
 */
export type ListSource = <T>(name: string, build: () => T) => T;

const build: ListSource = (_name, b) => b();

/** The model of a module already read (its resources expanded into instances). */
export function modelOf(mod: TfModule, list: ListSource = build): CloudModel {
  return {
    conditional: mod.conditional,
    requiredProviders: list('requiredProviders', () => requiredProviders(list === build ? mod : settingsView(mod))),
    ...(mod.scope.options.providerLocks ? { providerLocks: mod.scope.options.providerLocks } : {}),
    aws: {
      s3Buckets: list('aws.s3Buckets', () => s3Buckets(mod)),
      cloudTrails: list('aws.cloudTrails', () => cloudTrails(mod)),
      kmsKeys: list('aws.kmsKeys', () => kmsKeys(mod)),
      vpcs: list('aws.vpcs', () => vpcs(mod)),
      securityGroups: list('aws.securityGroups', () => securityGroups(mod)),
      instances: list('aws.instances', () => instances(mod)),
      ebsVolumes: list('aws.ebsVolumes', () => ebsVolumes(mod)),
      rdsInstances: list('aws.rdsInstances', () => rdsInstances(mod)),
      iamPolicies: list('aws.iamPolicies', () => iamPolicies(mod)),
      networkAclEntries: list('aws.networkAclEntries', () => networkAclEntries(mod)),
      defaultSecurityGroups: list('aws.defaultSecurityGroups', () => defaultSecurityGroups(mod)),
      iamRoles: list('aws.iamRoles', () => iamRoles(mod)),
      logGroups: list('aws.logGroups', () => logGroups(mod)),
      metricFilters: list('aws.metricFilters', () => metricFilters(mod)),
      metricAlarms: list('aws.metricAlarms', () => metricAlarms(mod)),
      snsTopics: list('aws.snsTopics', () => snsTopics(mod)),
      snsSubscriptions: list('aws.snsSubscriptions', () => snsSubscriptions(mod)),
      resourcePolicies: list('aws.resourcePolicies', () => resourcePolicies(mod)),
      credentialSettings: list('aws.credentialSettings', () => providerCredentials(list === build ? mod : settingsView(mod))),
      gcpIamPolicies: list('aws.gcpIamPolicies', () => gcpIamPolicies(mod)),
      catalog: list === build ? catalogResources(mod) : catalogByKind(mod, list),
    },
  };
}

/**
 * The module with only its blocks that are not resources or data sources (`terraform`, `provider`, ...),
 * for the lists that read only those (required providers, provider credentials): built from it, they read
 * no resource type, so an edit of a resource does not rebuild them (service/tf-reuse.ts).
 */
function settingsView(mod: TfModule): TfModule {
  const view = Object.create(mod) as TfModule;
  // Only the blocks kept are exposed, so reading the files here is not a read of everything.
  const files = unrecorded(() => mod.files).map((f) => {
    const blocks = f.file.body.blocks.filter((b) => b.blockType !== 'resource' && b.blockType !== 'data');
    return { ...f, file: { ...f.file, body: { ...f.file.body, blocks, items: [...f.file.body.attributes, ...blocks] } } };
  });
  Object.defineProperty(view, 'files', { value: files });
  return view;
}
