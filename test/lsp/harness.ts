// SPDX-License-Identifier: Apache-2.0
// An LSP client for tests and the latency bench: spawns the BUILT language server (`dist/server.js
// --stdio`) as a child process and talks JSON-RPC to it with vscode-jsonrpc. Everything waits on events
// (a publishDiagnostics for a uri and version, a predicate over the published list, a request's reply),
// each with a timeout that rejects; nothing sleeps. The child is always killed by `shutdown()`, also when
// it does not answer, and waiters fail at once (with the server's stderr) when it dies.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import type * as Rpc from 'vscode-jsonrpc/lib/node/main';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';

// vscode-jsonrpc 10 only declares `./node` through package.json "exports", which this project's
// `moduleResolution: node` does not read: the types come from the file itself, the module from Node.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const rpc = require('vscode-jsonrpc/node') as typeof Rpc;

/**
 * Writes each message (header and body) with one write() on the pipe, synchronously, so that `burst()`
 * can cork the pipe and hand the server several messages in one read. (vscode-jsonrpc's own stream
 * writer queues writes behind promises, which makes the chunking on the server side unpredictable.)
 */
class PipeMessageWriter extends rpc.AbstractMessageWriter implements Rpc.MessageWriter {
  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
  }

  write(msg: Rpc.Message): Promise<void> {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.stream.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    return Promise.resolve();
  }

  end(): void {}
}

export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = resolve(dir, '..');
    if (up === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = up;
  }
  return dir;
}

export const ROOT = repoRoot();
/** The built server; IAC_LSP_SERVER runs the suite against another bundle (a patched or older build). */
export const SERVER_JS = process.env.IAC_LSP_SERVER ? resolve(process.env.IAC_LSP_SERVER) : join(ROOT, 'dist', 'server.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'lsp');

/** A fixture's text (test/fixtures/lsp/<name>). */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}

/**
 * A file URI in a directory that does not exist on disk (unique to this process), so a Terraform
 * document's module is exactly the documents opened next to it.
 */
export function scratchUri(...segments: string[]): string {
  return fileUri(join(tmpdir(), `iac-compliance-lsp-${process.pid}-nonexistent`, ...segments));
}

export const DEFAULT_TIMEOUT_MS = 5000;

export interface StartOptions {
  /** Advertise `workspace.configuration`, so the server pulls settings (answered from `settings`). */
  configuration?: boolean;
  /** What a `workspace/configuration` request for section `iacCompliance` is answered with. */
  settings?: Record<string, unknown>;
  initializationOptions?: unknown;
  /** Workspace folders (file system paths). */
  workspaceFolders?: string[];
  /** Extra Node flags for the server process (`--cpu-prof`, ...). */
  execArgv?: string[];
  /** Working directory of the server (where --cpu-prof writes). */
  cwd?: string;
  /** Environment variables for the server, on top of this process's. */
  env?: Record<string, string>;
  serverPath?: string;
  /** More `textDocument` client capabilities (`{ semanticTokens: { dynamicRegistration: true } }`). */
  textDocumentCapabilities?: Record<string, unknown>;
  /** Advertise `window.showDocument` (answered with success, recorded in `shownDocuments`). */
  showDocument?: boolean;
  /** Advertise `window.workDoneProgress` (created tokens and `$/progress` are recorded in `progress`). */
  workDoneProgress?: boolean;
  /**
   * How messages travel: `stdio` (Content-Length framing on the server's stdin/stdout, what most editors
   * use; the default) or `ipc` (Node's IPC channel, `--node-ipc`: what the VS Code extension uses).
   */
  transport?: 'stdio' | 'ipc';
}

export interface Publish {
  params: PublishDiagnosticsParams;
  /** performance.now() when the notification was read. */
  at: number;
  /** Position in the session's log of publishes. */
  seq: number;
}

interface Waiter {
  uri: string;
  since: number;
  predicate: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: Publish) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

interface OpenDoc {
  text: string;
  version: number;
  languageId: string;
}

export interface WaitOptions {
  timeoutMs?: number;
  /**
   * Only publishes at or after this position in the log (see `mark()`). Default: the mark taken by the
   * last notification this session sent that can cause a publish (open, change, close, configuration).
   */
  since?: number;
}

