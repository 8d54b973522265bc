// SPDX-License-Identifier: Apache-2.0
// iacCompliance/auditWorkspace (custom request) and the iacCompliance.auditWorkspace command: analyze
// every Terraform and CloudFormation file of the workspace folders and publish diagnostics for the files
// that are not open, so the Problems panel shows the whole workspace. It yields to other messages every
// 20 files or 25 ms, and stops at the next file when cancelled: by `$/cancelRequest`, or (clients other
// than ours, which shows its own progress) through the work-done progress it reports, cancellable with
// `window/workDoneProgress/cancel` or the client's own workDoneToken. A file
// whose size and modification time are unchanged since the previous audit is not read again. With
// `report: true` the result carries the HTML compliance report for the client's webview; with `tree: true`
// the same report as plain data for the Compliance view.

import { statSync } from 'node:fs';
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import { CommandIds, Notifications, Requests } from '../protocol';
import type { AuditParams, AuditProgress, AuditResult, FrameworkScore } from '../protocol';
import type { FileAnalysis } from '../service/analysis';
import { resultOfDigests } from '../report/scan-result';
import { buildComplianceReport } from '../report/compliance';
import type { ComplianceReport } from '../report/compliance';
import { toHtml } from '../report/html';
import { frameworkName } from '../report/markdown';
import type { ServerState } from '../lsp/state';
import { diagnosticsOf, scheduleValidation } from '../lsp/publish';
import { meetsThreshold } from '../lsp/to-lsp';
import { keptProjectFindings, projectFindingKey, projectItemOf } from '../service/workspace-controls';
import { planOfListings, scanOne } from '../service/workspace-scan';
import type { DigestRun, FileDigest, ScanError } from '../service/scan-digest';
import type { RuleRun } from '../engine/runner';
import { totalsOfFindings } from '../report/totals';
import { gitState } from '../report/git-state';
import { pathToUri } from '../lsp/uri';
import { listWorkspaceFilesAsync } from '../service/workspace-files';
import { revealPlaceholder } from './revealPlaceholder';
import { treeDataOf } from '../report/tree-data';

/** Where an audit reports its progress, and a second way to cancel it (a server-created progress). */
interface AuditProgressSink {
  reporter: WorkDoneProgressReporter;
  token?: CancellationToken;
}

const YIELD_MS = 25;
/** Least time between two "listing files" progress reports, in ms. */
const WALK_REPORT_MS = 100;

export async function auditWorkspace(state: ServerState, params: AuditParams, token?: CancellationToken, progress?: AuditProgressSink): Promise<AuditResult> {
  const cancelled = (): boolean => !!token?.isCancellationRequested || !!progress?.token?.isCancellationRequested;
  progress?.reporter.begin('IaC Compliance: auditing the workspace', 0, undefined, true);
  try {
    return await audit(state, params, cancelled, progress?.reporter);
  } finally {
    progress?.reporter.done();
  }
}

