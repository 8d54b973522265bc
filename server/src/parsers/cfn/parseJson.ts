// SPDX-License-Identifier: Apache-2.0
// CloudFormation JSON → CfnNode: the shared position-keeping reader (parsers/json/reader.ts) with its
// `typing` recovery (strings end at a line break, unquoted keys, missing values, indentation trusted where
// brackets disagree with it), and its tree turned into the node model the YAML reader produces too. A
// missing value becomes an empty null scalar; a long-form function (`{"Fn::GetAtt": [...]}`) an Intrinsic.

import type { CfnDiagnostic, CfnKey, CfnNode, CfnParseResult, CfnScalar } from './ast';
import { emptyScalar } from './ast';
import { mapOrIntrinsic } from './intrinsics';
import { readJson } from '../json/reader';
import type { JsonNode, JsonString } from '../json/reader';

/** Parses JSON text into CfnNodes. Never throws. */
export function parseJson(text: string): CfnParseResult {
  const { root, diagnostics } = readJson(text, 'typing');
  return {
    root: root ? toCfn(text, root) : null,
    diagnostics: diagnostics.map((d): CfnDiagnostic => ({ message: d.message, start: d.subject.start, end: d.subject.end, severity: d.severity })),
  };
}

function toCfn(text: string, node: JsonNode): CfnNode {
  switch (node.kind) {
    case 'object':
      return mapOrIntrinsic({
        type: 'Map',
        entries: node.properties.map((p) => ({ key: keyOf(text, p.key), value: p.value ? toCfn(text, p.value) : emptyScalar(p.key.end), start: p.start, end: p.end })),
        start: node.start,
        end: node.end,
      });
    case 'array':
      return { type: 'Sequence', items: node.items.map((item) => toCfn(text, item)), start: node.start, end: node.end };
    case 'string':
      return scalar(node.value, text.slice(node.start, node.end), 'double', node);
    case 'number':
      return scalar(node.value, node.raw, 'plain', node);
    case 'true':
    case 'false':
    case 'null':
      // An empty `null` is a value the reader assumed: its raw text is empty.
      return scalar(node.kind === 'null' ? null : node.kind === 'true', text.slice(node.start, node.end), 'plain', node);
    case 'invalid': {
      // A bad token is kept as a string so the tree keeps its text (it was reported).
      const raw = text.slice(node.start, node.end);
      return scalar(raw, raw, 'plain', node);
    }
  }
}

/** A key written without its opening quote reads as a plain scalar of its text. */
function keyOf(text: string, key: JsonString): CfnKey {
  return { type: 'Scalar', value: key.value, raw: text.slice(key.start, key.end), style: key.bare ? 'plain' : 'double', start: key.start, end: key.end };
}

function scalar(value: CfnScalar['value'], raw: string, style: CfnScalar['style'], at: { start: number; end: number }): CfnScalar {
  return { type: 'Scalar', value, raw, style, start: at.start, end: at.end };
}

