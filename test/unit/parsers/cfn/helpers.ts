// SPDX-License-Identifier: Apache-2.0
// Small helpers shared by the CloudFormation parser tests.
import assert from 'node:assert/strict';
import type { CfnNode, CfnParseResult, Span } from '../../../../server/src/parsers/cfn';

/** The source text a span covers. */
export function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The node's structure without positions or syntax details, so YAML, JSON, short and long forms compare. */
export type Shape = string | number | boolean | null | Shape[] | { [key: string]: Shape };

export function shape(node: CfnNode): Shape {
  switch (node.type) {
    case 'Scalar':
      return node.value;
    case 'Sequence':
      return node.items.map(shape);
    case 'Intrinsic':
      return { '(intrinsic)': node.name, argument: shape(node.argument) };
    case 'Map':
      return { '(map)': node.entries.map((e) => [e.key.value, shape(e.value)]) };
  }
}

/** Asserts the parse produced a root and no errors (warnings allowed). */
export function rootOf(result: CfnParseResult): CfnNode {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors, [], 'unexpected errors');
  assert.ok(result.root, 'no root');
  return result.root;
}

/** Every node's span lies inside its parent's and inside the text: the invariant positions rest on. */
export function assertSpansNested(node: CfnNode, text: string, parent: Span = { start: 0, end: text.length }): void {
  assert.ok(node.start <= node.end, `inverted span ${node.start}-${node.end}`);
  assert.ok(node.start >= parent.start && node.end <= parent.end, `span ${node.start}-${node.end} outside ${parent.start}-${parent.end}`);
  switch (node.type) {
    case 'Map':
      for (const entry of node.entries) {
        assert.ok(entry.start >= node.start && entry.end <= node.end, `entry ${entry.key.value} outside its map`);
        assert.ok(entry.key.start >= entry.start && entry.key.end <= entry.end);
        assertSpansNested(entry.value, text, entry);
      }
      break;
    case 'Sequence':
      for (const item of node.items) assertSpansNested(item, text, node);
      break;
    case 'Intrinsic':
      assert.ok(node.nameRange.start >= node.start && node.nameRange.end <= node.end, 'name outside intrinsic');
      assertSpansNested(node.argument, text, node);
      break;
    case 'Scalar':
      assert.equal(node.raw, text.slice(node.start, node.end));
      break;
  }
}
