// SPDX-License-Identifier: Apache-2.0
// Shared pieces of the end-to-end runners: the fixture workspace copy, code-server (started on loopback
// with fresh state, stopped by PID whatever happens), Chromium through playwright-core, and the
// extension-host suite run through code-server's `payload` + `window.codeAutomationExit`.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { createRequire } from 'node:module';
import { CHROMIUM, CODE_SERVER_ENTRY, NODE24, ROOT } from './install.mjs';

const require = createRequire(import.meta.url);

/** The rules the fixtures in test/e2e/workspace were written for; rules added later are excluded there. */
export const KNOWN_RULES = ['AWS-S3-001', 'AWS-S3-002', 'AWS-S3-003', 'AWS-KMS-001', 'AWS-EC2-001', 'AWS-RDS-001', 'AWS-RDS-002'];

export const SUITE_PATH = path.join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js');

const t0 = Date.now();
export const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
export const log = (msg) => console.log(`[e2e ${elapsed()}] ${msg}`);

/** A fresh run directory under the OS temp dir. */
export function makeRunDir(prefix = 'iac-e2e-') {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Copies test/e2e/workspace to `dest` (tests edit files) and pins the rule set there, so the exact
 * expectations hold while rules are added: every rule not in KNOWN_RULES goes to iacCompliance.excludedRules.
 */
export function prepareWorkspace(dest) {
  fs.cpSync(path.join(ROOT, 'test', 'e2e', 'workspace'), dest, { recursive: true });
  const { ALL_RULES } = require(path.join(ROOT, 'out', 'rules', 'index.js'));
  const excludedRules = ALL_RULES.map((r) => r.meta.id).filter((id) => !KNOWN_RULES.includes(id));
  fs.mkdirSync(path.join(dest, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(dest, '.vscode', 'settings.json'), JSON.stringify({ 'iacCompliance.excludedRules': excludedRules }, null, 2) + '\n');
  return dest;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 100,
  'workbench.editor.enablePreview': false,
  'files.autoSave': 'off',
  'git.enabled': false,
  'workbench.reduceMotion': 'on',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

function codeServerEnv(stateDir, extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(stateDir, 'xdg'),
    XDG_DATA_HOME: path.join(stateDir, 'xdg'),
    XDG_CACHE_HOME: path.join(stateDir, 'xdg'),
    ...extra,
  };
}

function stateArgs(stateDir) {
  return ['--user-data-dir', path.join(stateDir, 'data'), '--extensions-dir', path.join(stateDir, 'exts')];
}

/** Installs a .vsix into the fresh extensions dir of `stateDir`. */
export function installVsix(stateDir, vsix) {
  const r = spawnSync(NODE24, [CODE_SERVER_ENTRY, ...stateArgs(stateDir), '--install-extension', vsix], { env: codeServerEnv(stateDir), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed: ${r.stdout}\n${r.stderr}`);
}

const live = new Set();

/** Stops every code-server this process started (by PID); safe to call more than once. */
export function stopAll() {
  for (const cs of [...live]) cs.stop();
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    stopAll();
    process.exit(130);
  });
}
process.on('exit', stopAll);

function healthy(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

/**
 * Starts code-server on 127.0.0.1:<free port> with fresh state in `stateDir` and resolves once /healthz
 * answers. `env` is passed on to the extension host (it inherits the server's environment).
 */
export async function startCodeServer(stateDir, { env = {}, userSettings = {} } = {}) {
  const port = await freePort();
  fs.mkdirSync(path.join(stateDir, 'data', 'User'), { recursive: true });
  fs.writeFileSync(path.join(stateDir, 'data', 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...userSettings }, null, 2) + '\n');
  const logFile = path.join(stateDir, 'code-server.log');
  const logStream = fs.createWriteStream(logFile, { flags: 'a' });
  const child = spawn(
    NODE24,
    [CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ...stateArgs(stateDir), '--vscode-option', 'enable-smoke-test-driver'],
    { env: codeServerEnv(stateDir, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let exited = false;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = true, `code-server exited (${code ?? signal})`))));
  const cs = {
    port,
    pid: child.pid,
    logFile,
    stop() {
      if (!live.has(cs)) return;
      live.delete(cs);
      if (exited) return;
      // code-server runs the extension host and the server as children: stop its process group.
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        try {
          child.kill('SIGTERM');
        } catch {
          /* already gone */
        }
      }
    },
    exited: exit,
  };
  live.add(cs);
  // Ready when code-server says it listens (an event on its output, not a sleep), then /healthz answers.
  let seen = '';
  const listening = new Promise((resolve) => {
    const onData = (chunk) => {
      logStream.write(chunk);
      if (seen !== null) {
        seen = (seen + chunk.toString()).slice(-4000);
        if (/HTTP server listening on/.test(seen)) {
          seen = null;
          resolve('listening');
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  let timer;
  const ready = await Promise.race([listening, exit, new Promise((r) => (timer = setTimeout(() => r('timeout'), 30_000)))]);
  clearTimeout(timer);
  if (ready !== 'listening' || !(await healthy(port))) {
    cs.stop();
    throw new Error(`code-server did not start (${ready}); see ${logFile}`);
  }
  return cs;
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Chromium (Debian's) with a fresh profile in `profileDir`. */
export async function launchChromium(profileDir, options = {}) {
  const { chromium } = require('playwright-core');
  fs.mkdirSync(profileDir, { recursive: true });
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, XDG_CONFIG_HOME: profileDir, XDG_CACHE_HOME: profileDir },
    viewport: { width: 1280, height: 800 },
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/**
 * Runs the extension-host suite in code-server: opens the workbench with
 * payload=[[extensionDevelopmentPath, …], [extensionTestsPath, …]] and waits for the workbench to call
 * window.codeAutomationExit(code). Resolves with the exit code (or 'timeout').
 */
export async function runSuiteInBrowser({ port, workspace, devPath, testsPath, profileDir, timeoutMs = 240_000, onLog = (s) => console.log(s) }) {
  const ctx = await launchChromium(profileDir);
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    let done;
    const exited = new Promise((r) => (done = r));
    await page.exposeFunction('codeAutomationLog', (_type, args) => onLog(`[ext-host] ${util.format(...(Array.isArray(args) ? args : [args]))}`));
    await page.exposeFunction('codeAutomationExit', (code) => done(code));
    const auth = `127.0.0.1:${port}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://${auth}${devPath}`],
      ['extensionTestsPath', `vscode-remote://${auth}${testsPath}`],
    ]);
    await page.goto(`http://${auth}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    let timer;
    const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)))]);
    clearTimeout(timer);
    return code;
  } finally {
    await ctx.close().catch(() => {});
  }
}

/** Runs a command and returns its exit status (output inherited). */
export function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  return r.status ?? 1;
}
