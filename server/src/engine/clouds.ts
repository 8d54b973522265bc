// SPDX-License-Identifier: Apache-2.0
// The clouds rules are about, and how a rule and a Terraform module name theirs. One table: a rule's cloud
// comes from its id prefix (`AWS-`, `AZURE-`, `GCP-`), a module's clouds from its provider names and
// resource type prefixes (service/provider-scope.ts). Account-level controls of a cloud are judged only
// where that cloud is used, so an azurerm folder collects no "missing" AWS findings and the reverse.

import { boundedMemo } from '../core/bounded-memo';

export type Cloud = 'aws' | 'azure' | 'gcp';

export interface CloudInfo {
  cloud: Cloud;
  /** How findings and reasons name it. */
  name: string;
  /** The prefix of its rules' ids. */
  idPrefix: string;
  /** Terraform provider local names (`provider "..."`, `required_providers { ... }`). */
  providers: readonly string[];
  /** Terraform resource and data source type prefixes. */
  typePrefixes: readonly string[];
}

export const CLOUDS: readonly CloudInfo[] = [
  { cloud: 'aws', name: 'AWS', idPrefix: 'AWS-', providers: ['aws'], typePrefixes: ['aws_'] },
  { cloud: 'azure', name: 'Azure', idPrefix: 'AZURE-', providers: ['azurerm'], typePrefixes: ['azurerm_'] },
  // google-beta resources are spelled `google_*` too (their `provider = google-beta` picks the provider).
  { cloud: 'gcp', name: 'Google Cloud', idPrefix: 'GCP-', providers: ['google', 'google-beta'], typePrefixes: ['google_'] },
];

const BY_CLOUD = new Map(CLOUDS.map((c) => [c.cloud, c]));

export function cloudInfo(cloud: Cloud): CloudInfo {
  return BY_CLOUD.get(cloud)!;
}

/** ruleCloud's search, remembered per id: asked for each module rule in each model of an audit. */
const cloudOfRule = boundedMemo((id: string) => CLOUDS.find((c) => id.startsWith(c.idPrefix))?.cloud);

/** The cloud a rule is about, from its id (`AZURE-MONITOR-001`); undefined for ids of no cloud (custom rules). */
export function ruleCloud(id: string): Cloud | undefined {
  return cloudOfRule(id);
}

/** typeCloud's search, remembered per type: asked for every resource of every model list (1.6% of an audit). */
const cloudOfType = boundedMemo((type: string) => CLOUDS.find((c) => c.typePrefixes.some((p) => type.startsWith(p)))?.cloud);

/** The cloud a Terraform resource or data source type belongs to (`azurerm_key_vault` → azure). */
export function typeCloud(type: string | undefined): Cloud | undefined {
  return type === undefined ? undefined : cloudOfType(type);
}

/** The cloud of a Terraform provider local name (`google-beta` → gcp). */
export function providerCloud(name: string | undefined): Cloud | undefined {
  if (name === undefined) return undefined;
  return CLOUDS.find((c) => c.providers.includes(name))?.cloud;
}

/** What a CloudFormation template can use: AWS only. */
export const CLOUDFORMATION_SCOPE: ReadonlySet<Cloud> = new Set<Cloud>(['aws']);
