// SPDX-License-Identifier: Apache-2.0
// What a model list or a rule read of a Terraform module, for the editor's reuse of the previous
// keystroke's results (service/tf-reuse.ts). The module's accessors (TfModule.ofType, dataOfType,
// hasResource, resources, resourceTypes, files) add what they were asked for to the recorder running:
// `resource:<type>`, `data:<type>`, or `*` (everything). Nothing is recorded when no recorder runs (the
// CLI), and recording never changes a result.

let current: Set<string> | undefined;

/** Adds a key to the recorder running, if any. */
export function recordRead(key: string): void {
  if (current) current.add(key);
}

/** Runs `fn` recording what it reads into `into` (nested recorders: the inner one only). */
export function recordingReads<T>(into: Set<string>, fn: () => T): T {
  const outer = current;
  current = into;
  try {
    return fn();
  } finally {
    current = outer;
    // What the inner step read, the outer one read too.
    if (outer) for (const k of into) outer.add(k);
  }
}

/**
 * AST nodes the model makes itself rather than the parser (dynamic blocks expanded, iterator references
 * renamed, `each.value` followed through a `for_each` object), with the path of the file they copy their
 * offsets from. The incremental parse moves only its own nodes after an edit; reused model objects that
 * hold these copies must have them moved too (service/tf-reuse.ts).
 */
export const synthesizedNodes = new WeakMap<object, string>();

/** Runs `fn` with no recorder: for a view that exposes only part of what it reads (its reader records). */
export function unrecorded<T>(fn: () => T): T {
  const outer = current;
  current = undefined;
  try {
    return fn();
  } finally {
    current = outer;
  }
}

/**
 * How a list builder gets the element it makes of one resource instance: by building it (no source
 * installed: the CLI, a fresh analysis), or from the previous keystroke when the instance's block was not
 * re-parsed and nothing the element read changed (service/tf-reuse.ts). `tag` names the builder (two
 * builders may make elements of the same block in one list).
 */
export type ElementSource = <T>(tag: string, r: { readonly block: object; readonly address: string }, build: () => T) => T;

let elements: ElementSource | undefined;

/** The element a list builder makes of `r` (see ElementSource). */
export function perElement<T>(tag: string, r: { readonly block: object; readonly address: string }, build: () => T): T {
  if (!elements) return build();
  // An element's builder that makes elements itself builds them: only the outer element is kept.
  const source = elements;
  elements = undefined;
  try {
    return source(tag, r, build);
  } finally {
    elements = source;
  }
}

/** Runs `fn` (one list's build) with `source` giving its elements. */
export function withElements<T>(source: ElementSource | undefined, fn: () => T): T {
  const outer = elements;
  elements = source;
  try {
    return fn();
  } finally {
    elements = outer;
  }
}
