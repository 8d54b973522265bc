// SPDX-License-Identifier: Apache-2.0
// The lowest floor: a source span, shared by both parsers, the model, the rules and the report.

/** A half-open source span in UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A span in a named file: where a model value, a finding or a default was written. */
export interface SourceRef {
  /** The file path as the service knows it (absolute, or relative to the scanned root). */
  file: string;
  /** [start, end) UTF-16 offsets into that file's text. */
  span: Span;
}

export function sourceRef(file: string, span: Span): SourceRef {
  return { file, span: { start: span.start, end: span.end } };
}
