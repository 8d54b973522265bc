// SPDX-License-Identifier: Apache-2.0
// The extension-host suite's entry point in the @vscode/test-electron style: VS Code (here code-server, or
// desktop VS Code through `npm run test:vscode`) loads this file as `extensionTestsPath` and calls run().
// Runs every *.e2e.js beside it with mocha, in a fixed order (the audit first, on the files as on disk),
// and writes the per-test results as JSON for scripts/e2e/run.mjs to count.

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** Files in the order they run; any other *.e2e.js runs after them, alphabetically. */
const ORDER = ['audit', 'diagnostics', 'hover', 'quickfix', 'fixall', 'typing', 'settings', 'suppress'];

export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

function resultsPath(): string {
  if (process.env.IAC_E2E_RESULTS) return process.env.IAC_E2E_RESULTS;
  // Fallback: beside the workspace folder (the runners copy the fixture workspace into a run directory).
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd();
  return path.join(path.dirname(folder), 'ext-host-results.json');
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.e2e.js'));
  const rank = (f: string): number => {
    const i = ORDER.indexOf(f.replace(/\.e2e\.js$/, ''));
    return i < 0 ? ORDER.length : i;
  };
  files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const results: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = resultsPath();
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
      console.log(`[e2e] extension-host suite: ${results.filter((r) => r.state === 'passed').length} passing, ${results.filter((r) => r.state === 'failed').length} failing`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 }));
    runner.on('fail', (t, err: Error) =>
      results.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error: (err && (err.stack ?? err.message)) || String(err) }),
    );
  });
}