async function audit(state: ServerState, params: AuditParams, cancelled: () => boolean, reporter: WorkDoneProgressReporter | undefined): Promise<AuditResult> {
  const started = Date.now();
  const folders = params.folders && params.folders.length > 0 ? params.folders : state.workspaceFolders;
  const openPaths = new Set(state.documents.all().map((d) => state.pathOf(d.uri)));
  const result: AuditResult = { files: 0, findings: 0, bySeverity: {}, read: 0 };
  const analyses: FileAnalysis[] = [];
  const digests: FileDigest[] = [];
  const failed: ScanError[] = [];
  const absolute = new Map<string, string>();
  // Files reported by an earlier audit that this one no longer finds (deleted, excluded) are cleared.
  const previous = new Set(state.auditedUris);
  state.auditedUris.clear();
  // The walk of a huge tree pauses for other messages and stops when the audit is cancelled.
  const work: { folder: string; paths: string[] }[] = [];
  for (const folder of folders) {
    let read = 0;
    // The first report comes with the walk's first pause (the user sees at once that it is under way),
    // then at most one per WALK_REPORT_MS.
    let reported = 0;
    const paths = await listWorkspaceFilesAsync(folder, params.exclude ?? [], {
      cancelled,
      progress: (n) => {
        read = n;
        if (Date.now() - reported < WALK_REPORT_MS) return;
        reported = Date.now();
        reporter?.report(`listing files: ${n} folders`);
      },
    });
    if (paths === null) {
      state.log(`audit cancelled while listing the files of ${folder} (after ${read} folders)`);
      // Keep what the cancelled audit did not get to re-check.
      for (const uri of previous) state.auditedUris.add(uri);
      return result;
    }
    work.push({ folder, paths });
  }
  // The same entries and per-file analysis as the CLI's scan (service/workspace-scan.ts); the service keeps
  // its analyses, so the next audit re-reads only the files that changed.
  const plan = planOfListings(work.map((w) => ({ root: w.folder, paths: w.paths })));
  const total = plan.entries.length;
  const runs = new WeakMap<RuleRun, DigestRun | null>();
  let done = 0;
  let yielded = Date.now();
  for (const entry of plan.entries) {
    const { path } = entry;
    if (cancelled()) {
      state.log(`audit cancelled after ${done} of ${total} files`);
      // Keep what the cancelled audit did not get to re-check.
      for (const uri of previous) state.auditedUris.add(uri);
      return result;
    }
    // Let cancellation and edits in between files.
    if (++done % 20 === 0) {
      void state.connection.sendNotification(Notifications.auditProgress, { done, total } satisfies AuditProgress);
      reporter?.report(Math.floor((done / Math.max(total, 1)) * 100), `${done} of ${total} files`);
    }
    if (done % 20 === 0 || Date.now() - yielded > YIELD_MS) {
      await new Promise((r) => setImmediate(r));
      yielded = Date.now();
      if (cancelled()) continue;
    }
    const stamp = stampOf(path);
    if (stamp === undefined || state.auditStamps.get(path) !== stamp) {
      state.service.invalidate(path);
      result.read!++;
    }
    if (stamp !== undefined) state.auditStamps.set(path, stamp);
    const outcome = scanOne(state.service, entry, runs, (a) => analyses.push(a));
    if (outcome === null) continue;
    if ('failed' in outcome) {
      failed.push(outcome.failed);
      continue;
    }
    result.files++;
    digests.push(outcome);
    absolute.set(entry.file, path);
  }
  // Account-level findings stand once per workspace: the same ones the CLI and the report keep.
  const before = state.projectFindings;
  state.projectFindings = keptProjectFindings(digests.map(projectItemOf));
  for (const a of analyses) {
    if (openPaths.has(a.path)) continue;
    const uri = pathToUri(a.path);
    state.auditedUris.add(uri);
    previous.delete(uri);
    void state.connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(state, a) });
  }
  // Open documents whose account-level findings the workspace's verdict changed get them (or lose them).
  for (const doc of state.documents.all()) {
    const path = state.pathOf(doc.uri);
    const keys = state.service.analyzeFile(path).findings.filter((f) => f.kind === 'missing').map((f) => projectFindingKey(f.ruleId, path));
    if (keys.some((k) => before.has(k) !== state.projectFindings.has(k))) scheduleValidation(state, doc.uri);
  }
  for (const uri of previous) {
    if (!state.documents.get(uri)) void state.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
  // The report counts what the Problems panel shows: rules turned off in the settings are left out.
  const excluded = new Set(state.settings.excludedRules);
  const rules = state.service.activeRules.filter((r) => !excluded.has(r.meta.id));
  const config = state.service.projectConfig;
  const scanned = resultOfDigests(digests, rules);
  scanned.errors.push(...failed);
  // Counted as the Problems panel shows them, with `scan`'s definitions (report/totals.ts).
  const shown = scanned.findings.filter((f) => state.settings.enable && !excluded.has(f.ruleId) && meetsThreshold(f.severity, state.settings.severityThreshold));
  const totals = totalsOfFindings(shown, result.files);
  result.findings = totals.violations;
  result.cannotVerify = totals.cannotVerify;
  result.suppressed = totals.suppressed;
  result.unjustified = totals.unjustified;
  result.bySeverity = {};
  for (const f of shown) if (!f.suppressed && f.kind !== 'unverifiable') result.bySeverity[f.severity] = (result.bySeverity[f.severity] ?? 0) + 1;
  // The report's totals and finding lists are those shown (a rule turned off in the settings, or a
  // finding under the severity threshold, is in neither); control statuses come from the rules in force.
  const report = buildComplianceReport({ ...scanned, findings: shown }, rules, config?.frameworks && config.frameworks.length > 0 ? config.frameworks : undefined, new Date(), {
    roots: folders,
    excluded: params.exclude ?? [],
    git: folders[0] ? gitState(folders[0]) : null,
  });
  result.scores = scoresOf(report);
  if (params.report) {
    const command = (id: string, args: unknown[]): string => `command:${id}?${encodeURIComponent(JSON.stringify(args))}`;
    result.reportHtml = toHtml(report, {
      link: (file, line) => {
        const path = absolute.get(file);
        return path === undefined ? undefined : command(CommandIds.openLocation, [pathToUri(path), line]);
      },
      actions: [
        { label: 'Save as HTML', href: command(CommandIds.saveReport, ['html']) },
        { label: 'Save as Markdown', href: command(CommandIds.saveReport, ['markdown']) },
      ],
    });
    // Saved files are made when asked for (handlers/reportFile.ts): the HTML of a large workspace is tens of MB.
    state.lastReport = report;
  }
  if (params.tree) {
    result.tree = treeDataOf(report, (file) => {
      const path = absolute.get(file);
      return path === undefined ? undefined : pathToUri(path);
    });
  }
  state.log(
    `audit: ${result.files} file(s) (${result.read} read from disk) in ${Date.now() - started} ms: ${result.findings} violation(s), ${result.cannotVerify} cannot verify, ${result.suppressed} suppressed`,
  );
  return result;
}

