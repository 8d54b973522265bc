// SPDX-License-Identifier: Apache-2.0
// Fix values as CloudFormation text: YAML block style (what people write), YAML flow style (inside `{...}`
// and `[...]`), and JSON. References use the short tags in YAML (`!Ref X`, `!GetAtt [A, B]`, `!Sub '...'`)
// and the long form in JSON. Strings are quoted only when YAML would read them as something else.

import type { FixValue } from '../model/edit-target';

/** The template's own layout, detected once (see cfn-layout.ts). */
export interface CfnStyle {
  eol: string;
  /** One indentation step. */
  unit: string;
  /** How far a block sequence's `-` sits right of its key: '' (`Key:\n- a`) or usually `unit`. */
  seqIndent: string;
}

/** A value with nothing to nest: everything but non-empty lists and objects. */
function isInline(v: FixValue): boolean {
  if (v.kind === 'list') return v.items.length === 0;
  if (v.kind === 'object') return v.entries.length === 0;
  if (v.kind === 'jsonencode') return isInline(v.value);
  return true;
}

/** Words YAML 1.1 (which CloudFormation's reader follows) or 1.2 read as booleans or null. */
const AMBIGUOUS = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
/** What YAML 1.1 or 1.2 reads as a number (decimal, hex, octal, binary, base 60) or a timestamp. */
const NUMBERISH = [/^[-+]?(?:\d[\d_]*)?\.?[\d_]*(?:[eE][-+]?\d+)?$/, /^0[xob]/i, /^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?$/, /^\d{4}-\d\d?-\d\d?/];
/** Safe as a plain scalar in block and flow context: no indicator first, no flow indicators or quotes. */
const PLAIN = /^[A-Za-z0-9_/][A-Za-z0-9_./:\-@+=* ]*$/;

export function yamlString(s: string): string {
  const plain =
    PLAIN.test(s) && !AMBIGUOUS.test(s) && !NUMBERISH.some((r) => r.test(s)) && !s.includes(': ') && !s.includes(' #') && !/[ :]$/.test(s);
  // JSON's escapes are all valid in a YAML double-quoted scalar.
  return plain ? s : JSON.stringify(s);
}

export class CfnRenderer {
  /** Placeholders rendered so far (name -> description): each becomes a template parameter. */
  readonly placeholders = new Map<string, string>();

  constructor(readonly style: CfnStyle) {}

  // ---- YAML -------------------------------------------------------------------------------------------

  /** The value on one line, in flow style where it is a collection. */
  yamlFlow(v: FixValue): string {
    switch (v.kind) {
      case 'literal':
        return typeof v.value === 'string' ? yamlString(v.value) : String(v.value);
      case 'list':
        return `[${v.items.map((i) => this.yamlFlow(i)).join(', ')}]`;
      case 'object':
        return v.entries.length === 0 ? '{}' : `{ ${v.entries.map(([k, x]) => `${yamlString(k)}: ${this.yamlFlow(x)}`).join(', ')} }`;
      case 'jsonencode':
        return this.yamlFlow(v.value);
      case 'reference': {
        const c = v.cloudformation;
        if ('ref' in c) return `!Ref ${yamlString(c.ref)}`;
        if ('getAtt' in c) return `!GetAtt [${yamlString(c.getAtt[0])}, ${yamlString(c.getAtt[1])}]`;
        return `!Sub ${yamlString(c.sub)}`;
      }
      case 'placeholder':
        this.placeholders.set(v.name, v.description);
        return `!Ref ${yamlString(v.name)}`;
    }
  }

  /** `key: value` lines at `indent`, nesting collections in block style. */
  yamlEntry(key: string, v: FixValue, indent: string): string[] {
    const nested = this.yamlNested(v, indent);
    if (!nested) return [`${indent}${yamlString(key)}: ${this.yamlFlow(v)}`];
    return [`${indent}${yamlString(key)}:`, ...nested];
  }

  /**
   * The lines of a collection value written under a key at `indent` (entries one step in, items `seqIndent`
   * in); null for values that stay on the key's line.
   */
  yamlNested(v: FixValue, indent: string): string[] | null {
    if (isInline(v)) return null;
    if (v.kind === 'jsonencode') return this.yamlNested(v.value, indent);
    if (v.kind === 'object') return v.entries.flatMap(([k, x]) => this.yamlEntry(k, x, indent + this.style.unit));
    if (v.kind === 'list') return v.items.flatMap((i) => this.yamlItem(i, indent + this.style.seqIndent));
    return null;
  }

  /** `- item` lines with the dash at `indent`; a map item's keys line up after `- `. */
  yamlItem(v: FixValue, indent: string): string[] {
    const inner = v.kind === 'jsonencode' ? v.value : v;
    if (inner.kind === 'object' && inner.entries.length > 0) {
      const lines = inner.entries.flatMap(([k, x]) => this.yamlEntry(k, x, indent + '  '));
      lines[0] = `${indent}- ${lines[0]!.slice(indent.length + 2)}`;
      return lines;
    }
    // A list in a list stays on one line: rare in templates, and unambiguous in flow style.
    return [`${indent}- ${this.yamlFlow(inner)}`];
  }

  // ---- JSON -------------------------------------------------------------------------------------------

  /** The value as JSON; collections span lines, their contents one step in from `indent`. */
  json(v: FixValue, indent: string): string {
    const eol = this.style.eol;
    const inner = indent + this.style.unit;
    switch (v.kind) {
      case 'list':
        if (v.items.length === 0) return '[]';
        return `[${eol}${v.items.map((i) => inner + this.json(i, inner)).join(`,${eol}`)}${eol}${indent}]`;
      case 'object':
        if (v.entries.length === 0) return '{}';
        return `{${eol}${v.entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${this.json(x, inner)}`).join(`,${eol}`)}${eol}${indent}}`;
      case 'jsonencode':
        return this.json(v.value, indent);
      default:
        return this.jsonInline(v);
    }
  }

  /** The value as one line of JSON. */
  jsonInline(v: FixValue): string {
    switch (v.kind) {
      case 'literal':
        return JSON.stringify(v.value);
      case 'list':
        return `[${v.items.map((i) => this.jsonInline(i)).join(', ')}]`;
      case 'object':
        return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}: ${this.jsonInline(x)}`).join(', ')}}`;
      case 'jsonencode':
        return this.jsonInline(v.value);
      case 'reference': {
        const c = v.cloudformation;
        if ('ref' in c) return `{"Ref": ${JSON.stringify(c.ref)}}`;
        if ('getAtt' in c) return `{"Fn::GetAtt": [${JSON.stringify(c.getAtt[0])}, ${JSON.stringify(c.getAtt[1])}]}`;
        return `{"Fn::Sub": ${JSON.stringify(c.sub)}}`;
      }
      case 'placeholder':
        this.placeholders.set(v.name, v.description);
        return `{"Ref": ${JSON.stringify(v.name)}}`;
    }
  }
}
