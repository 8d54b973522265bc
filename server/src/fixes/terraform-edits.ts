// SPDX-License-Identifier: Apache-2.0
// Turns fix operations into text edits on one Terraform file, keeping `terraform fmt`'s layout: an existing
// argument has its value replaced in place; a missing one is inserted after the block's last argument with
// its `=` aligned like its neighbours (re-aligning them when the new name is longer, as fmt would); missing
// nested blocks are added at the end of the body; a companion resource that does not exist yet is written
// after its parent; placeholder values declare a `variable`. Checked against `hcl-oracle -fmt` in tests.

import type { Block, HclFile } from '../parsers/hcl/ast';
import { lexHcl } from '../parsers/hcl/lexer';
import { LineIndex } from '../core/positions';
import { T } from '../parsers/hcl/tokens';
import type { FixValue, TerraformNewResourceTarget } from '../model/edit-target';
import type { FixOp } from '../engine/rule-api';
import type { TextEdit } from './text-edit';
import { eolOf, withEol } from './eol';
import { addToTree, emptyTree, isNewRepeatedBlock, TerraformRenderer } from './terraform-render';
import type { AttrTree } from './terraform-render';

/** Where the `variable` blocks of placeholder values go when not at the end of the edited file. */
export interface VariablesTarget {
  /** The module's `variables.tf` (parsed), when it exists next to the edited file. */
  file: HclFile | null;
  /** Variables the module already declares in any of its files: never declared twice. */
  declared: ReadonlySet<string>;
}

/** Edits to `file` (at `path`) for the ops that target it; ops for other files are ignored. */
export function terraformEdits(path: string, file: HclFile, ops: readonly FixOp[]): TextEdit[] {
  return terraformEditsWithVariables(path, file, ops).edits;
}

/**
 * Like `terraformEdits`, and the placeholder `variable` blocks: appended to `variables.tf` when the module
 * has one (returned apart, as `variables`), else at the end of the edited file.
 */
export function terraformEditsWithVariables(path: string, file: HclFile, ops: readonly FixOp[], target?: VariablesTarget): { edits: TextEdit[]; variables: TextEdit[] } {
  const eol = eolOf(file.source);
  const editor = new TerraformEditor(path, file);
  const edits = editor.run(ops);
  const blocks = editor.variableBlocks(target?.declared);
  if (blocks === '') return { edits: edits.map((e) => ({ ...e, newText: withEol(e.newText, eol) })), variables: [] };
  const into = target?.file ?? file;
  const text = into.source;
  const edit: TextEdit = { start: text.length, end: text.length, newText: withEol((text.length > 0 && !text.endsWith('\n') ? '\n' : '') + blocks, eolOf(text)) };
  const mine = edits.map((e) => ({ ...e, newText: withEol(e.newText, eol) }));
  return into === file ? { edits: [...mine, edit], variables: [] } : { edits: mine, variables: [edit] };
}

interface FormatLine {
  start: number;
  /** End of the line's content (before its newline). */
  end: number;
  /** For argument lines (hclwrite's "assign" cell): where the name ends and where `=` starts. */
  leadEnd: number;
  eqStart: number;
}

class TerraformEditor {
  private readonly text: string;
  private readonly lines: LineIndex;
  private readonly render = new TerraformRenderer();
  private readonly edits: TextEdit[] = [];
  private formatLines: FormatLine[] | null = null;

  constructor(
    private readonly path: string,
    private readonly file: HclFile,
  ) {
    this.text = file.source;
    this.lines = new LineIndex(this.text);
  }

  run(ops: readonly FixOp[]): TextEdit[] {
    const blockTrees = new Map<Block, AttrTree>();
    const newResources = new Map<string, { target: TerraformNewResourceTarget; tree: AttrTree }>();
    for (const op of ops) {
      const target = op.op === 'set' ? op.location.target : op.target;
      if (target.platform !== 'terraform' || target.file !== this.path) continue;
      if (target.kind === 'block') {
        let tree = blockTrees.get(target.block);
        if (!tree) blockTrees.set(target.block, (tree = emptyTree()));
        if (op.op === 'set') addToTree(tree, op.location.path, op.value);
        else for (const [p, v] of op.values) addToTree(tree, p, v);
      } else {
        const key = `${target.resourceType}.${target.name}`;
        let entry = newResources.get(key);
        if (!entry) newResources.set(key, (entry = { target, tree: emptyTree() }));
        if (op.op === 'set') addToTree(entry.tree, op.location.path, op.value);
        else for (const [p, v] of op.values) addToTree(entry.tree, p, v);
      }
    }
    for (const [block, tree] of blockTrees) this.applyTree(block, tree);
    for (const { target, tree } of newResources.values()) this.addResource(target, tree);
    return this.edits;
  }

