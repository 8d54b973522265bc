// SPDX-License-Identifier: Apache-2.0
// Helpers for the extension-host suite: fixture URIs, diagnostics in a comparable shape, and waits on
// events (onDidChangeDiagnostics, onDidChangeTabs) with a timeout, never fixed sleeps.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DiagnosticData } from '../../../server/src/protocol';

export const SOURCE = 'iac-compliance';
const TIMEOUT_MS = 20_000;

export function wsUri(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...rel.split('/'));
}

export async function open(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(wsUri(rel));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function rangeOf(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export interface Shape {
  code: string;
  severity: keyof typeof vscode.DiagnosticSeverity;
  range: string;
  message: string;
}

export function shape(d: vscode.Diagnostic): Shape {
  return { code: codeOf(d), severity: vscode.DiagnosticSeverity[d.severity] as Shape['severity'], range: rangeOf(d.range), message: d.message };
}

/** The `data` the server attached (the language client keeps it on the diagnostic object). */
export function dataOf(d: vscode.Diagnostic): DiagnosticData | undefined {
  return (d as vscode.Diagnostic & { data?: DiagnosticData }).data;
}

const describeAll = (uri: vscode.Uri): string => JSON.stringify(ours(uri).map(shape), null, 1);

/** Resolves with our diagnostics of `uri` as soon as `ok` holds for them (now or after a change event). */
export function waitForDiagnostics(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = TIMEOUT_MS): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const ds = ours(uri);
      if (!ok(ds)) return false;
      cleanup();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}; diagnostics now: ${describeAll(uri)}`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      sub.dispose();
    };
    check();
  });
}

/** Waits for diagnostics whose codes (in order) are exactly `codes`. */
export function waitForCodes(uri: vscode.Uri, codes: string[], timeoutMs = TIMEOUT_MS): Promise<vscode.Diagnostic[]> {
  const want = JSON.stringify(codes);
  return waitForDiagnostics(uri, (ds) => JSON.stringify(ds.map(codeOf)) === want, `codes ${want}`, timeoutMs);
}

/**
 * Waits until our diagnostics of `uri` have exactly these shapes. The server publishes for every version it
 * analysed, so a publish for an intermediate keystroke ("  e") may be current when a test starts waiting;
 * waiting on the codes alone would catch that stale state. Times out (and fails) with the state it saw.
 */
export function waitForShapes(uri: vscode.Uri, want: Shape[], timeoutMs = TIMEOUT_MS): Promise<vscode.Diagnostic[]> {
  const wanted = JSON.stringify(want);
  return waitForDiagnostics(uri, (ds) => JSON.stringify(ds.map(shape)) === wanted, `diagnostics ${wanted}`, timeoutMs);
}

/** Resolves once `ok` holds, checked now and on every event of `event`. */
export function waitForEvent<T>(event: vscode.Event<T>, ok: () => boolean, what: string, timeoutMs = TIMEOUT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ok()) return resolve();
    const sub = event(() => {
      if (!ok()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
  });
}

/** Resolves once the document's text satisfies `ok`. */
export function waitForText(doc: vscode.TextDocument, ok: (text: string) => boolean, what: string, timeoutMs = TIMEOUT_MS): Promise<void> {
  return waitForEvent(vscode.workspace.onDidChangeTextDocument, () => ok(doc.getText()), what, timeoutMs);
}

export async function setSetting(section: string, key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Framework summaries as they end the diagnostic messages (server/src/engine/framework-summary.ts). */
export const REFS = {
  S3_001: '[CIS AWS 5.0.0 2.1.4 (L1) · SOC 2 CC6.1, CC6.6]',
  S3_002: '[CIS AWS 1.4.0 2.1.1 (L2) · SOC 2 CC6.1, CC6.2, PI1.4]',
  S3_003: '[CIS AWS 5.0.0 2.1.1 (L2) · SOC 2 CC6.1, CC6.7]',
  KMS_001: '[CIS AWS 5.0.0 3.6 (L2) · SOC 2 CC6.1, PI1.5]',
  EC2_001: '[CIS AWS 5.0.0 5.3 (L1) · SOC 2 CC6.1, CC6.6, CC7.2]',
  RDS_001: '[CIS AWS 5.0.0 2.2.1 (L1) · SOC 2 CC6.1, CC6.2, PI1.5]',
  RDS_002: '[CIS AWS 5.0.0 2.2.3 (L1) · SOC 2 CC6.1, CC6.2, CC6.6]',
};