export class LspSession {
  readonly publishes: Publish[] = [];
  readonly logMessages: string[] = [];
  readonly configurationRequests: unknown[] = [];
  /** What the server registered with client/registerCapability, in order. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** window/showDocument requests the server made. */
  readonly shownDocuments: { uri: string; selection?: Range; takeFocus?: boolean }[] = [];
  /** `$/progress` notifications, in order. */
  readonly progress: { token: string | number; value: { kind: 'begin' | 'report' | 'end'; cancellable?: boolean; percentage?: number; message?: string } }[] = [];
  private progressListeners = new Set<() => void>();
  /** Answered to `workspace/configuration`; tests mutate it (then call `changeConfiguration`). */
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private stderr = '';
  private exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private waiters = new Set<Waiter>();
  private configurationListeners = new Set<() => void>();
  private docs = new Map<string, OpenDoc>();
  /** Versions keep increasing per uri across close and reopen, so a version names one text. */
  private lastVersion = new Map<string, number>();
  private lastMark = 0;
  private disposed = false;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: Rpc.MessageConnection,
    readonly options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
  }

  /** Spawns the server and completes initialize / initialized. */
  static async start(options: StartOptions = {}): Promise<LspSession> {
    const serverPath = options.serverPath ?? SERVER_JS;
    if (!existsSync(serverPath)) throw new Error(`${serverPath} does not exist: run \`npm run build\` first`);
    const ipc = options.transport === 'ipc';
    const child = spawn(process.execPath, [...(options.execArgv ?? []), serverPath, ipc ? '--node-ipc' : '--stdio'], {
      cwd: options.cwd ?? ROOT,
      env: options.env ? { ...process.env, ...options.env } : process.env,
      stdio: ipc ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['pipe', 'pipe', 'pipe'],
    });
    const connection = ipc
      ? rpc.createMessageConnection(new rpc.IPCMessageReader(child), new rpc.IPCMessageWriter(child))
      : rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout!), new PipeMessageWriter(child.stdin!));
    const s = new LspSession(child, connection, options);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => {
      s.stderr += d;
    });
    // Writes to a dead server must fail the waiting test, not crash the test process.
    child.stdin!.on('error', () => undefined);
    child.on('exit', (code, signal) => {
      s.exited = { code, signal };
      s.failAll(new Error(`server exited (code ${code}, signal ${signal})${s.stderr ? `; stderr:\n${s.stderr}` : ''}`));
    });
    connection.onError(() => undefined);
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => s.onPublish(params));
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      s.logMessages.push(p.message);
    });
    connection.onNotification('window/showMessage', (p: { message: string }) => {
      s.logMessages.push(p.message);
    });
    connection.onNotification('$/logTrace', () => undefined);
    connection.onNotification('telemetry/event', () => undefined);
    connection.onRequest('workspace/configuration', (params: { items: { section?: string; scopeUri?: string }[] }) => {
      s.configurationRequests.push(params);
      queueMicrotask(() => {
        for (const l of [...s.configurationListeners]) l();
      });
      return params.items.map((item) => {
        if (item.section === 'iacCompliance') return s.settings;
        if (item.section === undefined || item.section === '') return { iacCompliance: s.settings };
        if (item.section.startsWith('iacCompliance.')) return s.settings[item.section.slice('iacCompliance.'.length)] ?? null;
        return null;
      });
    });
    connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      s.registrations.push(...p.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('$/progress', (p: LspSession['progress'][number]) => {
      s.progress.push(p);
      for (const l of [...s.progressListeners]) l();
    });
    connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
    connection.onRequest('window/showDocument', (p: { uri: string; selection?: Range; takeFocus?: boolean }) => {
      s.shownDocuments.push(p);
      return { success: true };
    });
    connection.listen();
    try {
      s.initializeResult = await s.request<InitializeResult>('initialize', {
        processId: process.pid,
        clientInfo: { name: 'iac-compliance-lsp-tests' },
        rootUri: options.workspaceFolders?.[0] ? fileUri(options.workspaceFolders[0]) : null,
        workspaceFolders: options.workspaceFolders?.map((p) => ({ uri: fileUri(p), name: p })) ?? null,
        initializationOptions: options.initializationOptions,
        capabilities: {
          workspace: { configuration: !!options.configuration, didChangeConfiguration: { dynamicRegistration: false }, workspaceFolders: true },
          ...(options.showDocument || options.workDoneProgress ? { window: { ...(options.showDocument ? { showDocument: { support: true } } : {}), ...(options.workDoneProgress ? { workDoneProgress: true } : {}) } } : {}),
          textDocument: {
            synchronization: { didSave: false },
            publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            codeAction: { isPreferredSupport: true, dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
            ...options.textDocumentCapabilities,
          },
        },
      });
      s.notify('initialized', {});
      // A server that pulls settings asks right after `initialized` and then re-validates: let that
      // finish, so tests start from a quiet server with the settings they passed.
      if (options.configuration) {
        await s.waitForConfigurationRequest(0);
        await s.barrier();
      }
    } catch (e) {
      await s.shutdown();
      throw e;
    }
    return s;
  }

  get alive(): boolean {
    return this.exited === null;
  }

  get serverStderr(): string {
    return this.stderr;
  }

  /** The current position in the log of publishes, for `WaitOptions.since`. */
  mark(): number {
    return this.publishes.length;
  }

  notify(method: string, params: unknown): void {
    if (this.exited) throw new Error(`server is not running (exited with ${this.exited.code}); stderr:\n${this.stderr}`);
    void this.connection.sendNotification(method, params).catch(() => undefined);
  }

  /**
   * A request that `cancel()` cancels with `$/cancelRequest` (as VS Code does when a user stops it); the
   * reply is still awaited, within the timeout.
   */
  cancellableRequest<T>(method: string, params: unknown, timeoutMs = DEFAULT_TIMEOUT_MS): { result: Promise<T>; cancel: () => void } {
    const source = new rpc.CancellationTokenSource();
    const result = this.request<T>(method, params, timeoutMs, source.token).finally(() => source.dispose());
    return { result, cancel: () => source.cancel() };
  }

  /** A request with a timeout (and rejection when the server dies). */
  request<T>(method: string, params?: unknown, timeoutMs = DEFAULT_TIMEOUT_MS, token?: Rpc.CancellationToken): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`server is not running; stderr:\n${this.stderr}`));
    return new Promise<T>((resolvePromise, reject) => {
      const onExit = (): void => reject(new Error(`server exited during ${method}; stderr:\n${this.stderr}`));
      const timer = setTimeout(() => {
        this.child.off('exit', onExit);
        reject(new Error(`${method}: no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.child.once('exit', onExit);
      const p = token ? this.connection.sendRequest(method, params, token) : params === undefined ? this.connection.sendRequest(method) : this.connection.sendRequest(method, params);
      (p as Promise<T>).then(
        (r) => {
          clearTimeout(timer);
          this.child.off('exit', onExit);
          resolvePromise(r);
        },
        (e: unknown) => {
          clearTimeout(timer);
          this.child.off('exit', onExit);
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  }

  // --- documents -------------------------------------------------------------------------------

  text(uri: string): string {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`${uri} is not open`);
    return d.text;
  }

  version(uri: string): number {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`${uri} is not open`);
    return d.version;
  }

  /** The LSP position of an offset in the document's current text. */
  positionAt(uri: string, offset: number): Position {
    return positionAt(this.text(uri), offset);
  }

  isOpen(uri: string): boolean {
    return this.docs.has(uri);
  }

  private nextVersion(uri: string): number {
    const v = (this.lastVersion.get(uri) ?? 0) + 1;
    this.lastVersion.set(uri, v);
    return v;
  }

  /** didOpen; returns the version sent. */
  open(uri: string, text: string, languageId = languageIdOf(uri)): number {
    const version = this.nextVersion(uri);
    this.docs.set(uri, { text, version, languageId });
    this.lastMark = this.mark();
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return version;
  }

  /**
   * didChange with content changes, applied in order as LSP specifies (each to the result of the
   * previous one); returns the new version.
   */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`${uri} is not open`);
    d.version = this.nextVersion(uri);
    this.lastMark = this.mark();
    this.notify('textDocument/didChange', { textDocument: { uri, version: d.version }, contentChanges: changes });
    // The client's own copy of the text is updated after the write, as an editor's buffer is already
    // changed when it sends: the server works meanwhile, and latency benchmarks do not count this client's
    // bookkeeping (applying the edit to a 2,000-line string) as the server's time.
    let text = d.text;
    for (const c of changes) text = 'range' in c && c.range ? applyTextEdits(text, [{ range: c.range, newText: c.text }]) : c.text;
    d.text = text;
    return d.version;
  }

  /** didChange replacing the whole text. */
  replace(uri: string, text: string): number {
    return this.change(uri, [{ text }]);
  }

  /**
   * didChange with LSP TextEdits (as a code action returns them, ranges in the current text): sent as
   * incremental changes from the end of the document backwards, so each range is still valid.
   */
  applyEdits(uri: string, edits: TextEdit[]): number {
    const sorted = [...edits].sort((a, b) => comparePos(b.range.start, a.range.start) || comparePos(b.range.end, a.range.end));
    return this.change(uri, sorted.map((e) => ({ range: e.range, text: e.newText })));
  }

  /** Replaces the first occurrence of `find` (after `after`, if given) with `by`, as an incremental change. */
  replaceText(uri: string, find: string, by: string, after?: string): number {
    const text = this.text(uri);
    const from = after === undefined ? 0 : text.indexOf(after);
    if (from < 0) throw new Error(`${JSON.stringify(after)} not in ${uri}`);
    const at = text.indexOf(find, from);
    if (at < 0) throw new Error(`${JSON.stringify(find)} not in ${uri}`);
    return this.change(uri, [{ range: { start: positionAt(text, at), end: positionAt(text, at + find.length) }, text: by }]);
  }

  close(uri: string): void {
    if (!this.docs.delete(uri)) throw new Error(`${uri} is not open`);
    this.lastMark = this.mark();
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /**
   * Runs `fn` (opens, changes, ...) with the pipe to the server corked: everything it sends reaches the
   * server in one chunk, as when a client writes faster than the server reads (fast typing, a paste,
   * a format-on-type). A server that coalesces validations sees the whole burst before validating.
   */
  burst<T>(fn: () => T): T {
    // Node's IPC channel has no cork: its messages go out as they are sent.
    if (this.options.transport === 'ipc') return fn();
    const stdin = this.child.stdin!;
    stdin.cork();
    try {
      return fn();
    } finally {
      stdin.uncork();
    }
  }

  // --- settings ----------------------------------------------------------------------------------

  /**
   * New `iacCompliance.*` settings. With the configuration capability the server is told that something
   * changed and pulls them (answered from `this.settings`); without it they travel in the notification.
   */
  changeConfiguration(settings: Record<string, unknown>): void {
    this.settings = settings;
    this.lastMark = this.mark();
    this.notify('workspace/didChangeConfiguration', { settings: this.options.configuration ? null : { iacCompliance: settings } });
  }

  /** Resolves with the first `$/progress` (from index `from`) that `predicate` accepts. */
  waitForProgress(predicate: (p: LspSession['progress'][number]) => boolean, from = 0, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<LspSession['progress'][number]> {
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.progressListeners.delete(check);
        reject(new Error(`no matching $/progress within ${timeoutMs} ms (${this.progress.length} seen)`));
      }, timeoutMs);
      const check = (): void => {
        const hit = this.progress.slice(from).find(predicate);
        if (!hit) return;
        clearTimeout(timer);
        this.progressListeners.delete(check);
        resolvePromise(hit);
      };
      this.progressListeners.add(check);
      check();
    });
  }

  /** Resolves once the server has sent more than `count` workspace/configuration requests. */
  waitForConfigurationRequest(count = this.configurationRequests.length, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    if (this.configurationRequests.length > count) return Promise.resolve();
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.configurationListeners.delete(check);
        reject(new Error(`no workspace/configuration request within ${timeoutMs} ms`));
      }, timeoutMs);
      const check = (): void => {
        if (this.configurationRequests.length <= count) return;
        clearTimeout(timer);
        this.configurationListeners.delete(check);
        resolvePromise();
      };
      this.configurationListeners.add(check);
    });
  }

  // --- diagnostics -------------------------------------------------------------------------------

  private onPublish(params: PublishDiagnosticsParams): void {
    const p: Publish = { params, at: performance.now(), seq: this.publishes.length };
    this.publishes.push(p);
    for (const w of [...this.waiters]) {
      if (w.uri === params.uri && p.seq >= w.since && w.predicate(params)) {
        this.waiters.delete(w);
        clearTimeout(w.timer);
        w.resolve(p);
      }
    }
  }

  /** Publishes for a uri, in arrival order. */
  publishesFor(uri: string): Publish[] {
    return this.publishes.filter((p) => p.params.uri === uri);
  }

  /**
   * The first publish for `uri` satisfying `predicate`, already received (at or after `since`) or still
   * to come; rejects after the timeout with what was published for the uri meanwhile.
   */
  waitForPublish(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true, options: WaitOptions = {}): Promise<Publish> {
    const since = options.since ?? this.lastMark;
    for (let i = since; i < this.publishes.length; i++) {
      const p = this.publishes[i]!;
      if (p.params.uri === uri && predicate(p.params)) return Promise.resolve(p);
    }
    if (this.exited) return Promise.reject(new Error(`server exited; stderr:\n${this.stderr}`));
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise<Publish>((resolvePromise, reject) => {
      const w: Waiter = {
        uri,
        since,
        predicate,
        resolve: resolvePromise,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(w);
          const seen = this.publishes
            .slice(since)
            .filter((p) => p.params.uri === uri)
            .map((p) => `  v${p.params.version ?? '-'}: ${p.params.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`).join(', ') || '(none)'}`);
          reject(new Error(`no matching publishDiagnostics for ${uri} within ${timeoutMs} ms; published meanwhile:\n${seen.join('\n') || '  nothing'}${this.stderr ? `\nserver stderr:\n${this.stderr}` : ''}`));
        }, timeoutMs),
      };
      this.waiters.add(w);
    });
  }

  /** The diagnostics of the first publish for `uri` satisfying `predicate` (see waitForPublish). */
  async waitForDiagnostics(uri: string, predicate: (diagnostics: Diagnostic[], p: PublishDiagnosticsParams) => boolean = () => true, options: WaitOptions = {}): Promise<Diagnostic[]> {
    const p = await this.waitForPublish(uri, (params) => predicate(params.diagnostics, params), options);
    return p.params.diagnostics;
  }

  /** The diagnostics published for `uri` at `version` (by default the document's current version). */
  async diagnosticsAt(uri: string, version = this.version(uri), options: Omit<WaitOptions, 'since'> = {}): Promise<Diagnostic[]> {
    // Versions are unique per uri in a session, so the whole log can be searched.
    const p = await this.waitForPublish(uri, (params) => params.version === version, { ...options, since: 0 });
    return p.params.diagnostics;
  }

  /**
   * Resolves once the server has handled everything sent before: a request round trip is answered only
   * after earlier messages were processed, and a second one lets callbacks those scheduled run.
   */
  async barrier(): Promise<void> {
    for (let i = 0; i < 3; i++) await this.request('iacCompliance/lsp-test-barrier', {}).catch(() => undefined);
  }

  // --- requests ----------------------------------------------------------------------------------

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[] | null> {
    return this.request<CodeAction[] | null>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}), triggerKind: 1 } });
  }

  // --- teardown ----------------------------------------------------------------------------------

  private failAll(e: Error): void {
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.reject(e);
    }
    this.waiters.clear();
  }

  /** shutdown + exit when the server still answers; the child is killed in every case. */
  async shutdown(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    try {
      if (this.alive) {
        await this.request('shutdown', undefined, 2000);
        this.notify('exit', undefined);
        await waitForExit(this.child, 2000);
      }
    } catch {
      // killed below
    } finally {
      this.failAll(new Error('session shut down'));
      this.connection.dispose();
      if (this.alive) {
        this.child.kill('SIGKILL');
        await waitForExit(this.child, 2000).catch(() => undefined);
      }
    }
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not exit')), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolvePromise();
    });
  });
}

