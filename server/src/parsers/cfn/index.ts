// SPDX-License-Identifier: Apache-2.0
// The CloudFormation input layer: text in, template view out. LSP-free, so the language server, the CLI
// and the tests share it.

import type { CfnDiagnostic, CfnParseResult } from './ast';
import { isCloudFormation, mightBeCloudFormation } from './detect';
import { parseJson } from './parseJson';
import { parseYaml } from './parseYaml';
import { buildTemplate } from './template';
import type { CfnTemplate } from './template';
import type { IncrementalYaml } from './yamlChunks';

export * from './ast';
export { isCloudFormation, isResourceTypeName, mightBeCloudFormation } from './detect';
export { INTRINSIC_NAMES, SHORT_TAGS } from './intrinsics';
export { parseJson } from './parseJson';
export { parseYaml } from './parseYaml';
export type { CfnCondition, CfnParameter, CfnResource, CfnTemplate } from './template';
export { buildTemplate } from './template';

export type CfnLanguage = 'yaml' | 'json';

export interface CloudFormationParse {
  /** Null when the text is not a CloudFormation template. */
  template: CfnTemplate | null;
  /** Syntax problems; always empty for text that is not a template (other files are not ours to judge). */
  diagnostics: CfnDiagnostic[];
  isCloudFormation: boolean;
  /** The syntax the text was read as. */
  language: CfnLanguage;
}

/** JSON when the first significant character opens an object or array, else YAML. */
export function guessLanguage(text: string): CfnLanguage {
  const match = /^\uFEFF?\s*(\S)/.exec(text);
  return match && (match[1] === '{' || match[1] === '[') ? 'json' : 'yaml';
}

function countErrors(result: CfnParseResult): number {
  return result.diagnostics.filter((d) => d.severity === 'error').length;
}

/** @param incremental an open document's chunk cache (YAML only), so an edit re-reads only what it touched */
export function parseCloudFormation(text: string, languageHint?: CfnLanguage, incremental?: IncrementalYaml): CloudFormationParse {
  const language = languageHint ?? guessLanguage(text);
  const notTemplate: CloudFormationParse = { template: null, diagnostics: [], isCloudFormation: false, language };
  if (!mightBeCloudFormation(text)) return notTemplate;
  let result = language === 'json' ? parseJson(text) : incremental ? incremental.parse(text) : parseYaml(text);
  let resultLanguage = language;
  // Without a hint, a `{` start could also be a YAML flow mapping (`{ Resources: ... }`); when the JSON
  // reading has errors, take the YAML reading if it has fewer.
  if (!languageHint && language === 'json' && countErrors(result) > 0) {
    const asYaml = parseYaml(text);
    if (countErrors(asYaml) < countErrors(result)) {
      result = asYaml;
      resultLanguage = 'yaml';
    }
  }
  const root = result.root;
  if (root?.type !== 'Map' || !isCloudFormation(root)) return { ...notTemplate, language: resultLanguage };
  return { template: buildTemplate(root), diagnostics: result.diagnostics, isCloudFormation: true, language: resultLanguage };
}
