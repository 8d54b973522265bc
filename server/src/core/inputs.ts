// SPDX-License-Identifier: Apache-2.0
// What the user gives the evaluation from outside the code: whether defaults count as known values, and
// input values (Terraform `--var` / `--var-file` / the `iacCompliance.terraform.varFiles` setting,
// CloudFormation `--parameters` files). Both adapters read this; the CLI and the server fill it.

import type { SourceRef } from './span';
import type { Value } from './value';

/** An input value with where it was given (a tfvars line, a parameter file entry, the command line). */
export interface InputValue {
  value: Value;
  /** Where it is written; for `--var k=v` a ref to the pseudo file `<command line>`. */
  ref: SourceRef;
  origin: 'tfvars' | 'cli-var' | 'setting-var' | 'parameter-file';
}

export interface EvaluationInputs {
  /**
   * `assume` (the default): a variable's or parameter's default is its value, reported with its provenance.
   * `unknown`: defaults are ignored, so anything that depends on one is "cannot verify".
   */
  defaults: 'assume' | 'unknown';
  /**
   * Terraform variable values given outside the root module's own tfvars files, by name (later entries of
   * the command line win, as in Terraform). Applied to every root module analyzed.
   */
  terraformVars?: ReadonlyMap<string, InputValue>;
  /** Terraform var files to read for every root module (`--var-file`, the setting), in order. */
  terraformVarFiles?: readonly string[];
  /** CloudFormation parameter values (`--parameters FILE`), by name, for every template analyzed. */
  cfnParameters?: ReadonlyMap<string, InputValue>;
  /**
   * CloudFormation parameter files read for every template (the `iacCompliance.cloudformation.parameterFiles`
   * setting), before the project file's files for the template; `cfnParameters` win over both.
   */
  cfnParameterFiles?: readonly string[];
}

export const DEFAULT_INPUTS: EvaluationInputs = { defaults: 'assume' };
