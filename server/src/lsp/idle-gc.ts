// SPDX-License-Identifier: Apache-2.0
// Young-generation collections while the server is idle. Each analysis leaves a few megabytes of
// short-lived objects (the previous tree's model, findings, the published JSON); when the young generation
// fills in the middle of a keystroke's analysis, V8 collects it there, which was the latency tail. So after
// a publish, when nothing else is queued, the young generation is collected, but only when it has no room
// for another analysis: a collection costs in proportion to what is still alive (the current analysis,
// copied each time), not to the garbage, so collecting after every keystroke cost a fifth of the server's
// CPU and promoted each analysis to the old generation (whose collections are the longest pauses).
// (`gc` is reached through V8's flag at run time, so plain `node dist/server.js` gets it too; when the
// runtime does not allow it this is a no-op.)

import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type?: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;

let gc: Gc | null | undefined;

function collector(): Gc | null {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as Gc;
    } catch {
      gc = null;
    }
  }
  return gc;
}

/** The young generation's bytes in use and free (null when V8 does not say). */
function youngGeneration(): { used: number; available: number } | null {
  try {
    const s = getHeapSpaceStatistics().find((x) => x.space_name === 'new_space');
    return s ? { used: s.space_used_size, available: s.space_available_size } : null;
  } catch {
    return null;
  }
}

/** Young-generation bytes in use after the previous idle check; -1 when unknown. */
let lastUsed = -1;
/** What one analysis allocates, lately (the largest seen, decaying so that one huge paste is forgotten). */
let perAnalysis = 0;

/**
 * Whether the young generation still has room for the next analysis (twice the largest lately). Learns
 * the allocation from the growth since the previous check; when a collection happened in between (the
 * young generation shrank) it cannot tell, and says no.
 */
export function hasRoom(now: { used: number; available: number }, previous: number, lately: number): { room: boolean; lately: number } {
  if (previous < 0 || now.used < previous) return { room: false, lately };
  const estimate = Math.max(now.used - previous, lately * 0.9);
  return { room: now.available > 2 * estimate, lately: estimate };
}

let scheduled: NodeJS.Immediate | undefined;

/** After a publish, once the event loop has nothing else to do: a minor collection, when one is due. */
export function collectWhenIdle(isBusy: () => boolean): void {
  if (scheduled) clearImmediate(scheduled);
  scheduled = setImmediate(() => {
    scheduled = undefined;
    if (isBusy()) return;
    const young = youngGeneration();
    if (young) {
      const decision = hasRoom(young, lastUsed, perAnalysis);
      perAnalysis = decision.lately;
      if (decision.room) {
        lastUsed = young.used;
        return;
      }
    }
    try {
      collector()?.({ type: 'minor' });
    } catch {
      gc = null;
    }
    lastUsed = youngGeneration()?.used ?? -1;
  });
}
