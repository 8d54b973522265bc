// SPDX-License-Identifier: Apache-2.0
// Where two texts differ: the length of their common prefix and of their common suffix (not overlapping
// it). Every keystroke asks this of the whole document (the incremental parses, the calm), so it compares
// blocks of characters as strings first: V8 compares two flat strings' characters in bulk, while a
// `charCodeAt` loop costs a call per character (~13 against ~210-320 microseconds for a 65 KB text).

const BLOCK = 512;

export function commonAffixes(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix + BLOCK <= max && a.slice(prefix, prefix + BLOCK) === b.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const al = a.length;
  const bl = b.length;
  let suffix = 0;
  while (suffix + BLOCK <= max - prefix && a.slice(al - suffix - BLOCK, al - suffix) === b.slice(bl - suffix - BLOCK, bl - suffix)) suffix += BLOCK;
  while (suffix < max - prefix && a.charCodeAt(al - 1 - suffix) === b.charCodeAt(bl - 1 - suffix)) suffix++;
  return { prefix, suffix };
}
