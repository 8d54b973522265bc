// SPDX-License-Identifier: Apache-2.0
// JSON documents written in pieces: the text `JSON.stringify(value, null, 2)` gives, byte for byte, as a
// sequence of chunks, so that a scan's JSON or SARIF output of a monorepo (tens of thousands of findings,
// tens of megabytes) is never one string, nor one array of per-finding objects: `JsonList` maps each item
// when its turn comes. `test/unit/report/json-chunks.test.ts` holds the chunks to JSON.stringify.

/**
 * An array whose elements are made when written: `items` mapped by `map`. Written in pieces by
 * `jsonChunks`; anywhere else (`JSON.stringify`) it is the mapped array.
 */
export class JsonList<T, U> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T, index: number) => U,
  ) {}

  toJSON(): U[] {
    return this.items.map(this.map);
  }
}

/** Arrays longer than this are written element by element (each element whole) at any depth. */
const LONG_ARRAY = 32;
/**
 * Objects and arrays shallower than this are written member by member: the document's frame (SARIF's
 * results are at `runs[0].results`, the report's controls at `frameworks[i].controls`), whatever its size.
 */
const FRAME_DEPTH = 4;

/**
 * Whether `v` (an object at `depth`) is written member by member: in the frame, a JsonList, or a long array.
 * Everything else is written whole by JSON.stringify (per element of a list: a finding is one chunk).
 */
function streamed(v: object, depth: number): boolean {
  return depth < FRAME_DEPTH || v instanceof JsonList || (Array.isArray(v) && v.length > LONG_ARRAY);
}

/** `JSON.stringify(value, null, 2)` in chunks (none for a value JSON.stringify leaves out). */
export function* jsonChunks(value: unknown): Generator<string> {
  yield* chunksOf(value, '', 0, '');
}

/** The whole text, for callers that want a string (`jsonChunks` joined; equal to `JSON.stringify(value, null, 2)`). */
export function jsonText(value: unknown): string {
  return joined(jsonChunks(value));
}

/** An output file holding one JSON document, in pieces: the document, then a newline. */
export function* jsonFileChunks(doc: unknown): Generator<string> {
  yield* jsonChunks(doc);
  yield '\n';
}

/** Pieces joined into one string (for callers that want the text whole). */
export function joined(chunks: Iterable<string>): string {
  let out = '';
  for (const c of chunks) out += c;
  return out;
}

function* chunksOf(value: unknown, indent: string, depth: number, key: string): Generator<string> {
  let v = value;
  // What JSON.stringify does first: toJSON (Date, JsonList), then what may not be written at all.
  if (typeof v === 'object' && v !== null && !(v instanceof JsonList) && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON(k: string): unknown }).toJSON(key);
  if (v instanceof JsonList) {
    yield* listChunks(v, indent, depth);
    return;
  }
  if (typeof v !== 'object' || v === null || !streamed(v, depth)) {
    const text = JSON.stringify(v, null, 2) as string | undefined;
    if (text !== undefined) yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < v.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      yield* elementChunks(v[i], inner, depth + 1, String(i));
    }
    yield `\n${indent}]`;
    return;
  }
  const o = v as Record<string, unknown>;
  let first = true;
  for (const k of Object.keys(o)) {
    const member = o[k];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    // A member whose toJSON answers undefined is left out too: known only once it is asked.
    const chunks = chunksOf(member, inner, depth + 1, k);
    const head = chunks.next();
    if (head.done) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(k)}: `;
    first = false;
    yield head.value;
    yield* chunks;
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * An array element: in the document's frame (shallow) it may hold a list and goes through chunksOf; deeper,
 * it is written whole unless it is a list or a long array itself. What JSON.stringify leaves out of an
 * object is `null` in an array.
 */
function* elementChunks(value: unknown, indent: string, depth: number, key: string): Generator<string> {
  if (typeof value === 'object' && value !== null && (value instanceof JsonList || (Array.isArray(value) && value.length > LONG_ARRAY) || depth < FRAME_DEPTH)) {
    let wrote = false;
    for (const c of chunksOf(value, indent, depth, key)) {
      wrote = true;
      yield c;
    }
    if (!wrote) yield 'null';
    return;
  }
  yield wholeElement(value, indent, key);
}

/**
 * An element written by JSON.stringify at `indent`: stringified inside as many arrays as indent levels,
 * which indents it exactly, then sliced out (cheaper than re-indenting its lines). An element with its own
 * toJSON is indented line by line instead (JSON.stringify would hand it the key "0", not its index).
 */
function wholeElement(value: unknown, indent: string, key: string): string {
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const text = JSON.stringify((value as { toJSON(k: string): unknown }).toJSON(key), null, 2) as string | undefined;
    if (text === undefined) return 'null';
    return text.replace(/\n/g, `\n${indent}`);
  }
  const levels = indent.length >> 1;
  let wrapped: unknown = value;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  const { head, tail } = frame(levels);
  return text.slice(head, text.length - tail);
}

/** Lengths of what `levels` nested one-element arrays add before and after their element. */
const frames: { head: number; tail: number }[] = [];
function frame(levels: number): { head: number; tail: number } {
  let f = frames[levels];
  if (!f) {
    let head = 0;
    let tail = 0;
    for (let i = 0; i < levels; i++) {
      head += 2 * i + 2; // indentation, "[", newline
      tail += 2 * i + 2; // newline, indentation, "]"
    }
    f = frames[levels] = { head: head + 2 * levels, tail };
  }
  return f;
}

function* listChunks<T, U>(list: JsonList<T, U>, indent: string, depth: number): Generator<string> {
  const { items, map } = list;
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  yield '[';
  for (let i = 0; i < items.length; i++) {
    const sep = `${i === 0 ? '' : ','}\n${inner}`;
    const item = map(items[i]!, i);
    // An item is written whole, one chunk with its separator (a finding), unless it is a list itself.
    if (item instanceof JsonList || (Array.isArray(item) && item.length > LONG_ARRAY)) {
      yield sep;
      yield* elementChunks(item, inner, depth + 1, String(i));
    } else yield sep + wholeElement(item, inner, String(i));
  }
  yield `\n${indent}]`;
}
