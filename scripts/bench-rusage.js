// SPDX-License-Identifier: Apache-2.0
// Preloaded (`node -r`) into the processes `npm run bench` measures: at exit, writes the process's CPU time
// and peak resident memory (all threads) as JSON to the file BENCH_RUSAGE names.
'use strict';
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const u = process.resourceUsage();
  if (process.env.BENCH_RUSAGE) writeFileSync(process.env.BENCH_RUSAGE, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));
});
