// SPDX-License-Identifier: Apache-2.0
// The "IaC Compliance" output channel: the language server's log (window/logMessage) and, with
// `iacCompliance.trace.server`, the JSON-RPC trace, plus the client's own lines (audits). It keeps the last
// lines in memory too, because VS Code offers no way to read a channel back: the extension-host tests read
// them through the extension's exports, to check that the server's log arrives.

import * as vscode from 'vscode';

export const OUTPUT_CHANNEL_NAME = 'IaC Compliance';
const KEPT_LINES = 500;

export class LogChannel implements vscode.OutputChannel {
  readonly name = OUTPUT_CHANNEL_NAME;
  private readonly channel = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME);
  private readonly kept: string[] = [];
  private partial = '';

  /** The last lines written (at most 500), oldest first. */
  get lines(): readonly string[] {
    return this.partial === '' ? this.kept : [...this.kept, this.partial];
  }

  append(value: string): void {
    this.channel.append(value);
    this.keep(value);
  }

  appendLine(value: string): void {
    this.channel.appendLine(value);
    this.keep(`${value}\n`);
  }

  /** A line of the client's own, timestamped like the language client's. */
  info(message: string): void {
    this.appendLine(`[Info  - ${new Date().toLocaleTimeString()}] ${message}`);
  }

  replace(value: string): void {
    this.channel.replace(value);
    this.kept.length = 0;
    this.partial = '';
    this.keep(value);
  }

  clear(): void {
    this.channel.clear();
    this.kept.length = 0;
    this.partial = '';
  }

  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean' || columnOrPreserveFocus === undefined) this.channel.show(columnOrPreserveFocus);
    else this.channel.show(columnOrPreserveFocus, preserveFocus);
  }

  hide(): void {
    this.channel.hide();
  }

  dispose(): void {
    this.channel.dispose();
  }

  private keep(text: string): void {
    const parts = (this.partial + text).split('\n');
    this.partial = parts.pop() ?? '';
    this.kept.push(...parts);
    if (this.kept.length > KEPT_LINES) this.kept.splice(0, this.kept.length - KEPT_LINES);
  }
}
