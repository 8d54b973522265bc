// SPDX-License-Identifier: Apache-2.0
// Public entry points of the Terraform (HCL2 native syntax) parser.

export type * from './ast';
export { lexHcl } from './lexer';
export { parseHcl, parseTemplateAt, isStringLiteralTemplate } from './parser';
export { parseTfJson } from './tfjson';
export { T, TOKEN_NAMES } from './tokens';
export type { Token } from './tokens';
export { evaluate } from './evaluate';
export type { EvalContext } from './evaluate';
