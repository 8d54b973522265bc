// SPDX-License-Identifier: Apache-2.0
// Watches the project file `iacCompliance.configFile` names, which may lie outside the workspace (the
// language client's own file events cover the workspace only), and tells the server when it changes on
// disk (workspace/didChangeWatchedFiles), so an edit to a shared project file applies as one in the
// workspace does. Re-created whenever the setting changes.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageclient/node';
import type { LanguageClient } from 'vscode-languageclient/node';

export class ConfigFileWatcher implements vscode.Disposable {
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly listener: vscode.Disposable;

  constructor(private readonly client: LanguageClient) {
    this.watch();
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('iacCompliance.configFile')) this.watch();
    });
  }

  private watch(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    const setting = vscode.workspace.getConfiguration('iacCompliance').get<string>('configFile', '').trim();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (!setting || (!path.isAbsolute(setting) && !folder)) return;
    const file = path.isAbsolute(setting) ? setting : path.resolve(folder!, setting);
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), path.basename(file)));
    const tell = (type: FileChangeType) => (uri: vscode.Uri) =>
      void this.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri.toString(), type }] });
    this.watcher.onDidCreate(tell(FileChangeType.Created));
    this.watcher.onDidChange(tell(FileChangeType.Changed));
    this.watcher.onDidDelete(tell(FileChangeType.Deleted));
  }

  dispose(): void {
    this.watcher?.dispose();
    this.listener.dispose();
  }
}
