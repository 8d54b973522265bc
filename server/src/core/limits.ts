// SPDX-License-Identifier: Apache-2.0
// Budgets for work a workspace controls (docs/limits.md lists every one, its default and its setting).
// Each one, when exceeded, ends in a diagnostic or an explained unknown, never in a hang or a crash.

/** Aliases (`*name`) one YAML document may use. */
export const MAX_YAML_ALIASES = 10_000;
/**
 * Nodes the aliases of one YAML document may stand for once expanded. Aliases share the anchored node (the
 * tree is a DAG), but anything walking it (rules, toPlain, the chunked reader's shift) visits each alias
 * in full: a billion-laughs template stays a few hundred bytes while its expansion is 10^9 nodes.
 */
export const MAX_YAML_ALIAS_EXPANSION = 200_000;
/** Nesting depth of the YAML, JSON and HCL readers (a diagnostic beyond it, never a stack overflow). */
export const MAX_NESTING = 500;

/**
 * Default largest file analyzed, in bytes (setting `iacCompliance.maxFileSize`, CLI `--max-file-size`).
 * 5 MiB is five times the largest template CloudFormation accepts (1 MB through S3) and far above any
 * hand-written Terraform file, yet keeps the analysis of a dense file (~20,000 resources) under 500 MB of
 * memory and a few seconds. A larger file gets one error instead of being read.
 */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Bytes read from the start of a YAML/JSON file over the size limit, to tell a template from other data. */
export const SIZE_PROBE_BYTES = 64 * 1024;

/** `5.0 MB`-style sizes for messages (MiB, as the setting is written). */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * CloudFormation scenarios per template: `Fn::If` on a condition only the deployment decides (a parameter
 * without a value) is judged once with the condition true and once false, splitting again for the next
 * such condition, up to this many scenarios; beyond it the remaining conditions stay "cannot verify".
 */
export const MAX_CFN_SCENARIOS = 16;