  // ---- existing blocks ----------------------------------------------------------------------------

  private indentOf(offset: number): string {
    const start = this.lines.lineStart(this.lines.lineOf(offset));
    return /^[ \t]*/.exec(this.text.slice(start, offset))![0];
  }

  private applyTree(block: Block, tree: AttrTree): void {
    const indent = this.indentOf(block.typeRange.start);
    const inner = indent + '  ';
    const newAttrs: [string, FixValue][] = [];
    for (const [name, value] of tree.attrs) {
      const existing = block.body.attributes.find((a) => a.name === name);
      if (!existing) {
        newAttrs.push([name, value]);
        continue;
      }
      const rendered = this.render.value(value, inner);
      if (this.text.slice(existing.expr.start, existing.expr.end) !== rendered) {
        this.edits.push({ start: existing.expr.start, end: existing.expr.end, newText: rendered });
      }
    }
    const newBlocks: [string, AttrTree][] = [];
    for (const [name, sub] of tree.blocks) {
      // `database_flags#log_connections`: a new block of a repeated type, whatever blocks of it exist.
      const nested = isNewRepeatedBlock(name) ? undefined : block.body.blocks.find((b) => b.blockType === name);
      if (nested && this.isMultiLine(nested)) this.applyTree(nested, sub);
      else if (nested) this.rewriteOneLineBlock(nested, sub);
      else newBlocks.push([name, sub]);
    }
    if (newAttrs.length === 0 && newBlocks.length === 0) return;
    if (!this.isMultiLine(block)) {
      const merged = emptyTree();
      for (const [k, v] of newAttrs) merged.attrs.set(k, v);
      for (const [k, v] of newBlocks) merged.blocks.set(k, v);
      this.rewriteOneLineBlock(block, merged);
      return;
    }
    if (newAttrs.length > 0) this.insertAttributes(block, newAttrs, inner);
    if (newBlocks.length > 0) this.insertBlocks(block, newBlocks, inner);
  }

  private isMultiLine(block: Block): boolean {
    return this.lines.lineOf(block.openBrace.start) !== this.lines.lineOf(block.closeBrace.start);
  }

  /** `name {}` or `name { a = 1 }` on one line: rewritten as a multi-line block with the additions. */
  private rewriteOneLineBlock(block: Block, add: AttrTree): void {
    const indent = this.indentOf(block.typeRange.start);
    const inner = indent + '  ';
    const tree = emptyTree();
    for (const a of block.body.attributes) {
      tree.attrs.set(a.name, { kind: 'reference', terraform: this.text.slice(a.expr.start, a.expr.end), cloudformation: { ref: '' } });
    }
    for (const [k, v] of add.attrs) tree.attrs.set(k, v);
    for (const [k, v] of add.blocks) tree.blocks.set(k, v);
    this.edits.push({ start: block.openBrace.start, end: block.closeBrace.end, newText: `{\n${this.render.body(tree, inner)}${indent}}` });
  }

  private insertAttributes(block: Block, attrs: [string, FixValue][], inner: string): void {
    // After the last one-line argument (people keep maps like `tags = {...}` last), else at the top.
    const oneLine = block.body.attributes.filter((x) => this.lines.lineOf(x.start) === this.lines.lineOf(x.end));
    const lastAttr = oneLine[oneLine.length - 1];
    const at = lastAttr ? this.nextLineStart(lastAttr.end) : this.nextLineStart(block.openBrace.end);
    const fl = this.getFormatLines();
    const found = fl.findIndex((l) => l.start >= at);
    const k = found < 0 ? fl.length : found;
    const chain: FormatLine[] = [];
    for (let i = k - 1; i >= 0 && fl[i]!.eqStart >= 0; i--) chain.push(fl[i]!);
    for (let i = k; i < fl.length && fl[i]!.eqStart >= 0; i++) chain.push(fl[i]!);
    const leadWidth = (l: FormatLine): number => l.leadEnd - l.start;
    const width = Math.max(inner.length + Math.max(...attrs.map(([n]) => n.length)), ...chain.map(leadWidth));
    for (const l of chain) {
      const want = ' '.repeat(width - leadWidth(l) + 1);
      if (this.text.slice(l.leadEnd, l.eqStart) !== want) this.edits.push({ start: l.leadEnd, end: l.eqStart, newText: want });
    }
    let text = this.render.attrLines(attrs, inner, width - inner.length);
    // Arguments come before nested blocks; keep a blank line between them.
    const next = k < fl.length ? fl[k]! : null;
    if (!lastAttr && next && next.eqStart < 0 && next.end > next.start && this.text[next.end - 1] === '{') text += '\n';
    this.edits.push({ start: at, end: at, newText: text });
  }

