// SPDX-License-Identifier: Apache-2.0
// Renders fix values and new blocks as Terraform text in `terraform fmt` layout: two-space indents, the
// `=` of consecutive single-line arguments aligned, nested blocks after arguments.

import type { FixValue } from '../model/edit-target';

/** A tree of values to write: arguments by name, nested blocks by type. */
export interface AttrTree {
  attrs: Map<string, FixValue>;
  blocks: Map<string, AttrTree>;
}

export function emptyTree(): AttrTree {
  return { attrs: new Map(), blocks: new Map() };
}

/** Adds `value` at `path` (nested block names, then the argument name). */
export function addToTree(tree: AttrTree, path: string[], value: FixValue): void {
  let t = tree;
  for (const step of path.slice(0, -1)) {
    let next = t.blocks.get(step);
    if (!next) {
      next = emptyTree();
      t.blocks.set(step, next);
    }
    t = next;
  }
  t.attrs.set(path[path.length - 1]!, value);
}

/** A variable a placeholder value introduces. */
export interface PlaceholderVariable {
  name: string;
  description: string;
}

/** Renders values; records the placeholder variables they use. */
export class TerraformRenderer {
  readonly placeholders = new Map<string, PlaceholderVariable>();

  value(v: FixValue, indent: string): string {
    switch (v.kind) {
      case 'literal':
        return typeof v.value === 'string' ? quote(v.value) : String(v.value);
      case 'list':
        return `[${v.items.map((i) => this.value(i, indent)).join(', ')}]`;
      case 'object': {
        if (v.entries.length === 0) return '{}';
        const inner = indent + '  ';
        const width = Math.max(...v.entries.map(([k]) => objectKey(k).length));
        const lines = v.entries.map(([k, x]) => `${inner}${objectKey(k).padEnd(width)} = ${this.value(x, inner)}`);
        return `{\n${lines.join('\n')}\n${indent}}`;
      }
      case 'reference':
        return v.terraform;
      case 'jsonencode':
        return `jsonencode(${this.value(v.value, indent)})`;
      case 'placeholder':
        this.placeholders.set(v.name, { name: v.name, description: v.description });
        return `var.${v.name}`;
    }
  }

  /** Argument lines with aligned `=`, each ending in a newline. */
  attrLines(attrs: [string, FixValue][], indent: string, width = 0): string {
    const w = Math.max(width, ...attrs.map(([k]) => k.length));
    return attrs.map(([k, v]) => `${indent}${k.padEnd(w)} = ${this.value(v, indent)}\n`).join('');
  }

  /** A nested block `name { ... }` at `indent`, ending in a newline. */
  block(name: string, tree: AttrTree, indent: string): string {
    return `${indent}${name} {\n${this.body(tree, indent + '  ')}${indent}}\n`;
  }

  /** The inside of a block: arguments, then (after a blank line) nested blocks. */
  body(tree: AttrTree, indent: string): string {
    let out = this.attrLines([...tree.attrs], indent);
    for (const [name, sub] of tree.blocks) {
      if (out !== '') out += '\n';
      out += this.block(name, sub, indent);
    }
    return out;
  }

  /** `variable` blocks for the placeholders used, each preceded by a blank line. */
  variableBlocks(existing: ReadonlySet<string>): string {
    let out = '';
    for (const p of this.placeholders.values()) {
      if (existing.has(p.name)) continue;
      out += `\nvariable "${p.name}" {\n${this.attrLines(
        [
          ['description', { kind: 'literal', value: p.description }],
          ['type', { kind: 'reference', terraform: 'string', cloudformation: { ref: '' } }],
        ],
        '  ',
      )}}\n`;
    }
    return out;
  }
}

/** A quoted HCL string: JSON escapes plus `$${` / `%%{` so nothing is read as a template sequence. */
export function quote(s: string): string {
  return JSON.stringify(s).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

function objectKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : quote(k);
}