/** Runs `fn` with a fresh server, always shutting it down. */
export async function withServer<T>(options: StartOptions, fn: (s: LspSession) => Promise<T>): Promise<T> {
  const s = await LspSession.start(options);
  try {
    return await fn(s);
  } finally {
    await s.shutdown();
  }
}

export function languageIdOf(uri: string): string {
  if (/\.tf$/.test(uri)) return 'terraform';
  if (/\.tfvars$/.test(uri)) return 'terraform-vars';
  if (/\.ya?ml$/.test(uri)) return 'yaml';
  if (/\.json$/.test(uri)) return 'json';
  return 'plaintext';
}

// --- text positions (UTF-16 code units, as LSP's default position encoding) ------------------------

function comparePos(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Offsets of line starts; a line ends at \n, \r\n or \r (as LSP defines). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** Offset of an LSP position (clamped to the line's end and the text, as clients do). */
export function offsetAt(text: string, pos: Position, starts = lineStarts(text)): number {
  if (pos.line >= starts.length) return text.length;
  if (pos.line < 0) return 0;
  const start = starts[pos.line]!;
  let end = pos.line + 1 < starts.length ? starts[pos.line + 1]! : text.length;
  // The position cannot point into the line break.
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return Math.min(Math.max(start + pos.character, start), end);
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  offset = Math.max(0, Math.min(offset, text.length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo]! };
}

/** The position of the first occurrence of `find` (after `after`), plus `delta` characters. */
export function positionOf(text: string, find: string, after?: string, delta = 0): Position {
  const from = after === undefined ? 0 : text.indexOf(after);
  if (from < 0) throw new Error(`${JSON.stringify(after)} not found`);
  const at = text.indexOf(find, from);
  if (at < 0) throw new Error(`${JSON.stringify(find)} not found`);
  return positionAt(text, at + delta);
}

/** The text a range covers. */
export function textOf(text: string, range: Range): string {
  const starts = lineStarts(text);
  return text.slice(offsetAt(text, range.start, starts), offsetAt(text, range.end, starts));
}

/**
 * Applies LSP TextEdits as a client does: all ranges refer to the original text and must not overlap;
 * edits at the same position keep their order.
 */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const starts = lineStarts(text);
  const resolved = edits
    .map((e, i) => ({ start: offsetAt(text, e.range.start, starts), end: offsetAt(text, e.range.end, starts), newText: e.newText, i }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const e of resolved) {
    if (e.end < e.start) throw new Error(`edit ${e.i} has its end before its start`);
    if (e.start < at) throw new Error(`edit ${e.i} overlaps the previous one`);
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Applies a WorkspaceEdit's edits for one document (`changes` or `documentChanges`). */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit | undefined, uri: string): string {
  return applyTextEdits(text, workspaceEditFor(edit, uri));
}

/** The TextEdits a WorkspaceEdit makes to one document. */
export function workspaceEditFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const out: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
  for (const dc of edit.documentChanges ?? []) {
    if ('textDocument' in dc && dc.textDocument.uri === uri) out.push(...(dc.edits as TextEdit[]));
  }
  return out;
}

/** Diagnostics in a stable, comparable shape: `RULE@line:char-line:char`. */
export function summarize(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
}

export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

/** A diagnostic as the tests compare it: everything but the offsets in `data` (they move with edits). */
export interface DiagnosticShape {
  code: string;
  severity: number | undefined;
  range: string;
  message: string;
  resource?: string;
  kind?: string;
}

export function shape(d: Diagnostic): DiagnosticShape {
  const data = d.data as { resource?: string; kind?: string } | undefined;
  const r = d.range;
  const out: DiagnosticShape = { code: String(d.code), severity: d.severity, range: `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`, message: d.message };
  if (data) {
    out.resource = data.resource;
    out.kind = data.kind;
  }
  return out;
}
