// SPDX-License-Identifier: Apache-2.0
// iacCompliance/reportFile (custom request): the report of the latest audit made with `report: true` (the
// one the editor's webview shows) as HTML or Markdown to save, made now by the functions the CLI's
// `report --format html` / `--format md` use. null when no audit has made a report yet.

import { Requests } from '../protocol';
import type { ReportFileParams } from '../protocol';
import { toHtml } from '../report/html';
import { toMarkdown } from '../report/markdown';
import type { ServerState } from '../lsp/state';

export function reportFile(state: ServerState, params: ReportFileParams): string | null {
  const report = state.lastReport;
  if (!report) return null;
  if (params.format === 'html') return toHtml(report);
  if (params.format === 'markdown') return toMarkdown(report);
  return null;
}

export function registerReportFile(state: ServerState): void {
  state.connection.onRequest(Requests.reportFile, (params: ReportFileParams) => reportFile(state, params ?? { format: 'html' }));
}
