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
 * CloudFormation scenarios per template: `Fn::If` on a condition only the deployment decides (a parameter
 * without a value) is judged once with the condition true and once false, splitting again for the next
 * such condition, up to this many scenarios; beyond it the remaining conditions stay "cannot verify".
 */
export const MAX_CFN_SCENARIOS = 16;
/** Resources the `Fn::ForEach` loops of one template may create; beyond it, a note and the rest unchecked. */
export const MAX_CFN_FOREACH_RESOURCES = 1_000;
