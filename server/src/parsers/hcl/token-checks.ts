// SPDX-License-Identifier: Apache-2.0
// Diagnostics about tokens that are never valid (a bitwise operator, `;`, a single quote, a quoted string
// split over lines, a character the language does not use). Like hclsyntax, these come first and do not
// influence the parser's recovery; the repeat limits are HashiCorp's, so the same file gives the same
// diagnostics.

import type { ParseDiagnostic } from './ast';
import { T } from './tokens';
import type { TokenStream } from './tokens';

const BITWISE_HINT: Partial<Record<T, string>> = {
  [T.BitwiseAnd]: ' Did you mean boolean AND ("&&")?',
  [T.BitwiseOr]: ' Did you mean boolean OR ("||")?',
  [T.BitwiseNot]: ' Did you mean boolean NOT ("!")?',
};

export function tokenDiagnostics(src: string, tokens: TokenStream): ParseDiagnostic[] {
  const out: ParseDiagnostic[] = [];
  let bitwise = 0;
  let backtick = 0;
  let apostrophe = 0;
  let semicolon = 0;
  let badUtf8 = 0;
  const add = (summary: string, detail: string, i: number): void => {
    out.push({ severity: 'error', summary, detail, subject: { start: tokens.starts[i]!, end: tokens.ends[i]! } });
  };
  for (let i = 0; i < tokens.count; i++) {
    const type = tokens.types[i] as T;
    switch (type) {
      case T.BitwiseAnd:
      case T.BitwiseOr:
      case T.BitwiseXor:
      case T.BitwiseNot:
        if (bitwise < 4) add('Unsupported operator', `Bitwise operators are not supported.${BITWISE_HINT[type] ?? ''}`, i);
        bitwise++;
        break;
      case T.Backtick:
        // Backticks come in pairs: one diagnostic per pair, for the first two pairs.
        if (backtick % 2 === 0) add('Invalid character', 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".', i);
        if (backtick <= 2) backtick++;
        break;
      case T.Apostrophe:
        if (apostrophe % 2 === 0) add('Invalid character', 'Single quotes are not valid. Use double quotes (") to enclose strings.', i);
        if (apostrophe <= 2) apostrophe++;
        break;
      case T.Semicolon:
        if (semicolon < 1) add('Invalid character', 'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.', i);
        semicolon++;
        break;
      case T.BadUTF8:
        if (badUtf8 < 1) add('Invalid character encoding', 'All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.', i);
        badUtf8++;
        break;
      case T.QuotedNewline:
        add(
          'Invalid multi-line string',
          'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.',
          i,
        );
        break;
      case T.Invalid: {
        const ch = src.slice(tokens.starts[i]!, tokens.ends[i]!);
        if (ch === '\u201c' || ch === '\u201d') {
          add('Invalid character', '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".', i);
        } else add('Invalid character', 'This character is not used within the language.', i);
        break;
      }
      default:
        break;
    }
  }
  return out;
}
