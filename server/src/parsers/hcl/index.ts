// SPDX-License-Identifier: Apache-2.0
// Public entry points of the Terraform (HCL2 native syntax) parser.

export type * from './ast';
export { lexHcl } from './lexer';
export { parseHcl, parseTemplateAt, isStringLiteralTemplate } from './parser';
export { parseTfJson } from './tfjson';
export { LineIndex } from './positions';
export type { HclPosition, LspPosition } from './positions';
export { T, TOKEN_NAMES } from './tokens';
export type { Token } from './tokens';
export { evaluate, firstUnknown, isObjectValue, isUnknown, toTemplateString, Unknown } from './evaluate';
export type { EvalContext, UnknownReason, Value, ValueObject } from './evaluate';
