// SPDX-License-Identifier: Apache-2.0
// The resource catalog: a declarative way to put resources into the normalized model when their settings
// are plain values at known paths. One entry per kind says which Terraform and CloudFormation types it
// covers and, per normalized setting, where the setting lives in each language and what the provider's
// default is. Both adapters read the catalog (adapters/*/catalog.ts), so a rule over a catalog kind covers
// both languages with no adapter code. Resources whose settings are spread over several resources
// (S3 buckets, security groups) keep their typed models in model/aws/.

export type AttrType = 'bool' | 'string' | 'number' | 'list' | 'any';

export interface CatalogAttr {
  type: AttrType;
  /** Terraform: nested block names, then the argument name. Null when the setting has no Terraform form. */
  terraform: string[] | null;
  /** CloudFormation: property path under `Properties` (a numeric segment is a list index). */
  cloudformation: string[] | null;
  /** The provider's documented default when the setting is absent (the same in both languages)... */
  default?: string | number | boolean;
  /** ...or per language when they differ. */
  terraformDefault?: string | number | boolean;
  cloudformationDefault?: string | number | boolean;
}

export interface CatalogKind {
  /** `aws.dynamodb.table`: what rules target. */
  kind: string;
  /** Resource types per language (several when one concept has several resources, e.g. aws_lb + aws_alb). */
  terraform: string[];
  cloudformation: string[];
  attrs: Record<string, CatalogAttr>;
}
