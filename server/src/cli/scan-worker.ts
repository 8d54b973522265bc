// SPDX-License-Identifier: Apache-2.0
// A worker thread of the scan pool (scan-pool.ts): builds the analysis service the main thread would use
// (the same rules by id, project file, inputs and size limit), then analyses the units it is sent, one
// folder at a time, and answers with their digests.

import { parentPort, workerData } from 'node:worker_threads';
import { ALL_RULES } from '../../../rules';
import { loadProjectConfig } from '../service/project-config';
import { scanUnit } from '../service/workspace-scan';
import { MissingFold } from '../service/missing-fold';
import type { ScanOutcome } from '../service/workspace-scan';
import { scanService } from '../report/scan-result';
import { ScanCache } from '../service/scan-cache';
import { decodeInputs } from '../core/encoded-inputs';
import type { WorkReply, WorkRequest, WorkerSetup } from './scan-pool';

const setup = workerData as WorkerSetup;
const byId = new Map(ALL_RULES.map((r) => [r.meta.id, r]));
const rules = setup.ruleIds.map((id) => byId.get(id)!);
const loaded = setup.configFile ? loadProjectConfig(setup.configFile, rules) : undefined;
const cache = setup.cache ? new ScanCache(setup.cache.dir, setup.cache.key, setup.cache.widerKey) : undefined;
const service = scanService(rules, { ...(setup.inputs ? { inputs: decodeInputs(setup.inputs) } : {}), ...(setup.maxFileSize !== undefined ? { maxFileSize: setup.maxFileSize } : {}) }, loaded?.config, cache);

parentPort!.on('message', (req: WorkRequest) => {
  const outcomes: [number, ScanOutcome][] = [];
  const before = cache ? { ...cache.stats } : undefined;
  // What cannot be kept within this batch cannot be kept at all: not sent (the main thread folds again).
  const fold = MissingFold.of(setup.scope);
  for (const unit of req.units) {
    const results = scanUnit(service, setup.entries, unit, setup.scope ?? 'verdicts', cache);
    unit.forEach((i, k) => {
      outcomes.push([i, results[k]!]);
      fold?.add(i, results[k]!);
    });
  }
  // This batch's hits and misses: the main thread adds up every worker's.
  const stats = cache && before ? { hits: cache.stats.hits - before.hits, misses: cache.stats.misses - before.misses, stored: cache.stats.stored - before.stored } : undefined;
  parentPort!.postMessage({ outcomes, ...(stats ? { cache: stats } : {}) } satisfies WorkReply);
});
