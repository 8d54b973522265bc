// SPDX-License-Identifier: Apache-2.0
// Every output format, in one table: which command offers it (`scan` formats a scan, `report` the
// compliance report of one), and the function that writes it. The CLI commands and the editor's "Save
// Compliance Report As..." look formats up here; a baseline is part of the model they are given
// (`ScanResult.baseline`, `ComplianceReport.baseline`), so each format says what it left out in its own way.

import type { Rule } from '../engine/rule-api';
import type { ReportFrameworkKey } from '../engine/frameworks';
import type { ComplianceReport } from './compliance';
import type { ScanResult } from './scan-result';
import { codeClimateChunks } from './codeclimate';
import { gitlabSastChunks } from './gitlab-sast';
import { htmlChunks } from './html';
import { jsonScanChunks } from './json';
import { toJunit } from './junit';
import { markdownChunks } from './markdown';
import { sarifChunks } from './sarif';
import { toText } from './text';
import { jsonFileChunks, joined } from './json-chunks';

export interface ScanFormatInput {
  result: ScanResult;
  rules: readonly Rule[];
  colour: boolean;
  frameworks?: readonly ReportFrameworkKey[];
  /** When the scan started (GitLab's report records the scan's times). */
  started: Date;
}

export interface ReportFormatInput {
  report: ComplianceReport;
  /** The scan behind the report, with the baseline applied (SARIF lists its findings). */
  result: ScanResult;
  rules: readonly Rule[];
}

/**
 * `verdicts`: the format reads the workspace verdicts (the text format's per-framework table), not only
 * findings. `chunks`: the same text as `render`, in pieces made as they are written (the JSON formats and
 * the HTML and Markdown reports: a monorepo's output is never one string; cli/write-output.ts).
 */
export type OutputFormat =
  | { command: 'scan'; name: string; description: string; verdicts?: true; render(input: ScanFormatInput): string; chunks?(input: ScanFormatInput): Iterable<string> }
  | { command: 'report'; name: string; description: string; render(input: ReportFormatInput): string; chunks?(input: ReportFormatInput): Iterable<string> };

/** A format's text in pieces: its own, or its rendering as one piece. */
export function formatChunks<I>(format: { render(input: I): string; chunks?(input: I): Iterable<string> }, input: I): Iterable<string> {
  return format.chunks ? format.chunks(input) : [format.render(input)];
}

/** The JSON report: `summary` first (the same totals as `scan --format json`), then the header and the rest. */
export function reportJson(report: ComplianceReport): Record<string, unknown> {
  const { summary, header, frameworks, manual, exceptions, expiredExceptions } = report;
  return { summary, header, frameworks, manual, exceptions, expiredExceptions, ...(report.baseline ? { baselined: report.baseline.count } : {}) };
}

/** A format written in pieces: its pieces, and the same text whole. */
function inPieces<I>(chunks: (input: I) => Iterable<string>): { render(input: I): string; chunks(input: I): Iterable<string> } {
  return { chunks, render: (i) => joined(chunks(i)) };
}

export const OUTPUT_FORMATS: readonly OutputFormat[] = [
  { command: 'scan', name: 'text', description: 'findings by file, totals and per-framework table, for a terminal', verdicts: true, render: (i) => toText(i.result, i.rules, { colour: i.colour, ...(i.frameworks ? { frameworks: i.frameworks } : {}) }) },
  { command: 'scan', name: 'json', description: 'findings, errors, notes and totals', ...inPieces((i: ScanFormatInput) => jsonScanChunks(i.result)) },
  { command: 'scan', name: 'sarif', description: 'SARIF 2.1.0 (GitHub code scanning)', ...inPieces((i: ScanFormatInput) => sarifChunks(i.result, i.rules)) },
  { command: 'scan', name: 'gitlab-sast', description: 'GitLab security report', ...inPieces((i: ScanFormatInput) => gitlabSastChunks(i.result, i.rules, { start: i.started, end: new Date() })) },
  { command: 'scan', name: 'codeclimate', description: 'GitLab Code Quality', ...inPieces((i: ScanFormatInput) => codeClimateChunks(i.result)) },
  { command: 'report', name: 'html', description: 'the audit report as one HTML page', ...inPieces((i: ReportFormatInput) => htmlChunks(i.report)) },
  { command: 'report', name: 'md', description: 'the audit report in Markdown', ...inPieces((i: ReportFormatInput) => markdownChunks(i.report)) },
  // Every control lists the resources it judged: the corpus's report is 263 MB of JSON, and twice the corpus
  // was more than V8's longest string when it was one JSON.stringify.
  { command: 'report', name: 'json', description: 'the audit report as data', ...inPieces((i: ReportFormatInput) => jsonFileChunks(reportJson(i.report))) },
  { command: 'report', name: 'sarif', description: "SARIF 2.1.0 of the report's scan", ...inPieces((i: ReportFormatInput) => sarifChunks(i.result, i.rules)) },
  { command: 'report', name: 'junit', description: 'one test case per control (CI test reports)', render: (i) => toJunit(i.report) },
];

export function formatNames(command: OutputFormat['command']): string[] {
  return OUTPUT_FORMATS.filter((f) => f.command === command).map((f) => f.name);
}

export function scanFormat(name: string): Extract<OutputFormat, { command: 'scan' }> | undefined {
  return OUTPUT_FORMATS.find((f): f is Extract<OutputFormat, { command: 'scan' }> => f.command === 'scan' && f.name === name);
}

export function reportFormat(name: string): Extract<OutputFormat, { command: 'report' }> | undefined {
  return OUTPUT_FORMATS.find((f): f is Extract<OutputFormat, { command: 'report' }> => f.command === 'report' && f.name === name);
}
