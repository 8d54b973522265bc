// SPDX-License-Identifier: Apache-2.0
// Where a model value came from. Rules report these, never lines: the engine turns a SourceRef into a range
// with the file's LineIndex at the edge (LSP positions, CLI columns, SARIF regions).

import type { Span } from '../parsers/hcl/ast';

export type Platform = 'terraform' | 'cloudformation';

export interface SourceRef {
  /** The file path as the service knows it (absolute, or relative to the scanned root). */
  file: string;
  /** [start, end) UTF-16 offsets into that file's text. */
  span: Span;
}

export function sourceRef(file: string, span: Span): SourceRef {
  return { file, span: { start: span.start, end: span.end } };
}
