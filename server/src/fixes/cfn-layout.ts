// SPDX-License-Identifier: Apache-2.0
// Reading a template's layout from its text, so inserted lines look like their neighbours: the line ending,
// the indentation step, whether block sequences are indented under their key, where lines start and end.

import type { CfnMap, CfnNode, CfnTemplate } from '../parsers/cfn';
import { mapEntry } from '../parsers/cfn';
import type { CfnStyle } from './cfn-render';

export class TextLayout {
  constructor(readonly text: string) {}

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The end of the line holding `offset`, before its line break (after any trailing comment). */
  lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    if (nl < 0) return this.text.length;
    return this.text[nl - 1] === '\r' ? nl - 1 : nl;
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** The whitespace a line starts with. */
  lineIndent(offset: number): string {
    const start = this.lineStart(offset);
    return /^[ \t]*/.exec(this.text.slice(start, offset))![0];
  }

  /** True when only whitespace precedes `offset` on its line. */
  startsLine(offset: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(this.lineStart(offset), offset));
  }

  sameLine(a: number, b: number): boolean {
    return !this.text.slice(Math.min(a, b), Math.max(a, b)).includes('\n');
  }

  /** A YAML collection written in flow style (`{ a: 1 }`, `[1, 2]`) rather than block style. */
  isFlow(node: CfnNode): boolean {
    const ch = this.text[node.start];
    return (node.type === 'Map' && ch === '{') || (node.type === 'Sequence' && ch === '[');
  }

  /** The offset just after the `:` that ends a YAML key (the key ends before it, maybe with spaces between). */
  afterColon(keyEnd: number): number {
    const colon = this.text.indexOf(':', keyEnd);
    return colon < 0 ? keyEnd : colon + 1;
  }

  /** The offset of the `-` in front of a block sequence item. */
  dashBefore(itemStart: number): number {
    const dash = this.text.lastIndexOf('-', itemStart);
    return dash < 0 ? itemStart : dash;
  }
}

const DEFAULT_UNIT = '  ';

export function detectStyle(layout: TextLayout, template: CfnTemplate, language: 'yaml' | 'json'): CfnStyle {
  const eol = layout.text.includes('\r\n') ? '\r\n' : '\n';
  const unit = detectUnit(layout, template.root, language);
  return { eol, unit, seqIndent: language === 'yaml' ? detectSeqIndent(layout, template.root, unit) : unit };
}

/**
 * The step between a root key and its children: `Resources` and its first resource when they are on their
 * own lines, else the first nested map found that way.
 */
function detectUnit(layout: TextLayout, root: CfnMap, language: 'yaml' | 'json'): string {
  const candidates: CfnMap[] = [];
  const resources = mapEntry(root, 'Resources');
  if (resources?.value.type === 'Map') candidates.push(resources.value);
  for (const e of root.entries) if (e.value.type === 'Map') candidates.push(e.value);
  for (const map of candidates) {
    const parent = root.entries.find((e) => e.value === map);
    const child = map.entries[0];
    if (!parent || !child || !layout.startsLine(child.key.start)) continue;
    // In JSON the parent's line indentation; in YAML the key's column (the same for block maps).
    const outer = language === 'json' ? layout.lineIndent(parent.key.start) : ' '.repeat(layout.column(parent.key.start));
    const inner = layout.lineIndent(child.key.start);
    if (inner.length > outer.length && inner.startsWith(outer)) return inner.slice(outer.length);
  }
  // Root entries of a JSON template sit one step in from the `{` on the first line.
  const first = root.entries[0];
  if (language === 'json' && first && layout.startsLine(first.key.start)) {
    const indent = layout.lineIndent(first.key.start);
    if (indent.length > 0) return indent;
  }
  return DEFAULT_UNIT;
}

/** The first block sequence under a key decides: `Key:\n  - a` (indented) or `Key:\n- a`. */
function detectSeqIndent(layout: TextLayout, root: CfnMap, unit: string): string {
  const found = findBlockSequence(layout, root, 0);
  if (!found) return unit;
  const offset = layout.column(found.dash) - layout.column(found.keyStart);
  return offset > 0 ? ' '.repeat(offset) : '';
}

function findBlockSequence(layout: TextLayout, node: CfnNode, depth: number): { keyStart: number; dash: number } | null {
  if (depth > 50) return null;
  if (node.type === 'Map') {
    for (const e of node.entries) {
      if (e.value.type === 'Sequence' && !layout.isFlow(e.value) && e.value.items.length > 0 && layout.startsLine(e.value.start)) {
        return { keyStart: e.key.start, dash: e.value.start };
      }
      const inner = findBlockSequence(layout, e.value, depth + 1);
      if (inner) return inner;
    }
  } else if (node.type === 'Sequence') {
    for (const i of node.items) {
      const inner = findBlockSequence(layout, i, depth + 1);
      if (inner) return inner;
    }
  } else if (node.type === 'Intrinsic') {
    return findBlockSequence(layout, node.argument, depth + 1);
  }
  return null;
}
