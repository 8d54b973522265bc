// SPDX-License-Identifier: Apache-2.0
// The resource catalog: a declarative way to put resources into the normalized model when their settings
// are plain values at known paths. One entry per kind says which Terraform and CloudFormation types it
// covers and, per normalized setting, where the setting lives in each language and what the provider's
// default is. Both adapters read the catalog (adapters/*/catalog.ts), so a rule over a catalog kind covers
// both languages with no adapter code. Resources whose settings are spread over several resources
// (S3 buckets, security groups) keep their typed models in model/aws/. Kinds of clouds other than AWS
// (`azure.*`, model/catalog/azure-*.ts) are Terraform-only: they omit every CloudFormation path.

export type AttrType = 'bool' | 'string' | 'number' | 'list' | 'any';

export interface CatalogAttr {
  type: AttrType;
  /** Terraform: nested block names, then the argument name. Null when the setting has no Terraform form. */
  terraform: readonly string[] | null;
  /** CloudFormation: property path under `Properties` (a numeric segment is a list index). Null or omitted when the setting has no CloudFormation form (every azurerm setting). */
  cloudformation?: readonly string[] | null;
  /**
   * Terraform: where earlier provider major versions wrote the same setting (azurerm 3.x
   * `enable_https_traffic_only`, now `https_traffic_only_enabled`). Read when the current path is not
   * written, so a module pinned to an older provider is judged on what it wrote, and a fix edits that
   * written argument; with neither written, the setting is absent with `default`.
   */
  terraformFormerly?: readonly (readonly string[])[];
  /** The provider's documented default when the setting is absent (the same in both languages)... */
  default?: string | number | boolean;
  /** ...or per language when they differ. */
  terraformDefault?: string | number | boolean;
  cloudformationDefault?: string | number | boolean;
  /**
   * CloudFormation: the setting is the `Value` of the entry whose `Key` is this, in a list of `{Key, Value}`
   * pairs at the `cloudformation` path (e.g. `LoadBalancerAttributes`). When no entry has the key, the
   * Attr is absent with no location, and the resource's `newEntries` says where a new entry would go.
   */
  cloudformationKey?: string;
  /** A value rules only read to join resources (a launch template reference): no fix writes it (no location). */
  readOnly?: boolean;
}

/**
 * A repeated nested setting: Terraform repeated nested blocks (`ordered_cache_behavior`, `listener`), a
 * CloudFormation list of maps (`CacheBehaviors`, `Listeners`). Item attrs are read relative to one item.
 */
export interface CatalogList {
  /** Nested block names; the last one is the repeated block type. Null when there is no Terraform form. */
  terraform: readonly string[] | null;
  /** Property path of the list under `Properties`. Null or omitted when there is no CloudFormation form. */
  cloudformation?: readonly string[] | null;
  attrs: Readonly<Record<string, CatalogAttr>>;
}

export interface CatalogKind {
  /** `aws.dynamodb.table`, `azure.storage.account`: what rules target (the first segment is the cloud). */
  kind: string;
  /** Resource types per language (several when one concept has several resources, e.g. aws_lb + aws_alb). */
  terraform: readonly string[];
  /**
   * Omitted for Terraform-only kinds: Azure and Google Cloud resources have no CloudFormation form, so an
   * `azure.*` kind lists `azurerm_*` types only and its settings give Terraform paths only.
   */
  cloudformation?: readonly string[];
  attrs: Readonly<Record<string, CatalogAttr>>;
  /** Repeated nested settings by normalized name (optional). */
  lists?: Readonly<Record<string, CatalogList>>;
}
