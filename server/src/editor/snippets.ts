// SPDX-License-Identifier: Apache-2.0
// Compliant-by-default snippets (snippets/*.json), offered by the server only where a new resource can
// start: at the top level of a Terraform file (not inside a block, a string, a comment or an expression),
// and directly under a CloudFormation template's `Resources:` (YAML) / `"Resources": {` (JSON). A static
// `contributes.snippets` would offer them everywhere, in the middle of an expression too. LSP-free: the
// handler (handlers/completion.ts) turns `snippetCompletions` into completion items.

import terraform from '../../../snippets/terraform.json';
import cloudFormationYaml from '../../../snippets/cloudformation-yaml.json';
import cloudFormationJson from '../../../snippets/cloudformation-json.json';
import { lexHclStream } from '../parsers/hcl/lexer';
import { T } from '../parsers/hcl/tokens';
import { fileKind } from '../service/file-kinds';

export type SnippetLanguage = 'terraform' | 'cloudformation-yaml' | 'cloudformation-json';

export interface Snippet {
  /** The snippet's title, e.g. "Compliant S3 bucket". */
  name: string;
  /** What the user types: `iac-s3-bucket`. */
  prefix: string;
  description: string;
  /** The body in VS Code / LSP snippet syntax (`${1:name}` placeholders, `\$` for a literal dollar). */
  body: string;
}

interface SnippetFile {
  [name: string]: { prefix: string; description: string; body: string[] };
}

function load(file: SnippetFile): Snippet[] {
  return Object.entries(file).map(([name, s]) => ({ name, prefix: s.prefix, description: s.description, body: s.body.join('\n') }));
}

export const SNIPPETS: Record<SnippetLanguage, readonly Snippet[]> = {
  terraform: load(terraform),
  'cloudformation-yaml': load(cloudFormationYaml),
  'cloudformation-json': load(cloudFormationJson),
};

/** A snippet's text as inserted before any typing: each placeholder replaced by its default. */
export function expandSnippet(body: string): string {
  let text = body;
  // Innermost first: `${3:var.${1:name}_key}` needs two rounds.
  for (let i = 0; i < 5; i++) text = text.replace(/\$\{\d+:([^{}]*)\}/g, '$1');
  return text.replace(/\$\d+/g, '').replace(/\\\$/g, '$');
}

/** Where a snippet may be inserted: its language, the range of the word typed so far, and extra edits. */
export interface SnippetPlace {
  language: SnippetLanguage;
  /** [start, end) of the text the snippet replaces (the prefix being typed). */
  start: number;
  end: number;
  /** Text added around it to keep the document valid (a comma between two JSON resources). */
  before: string;
  after: string;
  /** A comma inserted after the previous JSON resource, at this offset, when it lacks one. */
  commaAt: number | null;
}

/** The snippets to offer at `offset` in `text` (the file at `path`), or none when it is not a place for them. */
export function snippetCompletions(path: string, text: string, offset: number): { place: SnippetPlace; snippets: readonly Snippet[] } | null {
  const place = snippetPlace(path, text, offset);
  return place ? { place, snippets: SNIPPETS[place.language] } : null;
}

