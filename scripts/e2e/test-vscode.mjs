// SPDX-License-Identifier: Apache-2.0
// `npm run test:vscode`: the extension-host suite (test/e2e/suite) through @vscode/test-electron's
// runTests, the standard path. Where desktop VS Code can be downloaded, runTests downloads and runs it;
// otherwise (offline, as on the CI machine) vscodeExecutablePath points at scripts/e2e/code-server-vscode.mjs,
// which runs the same suite in code-server. IAC_E2E_VSCODE=desktop or =code-server forces one of them.
// Prints one final line `N passed, N failed`.

import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './install.mjs';
import { log, makeRunDir, prepareWorkspace, sh, SUITE_PATH } from './lib.mjs';

const require = createRequire(import.meta.url);
const { runTests } = require('@vscode/test-electron');

/** Whether VS Code's update server answers (a HEAD request, 5 s at most). */
function canDownloadVSCode() {
  return new Promise((resolve) => {
    const req = https.request('https://update.code.visualstudio.com/api/releases/stable', { method: 'HEAD', timeout: 5000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 400);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

let passed = 0;
let failed = 0;
try {
  for (const script of ['build', 'compile:tests']) {
    if (sh('npm', ['run', '--silent', script], { stdio: ['ignore', 'ignore', 'inherit'] }) !== 0) throw new Error(`npm run ${script} failed`);
  }
  const runDir = makeRunDir('iac-e2e-vscode-');
  const workspace = prepareWorkspace(path.join(runDir, 'workspace'));
  const results = path.join(runDir, 'ext-host-results.json');
  const mode = process.env.IAC_E2E_VSCODE ?? ((await canDownloadVSCode()) ? 'desktop' : 'code-server');
  log(`runTests with ${mode === 'desktop' ? 'desktop VS Code (downloaded by @vscode/test-electron)' : 'code-server (scripts/e2e/code-server-vscode.mjs)'}`);
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE_PATH,
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { IAC_E2E_RESULTS: results },
      ...(mode === 'desktop' ? {} : { vscodeExecutablePath: path.join(ROOT, 'scripts', 'e2e', 'code-server-vscode.mjs') }),
    });
  } catch (e) {
    console.error(`runTests: ${e?.message ?? e}`);
    failed += fs.existsSync(results) ? 0 : 1;
  }
  if (fs.existsSync(results)) {
    for (const r of JSON.parse(fs.readFileSync(results, 'utf8'))) {
      if (r.state === 'passed') passed++;
      else {
        failed++;
        console.log(`  ✗ ${r.title}\n      ${String(r.error).split('\n').join('\n      ')}`);
      }
    }
  }
} catch (e) {
  console.error(e?.stack ?? String(e));
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
