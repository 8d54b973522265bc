// SPDX-License-Identifier: Apache-2.0
// Turns the text of a string-literal token into its value: backslash escapes in quoted strings, and the
// `$${` / `%%{` escapes that keep a literal `${` / `%{` in any template.

import type { ParseDiagnostic } from './ast';

const HEX4 = /^[0-9A-Fa-f]{4}$/;
const HEX8 = /^[0-9A-Fa-f]{8}$/;

/**
 * Decodes text[start, end). `quoted` enables backslash escapes (heredocs have none). Problems go to
 * `report`; the value keeps the raw text where an escape is invalid.
 */
export function decodeStringLiteral(
  src: string,
  start: number,
  end: number,
  quoted: boolean,
  report: (d: ParseDiagnostic) => void,
): string {
  const raw = src.slice(start, end);
  // Fast path: nothing to decode.
  if ((!quoted || raw.indexOf('\\') < 0) && raw.indexOf('{') < 0) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if ((c === 36 || c === 37) && raw.charCodeAt(i + 1) === c && raw.charCodeAt(i + 2) === 123) {
      out += raw[i] + '{';
      i += 3;
      continue;
    }
    if (c === 92 && quoted) {
      if (i + 1 >= raw.length) {
        report(escapeDiag(start + i, start + i + 1, 'Backslash must be followed by an escape sequence selector character.'));
        out += '\\';
        i++;
        continue;
      }
      const sel = raw[i + 1]!;
      switch (sel) {
        case 'n':
          out += '\n';
          i += 2;
          continue;
        case 'r':
          out += '\r';
          i += 2;
          continue;
        case 't':
          out += '\t';
          i += 2;
          continue;
        case '"':
          out += '"';
          i += 2;
          continue;
        case '\\':
          out += '\\';
          i += 2;
          continue;
        case 'u':
        case 'U': {
          const width = sel === 'u' ? 4 : 8;
          const hex = raw.slice(i + 2, i + 2 + width);
          if (!(width === 4 ? HEX4 : HEX8).test(hex)) {
            const detail =
              sel === 'u'
                ? 'The \\u escape sequence must be followed by four hexadecimal digits.'
                : 'The \\U escape sequence must be followed by eight hexadecimal digits.';
            const hexLen = /^[0-9A-Fa-f]*/.exec(raw.slice(i + 2, i + 2 + width))![0].length;
            report(escapeDiag(start + i, start + i + 2 + hexLen, detail));
            out += raw.slice(i, i + 2 + hexLen);
            i += 2 + hexLen;
            continue;
          }
          const cp = parseInt(hex, 16);
          if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            report(escapeDiag(start + i, start + i + 2 + width, `Cannot encode character U+${hex.toLowerCase()} in UTF-8.`));
            out += raw.slice(i, i + 2 + width);
          } else out += String.fromCodePoint(cp);
          i += 2 + width;
          continue;
        }
        default: {
          const len = (raw.codePointAt(i + 1) ?? 0) > 0xffff ? 2 : 1;
          const sym = raw.slice(i + 1, i + 1 + len);
          report(escapeDiag(start + i, start + i + 1 + len, `The symbol ${JSON.stringify(sym)} is not a valid escape sequence selector.`));
          out += sym;
          i += 1 + len;
          continue;
        }
      }
    }
    out += raw[i];
    i++;
  }
  return out;
}

function escapeDiag(start: number, end: number, detail: string): ParseDiagnostic {
  return { severity: 'error', summary: 'Invalid escape sequence', detail, subject: { start, end } };
}
