// SPDX-License-Identifier: Apache-2.0
// The second stage of template parsing: a flat list of template pieces (literal runs, interpolations and
// directive markers, read by the main parser) is folded into a tree, pairing `%{if}` with `%{endif}` and
// `%{for}` with `%{endfor}`. Unbalanced directives become diagnostics and placeholders, never exceptions.

import type { Expression, LiteralExpr, ParseDiagnostic, Span, TemplateExpr } from './ast';

export type TemplatePiece =
  | { kind: 'literal'; expr: LiteralExpr }
  | { kind: 'interp'; expr: Expression; start: number; end: number }
  | { kind: 'if'; condition: Expression; start: number; end: number }
  | { kind: 'for'; keyVar: string | null; valVar: string; collection: Expression; start: number; end: number }
  | { kind: 'endctrl'; which: 'else' | 'endif' | 'endfor'; start: number; end: number }
  | { kind: 'end'; start: number; end: number };

/**
 * `<<-` heredocs drop the common leading whitespace of their lines. Adjusts the literal pieces in place
 * (value and start offset), as hclsyntax does, before the tree is built.
 */
export function flushHeredocPieces(pieces: TemplatePiece[]): void {
  let minSpaces = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust: LiteralExpr[] = [];
  for (const piece of pieces) {
    if (newline) {
      newline = false;
      let spaces = Number.MAX_SAFE_INTEGER;
      if (piece.kind === 'literal') {
        const orig = piece.expr.value as string;
        const trimmed = orig.replace(/^\s+/u, '');
        if (trimmed.length === 0 && orig.endsWith('\n')) spaces = Number.MAX_SAFE_INTEGER;
        else {
          spaces = countClusters(orig.slice(0, orig.length - trimmed.length));
          adjust.push(piece.expr);
        }
      } else if (piece.kind === 'end') break;
      else spaces = 0;
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (piece.kind === 'literal' && (piece.expr.value as string).endsWith('\n')) newline = true;
  }
  if (minSpaces === Number.MAX_SAFE_INTEGER) return;
  for (const lit of adjust) {
    const value = lit.value as string;
    const cut = unitsForClusters(value, minSpaces);
    lit.value = value.slice(cut);
    lit.start += cut;
  }
}

/** Characters (code points, close enough to grapheme clusters for indentation) in a string. */
function countClusters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one character.
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

function unitsForClusters(s: string, clusters: number): number {
  let units = 0;
  let n = 0;
  for (const ch of s) {
    if (n >= clusters) break;
    units += ch.length;
    n++;
  }
  return units;
}

/** Folds the pieces into template parts. */
export class TemplateFolder {
  private pos = 0;
  readonly diagnostics: ParseDiagnostic[] = [];

  constructor(private readonly pieces: TemplatePiece[]) {}

  parseRoot(): Expression[] {
    const exprs: Expression[] = [];
    while (this.peek().kind !== 'end') exprs.push(this.parseExpr());
    return exprs;
  }

  private peek(): TemplatePiece {
    return this.pieces[this.pos]!;
  }

  private read(): TemplatePiece {
    const p = this.pieces[this.pos]!;
    if (p.kind !== 'end') this.pos++;
    return p;
  }

  private error(summary: string, detail: string, subject: Span): void {
    this.diagnostics.push({ severity: 'error', summary, detail, subject: { start: subject.start, end: subject.end } });
  }

  private parseExpr(): Expression {
    const next = this.peek();
    switch (next.kind) {
      case 'literal':
      case 'interp':
        this.read();
        return next.expr;
      case 'if':
        return this.parseIf();
      case 'for':
        return this.parseFor();
      case 'end':
        this.read();
        this.error('Unexpected end of template', 'The control directives within this template are unbalanced.', next);
        return invalid(next);
      case 'endctrl':
        this.read();
        this.error(`Unexpected ${next.which} directive`, 'The control directives within this template are unbalanced.', next);
        return invalid(next);
    }
  }

  private parseIf(): Expression {
    const open = this.read() as Extract<TemplatePiece, { kind: 'if' }>;
    const ifExprs: Expression[] = [];
    const elseExprs: Expression[] = [];
    let current = ifExprs;
    let endif: Span | null = null;
    for (;;) {
      const next = this.peek();
      if (next.kind === 'end') {
        this.error('Unexpected end of template', 'The if directive is missing its corresponding endif directive.', next);
        return invalid(next);
      }
      if (next.kind === 'endctrl') {
        this.read();
        if (next.which === 'else' && current === ifExprs) {
          current = elseExprs;
          continue;
        }
        if (next.which === 'endif') {
          endif = next;
          break;
        }
        if (next.which === 'else') {
          this.error('Unexpected else directive', 'Already in the else clause for this if.', next);
        } else {
          this.error(`Unexpected ${next.which} directive`, 'Expecting an endif directive for the if.', next);
        }
        return invalid(next);
      }
      current.push(this.parseExpr());
    }
    if (ifExprs.length === 0) ifExprs.push(emptyLiteral(open.end));
    const hasElse = elseExprs.length > 0;
    if (!hasElse) elseExprs.push(emptyLiteral(endif.start));
    return {
      type: 'TemplateIf',
      condition: open.condition,
      trueResult: partsTemplate(ifExprs),
      falseResult: hasElse ? partsTemplate(elseExprs) : null,
      start: open.start,
      end: endif.end,
    };
  }

  private parseFor(): Expression {
    const open = this.read() as Extract<TemplatePiece, { kind: 'for' }>;
    const body: Expression[] = [];
    let endfor: Span | null = null;
    for (;;) {
      const next = this.peek();
      if (next.kind === 'end') {
        this.error('Unexpected end of template', 'The for directive is missing its corresponding endfor directive.', next);
        return invalid(next);
      }
      if (next.kind === 'endctrl') {
        this.read();
        if (next.which === 'endfor') {
          endfor = next;
          break;
        }
        if (next.which === 'else') {
          this.error('Unexpected else directive', 'An else clause is not expected for a for directive.', next);
        } else {
          this.error(`Unexpected ${next.which} directive`, 'Expecting an endfor directive corresponding to the for directive.', next);
        }
        return invalid(next);
      }
      body.push(this.parseExpr());
    }
    if (body.length === 0) body.push(emptyLiteral(open.end));
    return {
      type: 'TemplateFor',
      keyVar: open.keyVar,
      valVar: open.valVar,
      collection: open.collection,
      body: partsTemplate(body),
      start: open.start,
      end: endfor.end,
    };
  }
}

function emptyLiteral(at: number): LiteralExpr {
  return { type: 'Literal', value: '', start: at, end: at };
}

function partsTemplate(parts: Expression[]): TemplateExpr {
  return { type: 'Template', parts, start: parts[0]!.start, end: parts[parts.length - 1]!.end };
}

function invalid(span: Span): Expression {
  return { type: 'Invalid', start: span.start, end: span.end };
}
