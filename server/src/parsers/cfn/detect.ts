// SPDX-License-Identifier: Apache-2.0
// Is this YAML/JSON file a CloudFormation template? Editors open many YAML and JSON files (Kubernetes
// manifests, workflows, package.json, stack parameter files) and none of them should get template
// diagnostics, so detection is strict: a root mapping with `AWSTemplateFormatVersion`, or a `Resources`
// mapping holding at least one resource whose `Type` is a CloudFormation type name, or beside an AWS
// `Transform`.

import type { CfnNode } from './ast';
import { mapEntry, mapGet, scalarString } from './ast';

/** Resource type prefixes: AWS and SAM types, custom resources, Alexa skills. */
const RESOURCE_TYPE = /^(?:AWS|Custom|Alexa)::/;

export function isResourceTypeName(type: string): boolean {
  return RESOURCE_TYPE.test(type);
}

export function isCloudFormation(root: CfnNode | null | undefined): boolean {
  if (root?.type !== 'Map') return false;
  if (mapEntry(root, 'AWSTemplateFormatVersion')) return true;
  const resources = mapGet(root, 'Resources');
  if (resources?.type !== 'Map') return false;
  // A transform CloudFormation runs (AWS::LanguageExtensions, AWS::Serverless-2016-10-31): its resources
  // may all be in Fn::ForEach loops.
  if (isAwsTransform(mapGet(root, 'Transform'))) return true;
  return resources.entries.some((entry) => {
    const type = scalarString(mapGet(entry.value, 'Type'));
    return type !== undefined && isResourceTypeName(type);
  });
}

function isAwsTransform(node: CfnNode | undefined): boolean {
  if (node?.type === 'Sequence') return node.items.some(isAwsTransform);
  return /^AWS::/.test(scalarString(node) ?? '');
}

/**
 * A cheap text test run before parsing (two native substring scans): false means the text is not a template
 * `isCloudFormation` would accept (short of keys spelled with escapes), so large unrelated files are never
 * parsed. True only means "worth parsing".
 */
export function mightBeCloudFormation(text: string): boolean {
  if (text.includes('AWSTemplateFormatVersion')) return true;
  return text.includes('Resources') && /(?:AWS|Custom|Alexa)::/.test(text);
}
