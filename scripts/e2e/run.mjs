// SPDX-License-Identifier: Apache-2.0
// `npm run test:e2e`: the real-editor end-to-end tests (docs/e2e.md).
//   1. installs what is missing (scripts/e2e/install.mjs), builds, compiles the tests, packages the .vsix;
//   2. extension-host suite (test/e2e/suite) in code-server, with the development copy of the extension;
//   3. what a person sees: Chromium drives code-server with the packaged .vsix installed (scripts/e2e/ui.mjs);
//   4. Neovim (headless) against dist/server.js --stdio (scripts/e2e/nvim-smoke.lua).
// Prints one final line `N passed, N failed`; exits non-zero on any failure.
// Usage: node scripts/e2e/run.mjs [suite] [ui] [nvim] [--no-build] [--update-images]
//   levels default to all three; --no-build skips the build; --update-images copies the README's screenshots to docs/images/.

import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { install, NVIM, ROOT } from './install.mjs';
import { installVsix, log, makeRunDir, prepareWorkspace, runSuiteInBrowser, sh, startCodeServer, stopAll, SUITE_PATH } from './lib.mjs';
import { runUiScenarios } from './ui.mjs';

const args = process.argv.slice(2);
const levels = args.filter((a) => !a.startsWith('--'));
const want = (l) => levels.length === 0 || levels.includes(l);
const VSIX = path.join(ROOT, 'iac-compliance.vsix');

/** @type {{ level: string, title: string, ok: boolean, error?: string }[]} */
const results = [];
const record = (level, title, ok, error) => {
  results.push({ level, title, ok, error });
  console.log(`${ok ? '  ✓' : '  ✗'} [${level}] ${title}${ok ? '' : `\n      ${String(error).split('\n').join('\n      ')}`}`);
};

async function suiteLevel(runDir) {
  const ws = prepareWorkspace(path.join(runDir, 'suite-workspace'));
  const resultsFile = path.join(runDir, 'ext-host-results.json');
  const cs = await startCodeServer(path.join(runDir, 'suite-code-server'), { env: { IAC_E2E_RESULTS: resultsFile } });
  log(`extension-host suite: code-server pid ${cs.pid} on port ${cs.port}`);
  const lines = [];
  let code;
  try {
    code = await runSuiteInBrowser({ port: cs.port, workspace: ws, devPath: ROOT, testsPath: SUITE_PATH, profileDir: path.join(runDir, 'suite-chromium'), onLog: (s) => lines.push(s) });
  } finally {
    cs.stop();
  }
  fs.writeFileSync(path.join(runDir, 'ext-host.log'), lines.join('\n') + '\n');
  log(`extension-host suite finished (codeAutomationExit ${code})`);
  if (!fs.existsSync(resultsFile)) {
    record('ext-host', 'extension-host suite ran', false, `no results (exit ${code}); see ${path.join(runDir, 'ext-host.log')} and ${cs.logFile}`);
    return;
  }
  for (const r of JSON.parse(fs.readFileSync(resultsFile, 'utf8'))) record('ext-host', r.title, r.state === 'passed', r.error);
  if (code !== 0 && !results.some((r) => r.level === 'ext-host' && !r.ok)) record('ext-host', 'extension-host suite exit code', false, `codeAutomationExit(${code})`);
}

async function uiLevel(runDir) {
  const ws = prepareWorkspace(path.join(runDir, 'ui-workspace'));
  const state = path.join(runDir, 'ui-code-server');
  installVsix(state, VSIX);
  const cs = await startCodeServer(state);
  log(`what a person sees: code-server pid ${cs.pid} on port ${cs.port}, ${path.basename(VSIX)} installed`);
  const shots = path.join(runDir, 'screenshots');
  fs.mkdirSync(shots, { recursive: true });
  try {
    for (const r of await runUiScenarios({ port: cs.port, workspace: ws, shotsDir: shots, profileDir: path.join(runDir, 'ui-chromium') })) record('ui', r.title, r.ok, r.error);
  } finally {
    cs.stop();
  }
  log(`screenshots in ${shots}`);
  if (args.includes('--update-images')) {
    // The ones shown in the README.
    for (const [from, to] of [
      ['terraform-hover.png', 'hover-terraform.png'],
      ['terraform-quickfix.png', 'quickfix-terraform.png'],
      ['audit-report.png', 'audit-report.png'],
      ['compliance-view.png', 'compliance-view.png'],
      ['walkthrough.png', 'walkthrough.png'],
      ['report-html.png', 'report-html.png'],
    ]) {
      if (fs.existsSync(path.join(shots, from))) fs.copyFileSync(path.join(shots, from), path.join(ROOT, 'docs', 'images', to));
    }
    log('docs/images updated');
  }
}

function excludedRules(ws) {
  return JSON.parse(fs.readFileSync(path.join(ws, '.vscode', 'settings.json'), 'utf8'))['iacCompliance.excludedRules'];
}

function nvimLevel(runDir) {
  const dir = path.join(runDir, 'nvim');
  const ws = prepareWorkspace(path.join(dir, 'workspace'));
  const file = path.join(ws, 'quickfix', 'key.tf');
  const xdg = path.join(dir, 'xdg');
  const env = { ...process.env, XDG_DATA_HOME: xdg, XDG_STATE_HOME: xdg, XDG_CACHE_HOME: xdg, XDG_CONFIG_HOME: xdg, FILE: file, SERVER: path.join(ROOT, 'dist', 'server.js'), NODE: process.execPath, EXCLUDED: excludedRules(ws).join(',') };
  return new Promise((resolve) => {
    const child = spawn(NVIM, ['--headless', '--clean', '-n', '-c', `luafile ${path.join(ROOT, 'scripts', 'e2e', 'nvim-smoke.lua')}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      fs.writeFileSync(path.join(dir, 'nvim.log'), out);
      const ok = code === 0 && /\nOK\s*$/.test('\n' + out.trim());
      record('nvim', 'Neovim: diagnostics, hover, code action applied and saved (quickfix/key.tf)', ok, ok ? undefined : `exit ${code ?? signal}\n${out.trim()}`);
      resolve();
    });
  });
}

async function main() {
  const t0 = Date.now();
  install();
  const tInstalled = Date.now();
  if (!args.includes('--no-build')) {
    for (const script of ['build', 'compile:tests', ...(want('ui') ? ['package'] : [])]) {
      if (sh('npm', ['run', '--silent', script], { stdio: ['ignore', 'ignore', 'inherit'] }) !== 0) throw new Error(`npm run ${script} failed`);
    }
  }
  log(`ready (install ${((tInstalled - t0) / 1000).toFixed(1)}s, build ${((Date.now() - tInstalled) / 1000).toFixed(1)}s)`);
  const runDir = makeRunDir();
  log(`run directory ${runDir}`);
  for (const [level, fn] of [['suite', suiteLevel], ['ui', uiLevel], ['nvim', nvimLevel]]) {
    if (!want(level)) continue;
    try {
      await fn(runDir);
    } catch (e) {
      record(level, `${level} level`, false, e?.stack ?? String(e));
    }
  }
  log(`total ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

let failedHard = false;
try {
  await main();
} catch (e) {
  failedHard = true;
  console.error(e?.stack ?? String(e));
} finally {
  stopAll();
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed + (failedHard || results.length === 0 ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