function stampOf(path: string): string | undefined {
  try {
    const st = statSync(path);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return undefined;
  }
}

function scoresOf(report: ComplianceReport): FrameworkScore[] {
  return report.frameworks.map((f) => ({
    id: f.view ? `${f.key}:${f.view}` : f.key,
    name: frameworkName(f),
    passRate: f.passRate,
    pass: f.counts.pass,
    fail: f.counts.fail + f.counts['excepted-unjustified'],
    unknown: f.counts.unknown,
  }));
}

/**
 * The work-done progress of an audit: the client's own token when it sent one (cancelled with the
 * request), else one the server creates (cancelled with window/workDoneProgress/cancel). Not for our
 * VS Code client, which shows its own progress from iacCompliance/auditProgress.
 */
async function progressOf(state: ServerState, workDoneToken: unknown): Promise<AuditProgressSink | undefined> {
  if (typeof workDoneToken === 'string' || typeof workDoneToken === 'number') return { reporter: state.connection.window.attachWorkDoneProgress(workDoneToken) };
  if (state.ownAuditUi || !state.workDoneProgressCapability) return undefined;
  const reporter = await state.connection.window.createWorkDoneProgress();
  return { reporter, token: reporter.token };
}

export function registerAuditWorkspace(state: ServerState): void {
  state.connection.onRequest(Requests.auditWorkspace, async (params: (AuditParams & { workDoneToken?: unknown }) | null, token) =>
    auditWorkspace(state, params ?? {}, token, await progressOf(state, params?.workDoneToken)),
  );
  state.connection.onExecuteCommand(async (params, token) => {
    if (params.command === CommandIds.revealPlaceholder) return revealPlaceholder(state, params.arguments ?? []);
    if (params.command !== CommandIds.auditWorkspace) return null;
    return auditWorkspace(state, (params.arguments?.[0] as AuditParams | undefined) ?? {}, token, await progressOf(state, params.workDoneToken));
  });
}
