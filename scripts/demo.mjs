// SPDX-License-Identifier: Apache-2.0
// `npm run demo`: the main job on the bundled example workspace. Findings are the point of the demo, so
// exit code 1 (findings) counts as success here; usage errors (2) and internal errors (3) do not.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['dist/cli.js', 'scan', 'examples'], { stdio: 'inherit' });
process.exit(r.status === 0 || r.status === 1 ? 0 : (r.status ?? 1));
