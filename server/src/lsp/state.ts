// SPDX-License-Identifier: Apache-2.0
// The language server's state, shared by the handlers: connection, open documents, the analysis service,
// settings, and the validation scheduler.

import type { Connection, Diagnostic } from 'vscode-languageserver';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisService } from '../service/analysis';
import type { FileAnalysis } from '../service/analysis';
import type { ComplianceReport } from '../report/compliance';
import type { Rule } from '../engine/rule-api';
import { ALL_RULES } from '../../../rules';
import { DEFAULT_SETTINGS } from '../protocol';
import type { Settings } from '../protocol';
import { uriToPath } from './uri';
import type { TextEditSpan } from './calm';

export class ServerState {
  /**
   * The edits of each open document since its last validation, in order, as offsets (`null` when one
   * replaced the whole text): where findings kept while typing move to, and where the caret is (the
   * end of the last one). Taken from the content changes themselves: a text diff cannot tell `a\n|b`
   * typed from `a|\nb`. Consumed by publish.ts.
   */
  readonly edits = new Map<string, TextEditSpan[] | null>();
  readonly documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (doc, changes, version) => {
      let list: TextEditSpan[] | null = this.edits.has(doc.uri) ? (this.edits.get(doc.uri) ?? null) : [];
      for (const c of changes) {
        if ('range' in c) {
          const at = doc.offsetAt(c.range.start);
          list?.push({ at, removed: doc.offsetAt(c.range.end) - at, inserted: c.text.length });
        } else list = null;
        // update() applies in place and returns the same document, so each offset is in the text so far.
        doc = TextDocument.update(doc, [c], version);
      }
      this.edits.set(doc.uri, list);
      return doc;
    },
  });
  readonly service = new AnalysisService({ rules: ALL_RULES });
  readonly rulesById = new Map<string, Rule>(ALL_RULES.map((r) => [r.meta.id, r]));
  settings: Settings = DEFAULT_SETTINGS;
  workspaceFolders: string[] = [];
  /** Whether the client can answer workspace/configuration. */
  configurationCapability = false;
  /** Whether the client can open a document at a selection (window/showDocument). */
  showDocumentCapability = false;
  /** URIs with diagnostics published by the workspace audit (not open in the editor). */
  readonly auditedUris = new Set<string>();
  /** The workspace's custom rules in force (lsp/custom-rules.ts); none in an untrusted workspace. */
  customRules: readonly Rule[] = [];
  /** The folders they were read from (absolute), and the URIs of their rule files (problems are published on them). */
  customRuleDirs: string[] = [];
  customRuleUris = new Set<string>();
  /** Per rule file URI: warnings on its examples that do not hold, as judged when it was loaded. */
  readonly customRuleExamples = new Map<string, Diagnostic[]>();
  /** What the log last said about custom rules. */
  customRulesNote: string | undefined;
  /** The project file's URI, when there is one (its problems are published on it). */
  configUri: string | undefined;
  /**
   * False in an untrusted workspace (initializationOptions.workspaceTrusted): built-in rules only, no
   * project file, no var files from the settings.
   */
  trusted = true;
  /** The client supports server-created work-done progress (window.workDoneProgress). */
  workDoneProgressCapability = false;
  /** The client shows the audit's progress itself (our VS Code client): no work-done progress for it. */
  ownAuditUi = false;
  /** What the log last said about the project file in force (said again only when it changes). */
  projectFileNote: string | undefined;
  /** The `iacCompliance.configFile` setting the project file was last loaded for (undefined: not loaded yet). */
  projectFileSetting: string | undefined;
  /** Size and modification time of each file at the last audit, so a re-run reads only what changed. */
  readonly auditStamps = new Map<string, string>();
  /**
   * Account-level "missing" findings that stand for the workspace (rule + anchor path), from the latest
   * audit: published once, on their anchor, by the audit and by every later validation (a save or a
   * settings change keeps them), exactly the ones the CLI and the report count.
   */
  projectFindings = new Set<string>();
  /** The compliance report of the latest audit made with `report: true` (what the webview shows), for saving. */
  lastReport: ComplianceReport | undefined;
  /** The latest analysis per open document, by URI, with the version it was computed for. */
  readonly analyses = new Map<string, { version: number; analysis: FileAnalysis }>();

  constructor(readonly connection: Connection) {}

  pathOf(uri: string): string {
    return uriToPath(uri, this.documents.get(uri)?.languageId);
  }

  /** The analysis of an open document's current text (computed now if stale). */
  analysisFor(uri: string): FileAnalysis | null {
    const doc = this.documents.get(uri);
    if (!doc) return null;
    const cached = this.analyses.get(uri);
    if (cached && cached.version === doc.version) return cached.analysis;
    const path = this.pathOf(uri);
    this.service.setOverlay(path, doc.getText());
    const analysis = this.service.analyzeFile(path);
    this.analyses.set(uri, { version: doc.version, analysis });
    return analysis;
  }

  log(message: string): void {
    this.connection.console.log(message);
  }
}