export function snippetPlace(path: string, text: string, offset: number): SnippetPlace | null {
  if (offset < 0 || offset > text.length) return null;
  const kind = fileKind(path);
  if (kind === 'terraform') return terraformPlace(text, offset);
  if (kind === 'yaml' || kind === 'json') return /^\s*\{/.test(text) ? jsonPlace(text, offset) : yamlPlace(text, offset);
  return null;
}

function lineAround(text: string, offset: number): { lineStart: number; before: string; after: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  return { lineStart, before: text.slice(lineStart, offset), after: text.slice(offset, lineEnd).replace(/\r$/, '') };
}

/** Top level of a .tf file: alone on its line, outside every block, bracket, string, heredoc and comment. */
function terraformPlace(text: string, offset: number): SnippetPlace | null {
  const { lineStart, before, after } = lineAround(text, offset);
  const m = /^([ \t]*)([A-Za-z0-9_-]*)$/.exec(before);
  if (!m || after.trim() !== '') return null;
  const start = lineStart + m[1]!.length;
  const tokens = lexHclStream(text.slice(0, start));
  let depth = 0;
  for (let i = 0; i < tokens.count; i++) {
    switch (tokens.types[i] as T) {
      case T.OBrace:
      case T.OBrack:
      case T.OParen:
      case T.OQuote:
      case T.OHeredoc:
      case T.TemplateInterp:
      case T.TemplateControl:
        depth++;
        break;
      case T.CBrace:
      case T.CBrack:
      case T.CParen:
      case T.CQuote:
      case T.CHeredoc:
      case T.TemplateSeqEnd:
        depth--;
        break;
      case T.Comment: {
        // A block comment still open where the word starts.
        const c = text.slice(tokens.starts[i], tokens.ends[i]);
        if (c.startsWith('/*') && (c.length < 4 || !c.endsWith('*/'))) return null;
        break;
      }
      case T.Slash:
        // An unterminated `/*` lexes as `/` and `*`: the word is inside the comment.
        if (i + 1 < tokens.count && tokens.types[i + 1] === T.Star && tokens.starts[i + 1] === tokens.ends[i]) return null;
        break;
      default:
        break;
    }
  }
  if (depth !== 0) return null;
  return { language: 'terraform', start, end: offset, before: '', after: '', commaAt: null };
}

/** Directly under `Resources:` in a YAML template: at the indentation of its resource names. */
function yamlPlace(text: string, offset: number): SnippetPlace | null {
  const { lineStart, before, after } = lineAround(text, offset);
  const m = /^( +)([A-Za-z0-9_-]*)$/.exec(before);
  if (!m || after.trim() !== '') return null;
  const indent = m[1]!.length;
  let resourceIndent: number | null = null;
  let at = lineStart - 1;
  while (at > 0) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const line = text.slice(start, at).replace(/\r$/, '');
    at = start - 1;
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const lead = /^ */.exec(line)![0].length;
    if (lead === 0) {
      if (!/^Resources:\s*(#.*)?$/.test(line)) return null;
      if (resourceIndent !== null && resourceIndent !== indent) return null;
      return { language: 'cloudformation-yaml', start: lineStart + indent, end: offset, before: '', after: '', commaAt: null };
    }
    // The topmost line of the section so far gives the resource names' indentation.
    resourceIndent = lead;
  }
  return null;
}

/** A key position of the `Resources` object in a JSON template (after `{` or `,`, or after a resource). */
function jsonPlace(text: string, offset: number): SnippetPlace | null {
  const { before, after } = lineAround(text, offset);
  const m = /("?)([A-Za-z0-9_-]*)$/.exec(before);
  if (!m || !/^[ \t]*"?$/.test(before.slice(0, m.index))) return null;
  const start = offset - m[0].length;
  // A quote the editor closed automatically after the word belongs to it.
  const end = m[1] === '"' && after.startsWith('"') ? offset + 1 : offset;
  if (after.slice(end - offset).trim() !== '') return null;
  const state = jsonState(text, start);
  if (!state || state.path.length !== 2 || state.path[1] !== 'Resources') return null;
  const next = /^\s*(\S)/.exec(text.slice(end))?.[1];
  return {
    language: 'cloudformation-json',
    start,
    end,
    before: '',
    after: next === '"' ? ',' : '',
    commaAt: state.expect === 'comma' ? state.lastValueEnd : null,
  };
}

/** Scans JSON up to `end`: the keys of the objects the position is in, and what comes next there. */
function jsonState(text: string, end: number): { path: string[]; expect: 'key' | 'comma'; lastValueEnd: number } | null {
  const stack: { kind: 'obj' | 'arr'; key: string; pendingKey: string | null; expect: 'key' | 'colon' | 'value' | 'comma'; lastValueEnd: number }[] = [];
  let i = 0;
  const valueDone = (at: number): void => {
    const top = stack[stack.length - 1];
    if (top) {
      top.expect = 'comma';
      top.lastValueEnd = at;
    }
  };
  while (i < end) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < end && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (j >= end) return null;
      const s = text.slice(i + 1, j);
      const top = stack[stack.length - 1];
      if (top?.kind === 'obj' && top.expect === 'key') {
        top.pendingKey = s;
        top.expect = 'colon';
      } else {
        valueDone(j + 1);
      }
      i = j + 1;
    } else if (c === '{' || c === '[') {
      const top = stack[stack.length - 1];
      stack.push({ kind: c === '{' ? 'obj' : 'arr', key: top?.pendingKey ?? '', pendingKey: null, expect: c === '{' ? 'key' : 'value', lastValueEnd: i + 1 });
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      valueDone(i + 1);
      i++;
    } else if (c === ':') {
      const top = stack[stack.length - 1];
      if (top) top.expect = 'value';
      i++;
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top) {
        top.expect = top.kind === 'obj' ? 'key' : 'value';
        top.pendingKey = null;
      }
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      // A number, true, false or null.
      while (i < end && /[^\s,\]}]/.test(text[i]!)) i++;
      valueDone(i);
    }
  }
  const top = stack[stack.length - 1];
  if (!top || top.kind !== 'obj' || (top.expect !== 'key' && top.expect !== 'comma')) return null;
  return { path: stack.map((f) => f.key), expect: top.expect, lastValueEnd: top.lastValueEnd };
}