  private insertBlocks(block: Block, blocks: [string, AttrTree][], inner: string): void {
    const closeLineStart = this.lines.lineStart(this.lines.lineOf(block.closeBrace.start));
    const prevLineStart = this.lines.lineStart(Math.max(0, this.lines.lineOf(block.closeBrace.start) - 1));
    const prevLine = this.text.slice(prevLineStart, closeLineStart).trim();
    const afterOpen = this.lines.lineOf(block.openBrace.start) === this.lines.lineOf(closeLineStart) - 1;
    let text = '';
    for (const [name, sub] of blocks) {
      if (text !== '' || (prevLine !== '' && !afterOpen)) text += '\n';
      text += this.render.block(name, sub, inner);
    }
    this.edits.push({ start: closeLineStart, end: closeLineStart, newText: text });
  }

  private nextLineStart(offset: number): number {
    const line = this.lines.lineOf(offset);
    return line + 1 < this.lines.lineCount ? this.lines.lineStart(line + 1) : this.text.length;
  }

  /** hclwrite's view of lines: which are `name = value` lines, and where their `=` is. */
  private getFormatLines(): FormatLine[] {
    if (this.formatLines) return this.formatLines;
    const tokens = lexHcl(this.text);
    const out: FormatLine[] = [];
    let lineTokens: typeof tokens = [];
    let lineStart = 0;
    const flush = (end: number): void => {
      let leadEnd = -1;
      let eqStart = -1;
      const content = lineTokens.filter((t) => t.type !== T.Comment);
      for (let i = 1; i < content.length; i++) {
        if (content[i]!.type !== T.Equal) continue;
        let net = 0;
        for (const t of content.slice(i)) net += bracketChange(t.type);
        if (net === 0) {
          leadEnd = content[i - 1]!.end;
          eqStart = content[i]!.start;
        }
        break;
      }
      out.push({ start: lineStart, end, leadEnd, eqStart });
    };
    for (const t of tokens) {
      if (t.type === T.EOF) break;
      const endsLine = t.type === T.Newline || (t.type === T.Comment && this.text[t.end - 1] === '\n');
      if (!endsLine) {
        lineTokens.push(t);
        continue;
      }
      if (t.type === T.Comment) lineTokens.push(t);
      flush(t.type === T.Newline ? t.start : t.end - 1);
      lineTokens = [];
      lineStart = t.end;
    }
    if (lineStart < this.text.length) flush(this.text.length);
    this.formatLines = out;
    return out;
  }

  // ---- new resources and variables ---------------------------------------------------------------

  private addResource(target: TerraformNewResourceTarget, tree: AttrTree): void {
    // The adapter only asks for a new resource when none of this type points at the parent, so a resource
    // of the same type and name is someone else's: pick a free name rather than declare a duplicate.
    const taken = new Set(
      this.file.body.blocks.filter((b) => b.blockType === 'resource' && b.labels[0]?.value === target.resourceType).map((b) => b.labels[1]?.value ?? ''),
    );
    let name = target.name;
    for (let n = 2; taken.has(name); n++) name = `${target.name}_${n}`;
    const header = `resource "${target.resourceType}" "${name}" {\n`;
    let body = this.render.attrLines(target.preamble, '  ');
    const rest = this.render.body(tree, '  ');
    if (rest !== '') body += (body !== '' ? '\n' : '') + rest;
    const text = `\n\n${header}${body}}`;
    this.edits.push({ start: target.after.end, end: target.after.end, newText: text });
  }

  /** `variable` blocks for the placeholders the edits used, minus those this file or `declared` has. */
  variableBlocks(declared?: ReadonlySet<string>): string {
    const existing = new Set(this.file.body.blocks.filter((b) => b.blockType === 'variable').map((b) => b.labels[0]?.value ?? ''));
    for (const name of declared ?? []) existing.add(name);
    return this.render.variableBlocks(existing);
  }
}

function bracketChange(t: T): number {
  switch (t) {
    case T.OBrace:
    case T.OBrack:
    case T.OParen:
    case T.TemplateControl:
    case T.TemplateInterp:
      return 1;
    case T.CBrace:
    case T.CBrack:
    case T.CParen:
    case T.TemplateSeqEnd:
      return -1;
    default:
      return 0;
  }
}
