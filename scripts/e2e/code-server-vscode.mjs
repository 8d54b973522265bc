#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// A stand-in for the VS Code executable, for @vscode/test-electron's runTests({ vscodeExecutablePath })
// where desktop VS Code cannot be downloaded: takes the arguments runTests passes
// (--extensionDevelopmentPath=, --extensionTestsPath=, a folder to open; the others are ignored), runs
// the suite in code-server with Chromium, and exits with the suite's exit code, as VS Code would.

import fs from 'node:fs';
import path from 'node:path';
import { install } from './install.mjs';
import { makeRunDir, runSuiteInBrowser, startCodeServer, stopAll } from './lib.mjs';

let devPath;
let testsPath;
let folder;
for (const a of process.argv.slice(2)) {
  if (a.startsWith('--extensionDevelopmentPath=')) devPath = a.slice(a.indexOf('=') + 1);
  else if (a.startsWith('--extensionTestsPath=')) testsPath = a.slice(a.indexOf('=') + 1);
  else if (!a.startsWith('-')) folder = a;
}

let code = 1;
try {
  if (!devPath || !testsPath) throw new Error('usage: code-server-vscode.mjs --extensionDevelopmentPath=<dir> --extensionTestsPath=<file> [folder]');
  install();
  const runDir = makeRunDir('iac-e2e-vscode-');
  const workspace = folder ? path.resolve(folder) : fs.mkdtempSync(path.join(runDir, 'empty-'));
  // extensionTestsPath may name the module without .js, as desktop VS Code allows.
  const tests = fs.existsSync(testsPath) || !fs.existsSync(`${testsPath}.js`) ? testsPath : `${testsPath}.js`;
  const cs = await startCodeServer(path.join(runDir, 'code-server'));
  try {
    const result = await runSuiteInBrowser({ port: cs.port, workspace, devPath: path.resolve(devPath), testsPath: path.resolve(tests), profileDir: path.join(runDir, 'chromium') });
    console.log(`codeAutomationExit(${result})`);
    code = result === 0 ? 0 : 1;
  } finally {
    cs.stop();
  }
} catch (e) {
  console.error(e?.stack ?? String(e));
} finally {
  stopAll();
}
process.exit(code);
