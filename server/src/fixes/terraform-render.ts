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

/**
 * A path step `type#key` names a new block of a repeated type (a `database_flags` entry) that is added
 * beside the existing blocks of that type instead of editing the first of them; `key` keeps several new
 * ones apart. The written block type is the part before `#`.
 */
export function isNewRepeatedBlock(step: string): boolean {
  return step.includes('#');
}

export function blockTypeOf(step: string): string {
  const hash = step.indexOf('#');
  return hash < 0 ? step : step.slice(0, hash);
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
        const entries: [string, string][] = v.entries.map(([k, x]) => [objectKey(k), this.value(x, inner)]);
        return `{\n${alignedLines(entries, inner, 0)}${indent}}`;
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

  /** Argument lines with `=` aligned as `terraform fmt` aligns them, each ending in a newline. */
  attrLines(attrs: [string, FixValue][], indent: string, width = 0): string {
    return alignedLines(attrs.map(([k, v]) => [k, this.value(v, indent)]), indent, width);
  }

  /** A nested block `name { ... }` at `indent`, ending in a newline. */
  block(name: string, tree: AttrTree, indent: string): string {
    return `${indent}${blockTypeOf(name)} {\n${this.body(tree, indent + '  ')}${indent}}\n`;
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

/**
 * `name = value` lines. Like hclwrite, only consecutive lines whose value is on that one line are aligned
 * together; a multi-line value (`Statement = [`) ends the run and is written with a single space.
 * `width` is a minimum name width for the first run (to join an existing run above).
 */
function alignedLines(entries: [string, string][], indent: string, width: number): string {
  let out = '';
  let i = 0;
  let first = true;
  while (i < entries.length) {
    if (entries[i]![1].includes('\n')) {
      out += `${indent}${entries[i]![0]} = ${entries[i]![1]}\n`;
      i++;
      first = false;
      continue;
    }
    let j = i;
    while (j < entries.length && !entries[j]![1].includes('\n')) j++;
    const run = entries.slice(i, j);
    const w = Math.max(first ? width : 0, ...run.map(([k]) => k.length));
    for (const [k, v] of run) out += `${indent}${k.padEnd(w)} = ${v}\n`;
    i = j;
    first = false;
  }
  return out;
}

/** A quoted HCL string: JSON escapes plus `$${` / `%%{` so nothing is read as a template sequence. */
export function quote(s: string): string {
  return JSON.stringify(s).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

function objectKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : quote(k);
}
