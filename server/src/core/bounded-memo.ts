// SPDX-License-Identifier: Apache-2.0
// A lookup remembered per key, for questions asked of every resource or every read (which cloud a type
// belongs to, the name a recorded read goes by) over keys a workspace chooses: up to `limit` keys are kept,
// then the rest are computed each time, so a hostile workspace cannot grow the map without end.

export function boundedMemo<K, V>(compute: (key: K) => V, limit = 10_000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as V;
    const value = compute(key);
    if (known.size < limit) known.set(key, value);
    return value;
  };
}
