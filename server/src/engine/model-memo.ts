// SPDX-License-Identifier: Apache-2.0
// Work done once per model (an index of log groups, the place where new resources go) and shared by every
// rule that needs it. A rule may be given a recording view of the model (service/cfn-reuse.ts): a Proxy
// that notes which parts of the model the rule reads, so that a later scenario can reuse the rule's
// findings when none of those parts changed. A value memoized while one rule's reads were recorded is then
// used by another rule without reading anything: so the memo keeps the reads its build made and adds them
// to every later user's, which keeps the recording whole.

/** Answered by a recording view of a model (or of its `aws`): the object it shows and where reads go. */
export const RECORDING = Symbol('model reads');

export interface RecordingView {
  target: object;
  holder: { reads: Set<string> };
}

/** A read that makes a rule depend on the whole model (a memo built without a recording). */
export const READS_ALL = '*';

const memos = new WeakMap<object, Map<string, { value: unknown; reads: Set<string> | undefined }>>();

/** `build()` once per model (or `aws` object) and key; `owner` may be a recording view. */
export function memoOn<T>(owner: object, key: string, build: () => T): T {
  const view = (owner as { [RECORDING]?: RecordingView })[RECORDING];
  const real = view ? view.target : owner;
  let m = memos.get(real);
  if (!m) memos.set(real, (m = new Map()));
  const hit = m.get(key);
  if (hit) {
    if (view) {
      if (hit.reads) for (const r of hit.reads) view.holder.reads.add(r);
      else view.holder.reads.add(READS_ALL);
    }
    return hit.value as T;
  }
  if (!view) {
    const value = build();
    m.set(key, { value, reads: undefined });
    return value;
  }
  const outer = view.holder.reads;
  const reads = new Set<string>();
  view.holder.reads = reads;
  let value: T;
  try {
    value = build();
  } finally {
    view.holder.reads = outer;
  }
  for (const r of reads) outer.add(r);
  m.set(key, { value, reads });
  return value;
}
