// SPDX-License-Identifier: Apache-2.0
// Shared by the CloudFormation adapter tests: build a model from inline template text, read spans back as
// text, and compare models written in YAML and JSON without their positions.
import assert from 'node:assert/strict';
import { parseCloudFormation } from '../../../../server/src/parsers/cfn';
import type { CfnTemplate } from '../../../../server/src/parsers/cfn';
import { buildCloudFormationModel } from '../../../../server/src/model/adapters/cloudformation';
import type { CloudModel } from '../../../../server/src/model/model';
import type { SourceRef } from '../../../../server/src/model/source';
import { Unknown } from '../../../../server/src/core/value';

export const FILE = 'template.yaml';

export function templateOf(text: string, language: 'yaml' | 'json' = 'yaml'): CfnTemplate {
  const parsed = parseCloudFormation(text, language);
  assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error'), [], 'the test template must parse');
  assert.ok(parsed.template, 'not a template');
  return parsed.template;
}

export function modelOf(text: string, language: 'yaml' | 'json' = 'yaml'): CloudModel {
  return buildCloudFormationModel(FILE, templateOf(text, language), language);
}

/** The source text a ref points at. */
export function at(text: string, ref: SourceRef): string {
  return text.slice(ref.span.start, ref.span.end);
}

/**
 * The model without positions: spans dropped, edit targets reduced to the logical ids they name, Unknowns
 * to their reason and detail. Equal for the same template in YAML and JSON.
 */
export function withoutPositions(v: unknown, key = ''): unknown {
  if (v instanceof Unknown) return { unknown: v.reason, detail: v.detail };
  if (key === 'resource' || key === 'after') return (v as { logicalId: string }).logicalId;
  if (Array.isArray(v)) return v.map((x) => withoutPositions(x));
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (k !== 'span') out[k] = withoutPositions(x, k);
  return out;
}
