// SPDX-License-Identifier: Apache-2.0
// The "suppress with a justification" edit for a finding, in the file's own syntax: a comment above the
// block the finding is written in (Terraform, CloudFormation YAML) or an entry in the resource's Metadata
// (CloudFormation JSON, which has no comments). Offsets in the analyzed text, like every edit builder's;
// the code action handler only converts them to LSP ranges. The placeholder reason does not suppress: a
// warning on it asks for a real one (engine/suppressions.ts).

import type { LineIndex } from '../core/positions';
import type { Finding } from '../engine/runner';
import { REASON_PLACEHOLDER } from '../engine/suppressions';
import type { ModelResource } from '../model/resource';
import type { FileKind } from '../service/file-kinds';
import { eolOf, withEol } from './eol';
import type { TextEdit } from './text-edit';

/** What the edit is computed from: the analysis of the file the finding is in. */
export interface SuppressionSite {
  path: string;
  kind: FileKind;
  text: string;
  lines: LineIndex;
  resources: readonly ModelResource[];
  enclosingBlock?(offset: number): { header: number; start: number; end: number } | null;
}

export interface SuppressionEdit {
  title: string;
  edit: TextEdit;
  /** The text the user replaces with the justification (the editor selects it). */
  placeholder: string;
}

type SuppressedFinding = Pick<Finding, 'ruleId' | 'resource' | 'platform' | 'ref'>;

/** The edit that suppresses `f` with a placeholder justification; null where there is no place for one. */
export function suppressionEdit(a: SuppressionSite, f: SuppressedFinding): SuppressionEdit | null {
  // Terraform JSON has neither comments nor a metadata key that Terraform would accept.
  if (a.kind === 'terraform-json') return null;
  const resource = a.resources.find((r) => r.address === f.resource && r.platform === f.platform);
  if (a.kind === 'json') return jsonMetadataEdit(a, f, resource);
  // Above the block the finding is written in (a bucket's finding inside its public access block goes
  // above that block, where the user invoked it); the suppression engine reads it there too.
  const anchor = a.enclosingBlock?.(f.ref.span.start)?.header ?? (resource && resource.ref.file === a.path ? resource.ref.span.start : f.ref.span.start);
  const lineStart = a.lines.lineStart(a.lines.lineOf(anchor));
  const indent = /^[ \t]*/.exec(a.text.slice(lineStart, anchor))![0];
  return {
    title: `Suppress ${f.ruleId} for ${f.resource} (type a justification)`,
    edit: { start: lineStart, end: lineStart, newText: withEol(`${indent}# iac-compliance:ignore ${f.ruleId} ${REASON_PLACEHOLDER}\n`, eolOf(a.text)) },
    placeholder: REASON_PLACEHOLDER,
  };
}

/**
 * CloudFormation JSON: `"Metadata": { "iac-compliance": { "ignore": [ { "id", "reason": "<justification>" } ] } }`
 * as the resource's first key. Not offered when the resource already has Metadata (one more entry there
 * is for the user to place).
 */
function jsonMetadataEdit(a: SuppressionSite, f: SuppressedFinding, resource: ModelResource | undefined): SuppressionEdit | null {
  const target = resource?.target;
  if (!target || target.platform !== 'cloudformation' || target.kind !== 'resource' || target.file !== a.path) return null;
  const node = target.resource.node;
  if (target.resource.metadata || node.entries.length === 0) return null;
  const first = node.entries[0]!;
  const lineStart = a.lines.lineStart(a.lines.lineOf(first.start));
  const before = a.text.slice(lineStart, first.start);
  // On its own line: keep the entries' indentation; inline (`{ "Type": ... }`): one space.
  const separator = /^[ \t]*$/.test(before) ? `${eolOf(a.text)}${before}` : ' ';
  const entry = `"Metadata": { "iac-compliance": { "ignore": [ { "id": ${JSON.stringify(f.ruleId)}, "reason": ${JSON.stringify(REASON_PLACEHOLDER)} } ] } },${separator}`;
  return {
    title: `Suppress ${f.ruleId} for ${f.resource} in its Metadata (type a justification)`,
    edit: { start: first.start, end: first.start, newText: entry },
    placeholder: REASON_PLACEHOLDER,
  };
}
