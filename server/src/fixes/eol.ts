// SPDX-License-Identifier: Apache-2.0
// Line endings: edits are built with `\n` and converted to the file's own convention, so a CRLF file
// never gets mixed endings.

export type Eol = '\n' | '\r\n';

/** The file's line ending: CRLF when most of its line breaks are CRLF. */
export function eolOf(text: string): Eol {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  return crlf > 0 && crlf * 2 >= lf ? '\r\n' : '\n';
}

export function withEol(s: string, eol: Eol): string {
  return eol === '\n' ? s : s.replace(/\r?\n/g, '\r\n');
}
