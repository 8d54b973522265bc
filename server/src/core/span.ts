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

/**
 * The spans sourceRef made (copies) while a Terraform keystroke analysis ran (trackingCopies). The editor's
 * keystroke reuse (service/tf-reuse.ts) moves these when an edit before them changes the file's length; the
 * span of a nodeRef is the parser's own node, which the incremental parse moves itself. Other analyses do
 * not pay for the set (CloudFormation makes a copy per value read).
 */
export const copiedSpans = new WeakSet<Span>();
let tracking = 0;

/** `f()` with the copies sourceRef makes recorded in copiedSpans. */
export function trackingCopies<T>(f: () => T): T {
  tracking++;
  try {
    return f();
  } finally {
    tracking--;
  }
}

/** A reference to `span` as it is now: a copy, for spans that are not a parser node's own (computed ones). */
export function sourceRef(file: string, span: Span): SourceRef {
  const copy = { start: span.start, end: span.end };
  if (tracking > 0) copiedSpans.add(copy);
  return { file, span: copy };
}

/**
 * A reference to a parser node (or a span the node owns, such as a block's `header`): the node itself, not
 * a copy, so it stays right when an incremental parse moves the node, and nothing else has to move it.
 * Readers see `span.start` / `span.end` as with sourceRef; the node's other fields are not part of it.
 */
export function nodeRef(file: string, node: Span): SourceRef {
  return new NodeRef(file, node);
}

/**
 * A SourceRef whose span is a parser node. Serialized as a plain SourceRef: the node's other fields (its
 * expression, a literal's value, which may be a secret) are never written out with it.
 */
class NodeRef implements SourceRef {
  constructor(
    readonly file: string,
    readonly span: Span,
  ) {}

  toJSON(): SourceRef {
    return { file: this.file, span: { start: this.span.start, end: this.span.end } };
  }
}
