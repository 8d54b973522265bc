// SPDX-License-Identifier: Apache-2.0
// Which files are ours, by name. Whether a YAML or JSON file is CloudFormation is decided by its content
// (parsers/cfn/detect.ts); everything else is ignored silently.

export type FileKind = 'terraform' | 'terraform-vars' | 'terraform-json' | 'yaml' | 'json' | 'other';

export function fileKind(path: string): FileKind {
  const p = path.toLowerCase();
  if (p.endsWith('.tf')) return 'terraform';
  if (p.endsWith('.tfvars')) return 'terraform-vars';
  if (p.endsWith('.tf.json')) return 'terraform-json';
  if (p.endsWith('.tfvars.json')) return 'other';
  if (p.endsWith('.yaml') || p.endsWith('.yml') || p.endsWith('.template')) return 'yaml';
  if (p.endsWith('.json')) return 'json';
  return 'other';
}

/** Terraform files that form a module together (one directory). */
export function isTerraformModuleFile(path: string): boolean {
  const k = fileKind(path);
  return k === 'terraform' || k === 'terraform-json';
}

export function isCandidate(path: string): boolean {
  return fileKind(path) !== 'other';
}
