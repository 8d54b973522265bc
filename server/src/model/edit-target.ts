// SPDX-License-Identifier: Apache-2.0
// Where a fix can write. Adapters attach these to model values so that one rule can say "set this to true"
// and the platform's edit builder (fixes/terraform-edits.ts, fixes/cfn-edits.ts) knows which block, which
// property path, or which not-yet-written companion resource that means.

import type { Block } from '../parsers/hcl/ast';
import type { CfnResource } from '../parsers/cfn';

/** An existing Terraform block (a resource, or a nested block inside one). */
export interface TerraformBlockTarget {
  platform: 'terraform';
  kind: 'block';
  file: string;
  block: Block;
}

/**
 * A Terraform resource that does not exist yet: setting a value on it creates it after `after`, with the
 * `preamble` arguments first (e.g. `bucket = aws_s3_bucket.logs.id` for a public access block).
 */
export interface TerraformNewResourceTarget {
  platform: 'terraform';
  kind: 'new-resource';
  file: string;
  after: Block;
  resourceType: string;
  name: string;
  preamble: [string, FixValue][];
}

/** An existing CloudFormation resource; paths are under its `Properties`. */
export interface CloudFormationResourceTarget {
  platform: 'cloudformation';
  kind: 'resource';
  file: string;
  resource: CfnResource;
}

/** A CloudFormation resource that does not exist yet, added to `Resources` after `after`. */
export interface CloudFormationNewResourceTarget {
  platform: 'cloudformation';
  kind: 'new-resource';
  file: string;
  after: CfnResource;
  logicalId: string;
  resourceType: string;
  preamble: [string, FixValue][];
}

/** A template parameter's declaration; paths are its keys (`Default`). */
export interface CloudFormationParameterTarget {
  platform: 'cloudformation';
  kind: 'parameter';
  file: string;
  name: string;
}

export type EditTarget = TerraformBlockTarget | TerraformNewResourceTarget | CloudFormationResourceTarget | CloudFormationNewResourceTarget | CloudFormationParameterTarget;

/** Where one attribute lives or would live: a target and the path of nested blocks/properties + name. */
export interface AttrLocation {
  target: EditTarget;
  path: string[];
}

/** A value a fix writes, independent of the language it is written in. */
export type FixValue =
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'list'; items: FixValue[] }
  | { kind: 'object'; entries: [string, FixValue][] }
  /** A reference to another resource: Terraform expression text, CloudFormation Ref / GetAtt / Sub. */
  | { kind: 'reference'; terraform: string; cloudformation: { ref: string } | { getAtt: [string, string] } | { sub: string } }
  /** A JSON document (an IAM policy): `jsonencode({...})` in Terraform, the map itself in CloudFormation. */
  | { kind: 'jsonencode'; value: FixValue }
  /**
   * A value only the user knows (a KMS key ARN, a log bucket): becomes a new variable / parameter with this
   * name and description, which the editor selects for the user to fill in. Always an unsafe fix.
   */
  | { kind: 'placeholder'; name: string; description: string };

export const lit = (value: string | number | boolean): FixValue => ({ kind: 'literal', value });
export const list = (...items: FixValue[]): FixValue => ({ kind: 'list', items });
export const obj = (...entries: [string, FixValue][]): FixValue => ({ kind: 'object', entries });
