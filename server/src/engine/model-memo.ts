// SPDX-License-Identifier: Apache-2.0
// Work done once per model (an index of log groups, the place where new resources go) and shared by every
// rule that needs it. A rule may be given a recording view of the model (service/cfn-reuse.ts): a Proxy
// that notes which parts of the model the rule reads, so that a later scenario can reuse the rule's
// findings when none of those parts changed. A value memoized while one rule's reads were recorded is then
// used by another rule without reading anything: so the memo keeps the reads its build made and adds them
// to every later user's, which keeps the recording whole.

/** Answered by a recording view of a model (or of its `aws`): the object it shows and where reads go. */
export const RECORDING = Symbol('model reads');

/**
 * Where a recording view's reads go: the names read (`reads`), and the read sets of the memoized values the
 * rule used (`shared`: each memo's set itself, not copied into every user's; a dozen rules use the index of
 * every resource, ~150 names each).
 */
export interface ReadHolder {
  reads: Set<string>;
  shared?: Set<ReadonlySet<string>>;
}

export interface RecordingView {
  target: object;
  holder: ReadHolder;
}

/** A read that makes a rule depend on the whole model (a memo built without a recording). */
export const READS_ALL = '*';

/** What building a memoized value read: its own names and the sets of the memos it used in turn. */
interface MemoReads {
  names: ReadonlySet<string>;
  shared: ReadonlySet<ReadonlySet<string>>;
}

const memos = new WeakMap<object, Map<string, { value: unknown; reads: MemoReads | undefined }>>();

function addShared(holder: ReadHolder, reads: MemoReads): void {
  const shared = (holder.shared ??= new Set());
  shared.add(reads.names);
  for (const s of reads.shared) shared.add(s);
}

/** Whether anything recorded in `holder` (names or shared sets) is one of `names`. */
export function readsAny(holder: Readonly<ReadHolder>, names: ReadonlySet<string>): boolean {
  for (const n of names) {
    if (holder.reads.has(n)) return true;
    if (holder.shared) for (const s of holder.shared) if (s.has(n)) return true;
  }
  return false;
}

/** `build()` once per model (or `aws` object) and key; `owner` may be a recording view. */
export function memoOn<T>(owner: object, key: string, build: () => T): T {
  const view = (owner as { [RECORDING]?: RecordingView })[RECORDING];
  const real = view ? view.target : owner;
  let m = memos.get(real);
  if (!m) memos.set(real, (m = new Map()));
  const hit = m.get(key);
  if (hit) {
    if (view) {
      if (hit.reads) addShared(view.holder, hit.reads);
      else view.holder.reads.add(READS_ALL);
    }
    return hit.value as T;
  }
  if (!view) {
    const value = build();
    m.set(key, { value, reads: undefined });
    return value;
  }
  const holder = view.holder;
  const outer = { reads: holder.reads, shared: holder.shared };
  const reads = new Set<string>();
  const shared = new Set<ReadonlySet<string>>();
  holder.reads = reads;
  holder.shared = shared;
  let value: T;
  try {
    value = build();
  } finally {
    holder.reads = outer.reads;
    holder.shared = outer.shared;
  }
  const made: MemoReads = { names: reads, shared };
  addShared(holder, made);
  m.set(key, { value, reads: made });
  return value;
}
