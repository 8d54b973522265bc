// SPDX-License-Identifier: Apache-2.0
// A young-generation collection while the server is idle. Each analysis leaves a few megabytes of
// short-lived objects (the previous tree's model, findings, the published JSON); left alone, V8 collects
// them in the middle of the NEXT keystroke's analysis, which is where the latency tail came from. Collecting
// them right after a publish, when nothing else is queued, costs under a millisecond of idle time.
// (`gc` is reached through V8's flag at run time, so plain `node dist/server.js` gets it too; when the
// runtime does not allow it this is a no-op.)

import { setFlagsFromString } from 'node:v8';
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

let scheduled: NodeJS.Immediate | undefined;

/** Runs a minor collection once the event loop has nothing else to do right now. */
export function collectWhenIdle(isBusy: () => boolean): void {
  if (scheduled) clearImmediate(scheduled);
  scheduled = setImmediate(() => {
    scheduled = undefined;
    if (isBusy()) return;
    try {
      collector()?.({ type: 'minor' });
    } catch {
      gc = null;
    }
  });
}
