// SPDX-License-Identifier: Apache-2.0
// What a workspace scan keeps of one file's analysis: its findings, errors and notes with their places in
// 1-based lines and columns, and the little the workspace verdicts need (report/compliance.ts,
// workspace-controls.ts). Plain data (no text, no parse tree, no model, no rule objects), so the analysis can
// be released after each file, and a digest made in a worker thread crosses to the main thread as is.
// Offsets become lines here, where the file's text is at hand.

import { sep } from 'node:path';
import type { FileAnalysis } from './analysis';
import type { FileKind } from './file-kinds';
import type { FindingLevel } from '../engine/rule-api';
import type { RuleRun } from '../engine/runner';
import type { Suppression, SuppressionOrigin } from '../engine/suppressions';
import type { Provenance, UnknownRef, Value } from '../core/value';
import { firstUnknown } from '../core/value';
import type { ReportFrameworkKey } from '../engine/frameworks';
import { PROJECT_CONFIG_NAME } from './project-config';
import { controlFound } from './workspace-controls';

export interface ScanFinding {
  ruleId: string;
  title: string;
  severity: FindingLevel;
  kind: 'violation' | 'unverifiable' | 'missing';
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  resource: string;
  message: string;
  /** Built-in framework keys, then the organisation's own (custom rules' `orgFrameworks`) by key. */
  frameworks: Partial<Record<ReportFrameworkKey, string[]>>;
  fixable: boolean;
  suppressed: boolean;
  justification?: string;
  /** The exception that suppresses the finding (for the register). */
  suppression?: ExceptionInfo;
  /** A suppression that would have applied but expired: the finding is reported again. */
  expiredSuppression?: ExceptionInfo;
  /** Unverifiable findings: what the value depends on (`{kind: 'variable', name: 'x'}`, ...). */
  unknown?: UnknownRef;
  /** Where the reported value came from when not written in place (a default, a tfvars file, a module call). */
  via?: ScanProvenance[];
  /** CloudFormation: the finding holds only for these values of conditions (any one of the lists). */
  when?: { condition: string; value: boolean }[][];
}

/** A Provenance with its place as a path relative to the scanned root and a 1-based line. */
export interface ScanProvenance {
  kind: Provenance['kind'];
  name: string;
  value: Value;
  file: string;
  line: number;
}

/** An exception as the register shows it. */
export interface ExceptionInfo {
  /** inline, metadata, config, or the peer tool whose syntax it is written in. */
  origin: SuppressionOrigin;
  /** The id as written (a peer tool's id for peer syntaxes, `*` for KICS' rule-less ignores). */
  id: string;
  justification: string;
  until: string | null;
  /** No reason given (peer syntaxes allow that; ours does not suppress without one). */
  noReason: boolean;
  /** Where it is written: the file and 1-based line (the project file for `config`). */
  file: string;
  line: number;
}

export interface ScanError {
  file: string;
  message: string;
  startLine: number;
  startColumn: number;
}

/** Information about evaluation (a module not installed, a module calling itself), with its place. */
export interface ScanNote {
  file: string;
  message: string;
  startLine: number;
  startColumn: number;
}

/** A finding without what its rule's metadata says (title, frameworks): filled in once, when results merge. */
export type DigestScanFinding = Omit<ScanFinding, 'title' | 'frameworks'>;

/** A finding as the workspace verdicts read it (evidence status, the decisive message, its exception). */
export interface EvidenceFinding {
  ruleId: string;
  kind: ScanFinding['kind'];
  resource: string;
  /** Set for a module instance's finding reported at the call (`module.db.aws_db_instance.this`). */
  module?: string;
  message: string;
  /** 1-based line of the finding in its file. */
  line: number;
  /** Rule, kind, file and span: the same finding seen from a module instance's run. */
  place: string;
  exception?: { justification: string; origin: string; until: string | null };
}

/** One rule's run over a module or template, as the verdicts read it. Shared by the files of a Terraform folder. */
export interface DigestRun {
  ruleId: string;
  project?: RuleRun['project'];
  /** Absolute path of the module's anchor file (main.tf) or the template. */
  anchor?: string;
  reason?: string;
  cloudUnused?: true;
  /** Resources judged (assessed, then evidence), with their absolute file and 1-based line. */
  resources: { file: string; address: string; line: number }[];
  /** Resources of workspace modules instantiated by calls of this root, at the call. */
  instances?: { address: string; file: string; line: number; findings: Pick<EvidenceFinding, 'place' | 'kind' | 'message'>[] }[];
}

/** One file's scan result. `findings` and `evidence` are parallel: the same findings, two views. */
export interface FileDigest {
  /** Absolute path. */
  path: string;
  /** The path shown (relative to its root, `/`-separated). */
  file: string;
  kind: FileKind;
  findings: DigestScanFinding[];
  evidence: EvidenceFinding[];
  errors: ScanError[];
  notes: ScanNote[];
  /** Shared by the digests of a folder's files (one list, never changed after digestOf). */
  runs: readonly DigestRun[];
  /**
   * Made for an output that lists findings only (`scan --format json`, SARIF...): `evidence` is empty and
   * `runs` holds only the account-level runs that found their control (what keeps or drops the "missing"
   * findings), without resources. Enough for resultOfDigests, not for the workspace verdicts.
   */
  findingsOnly?: true;
}

/** What a digest keeps: everything (the report, the text format's framework table), or findings only. */
export type DigestScope = 'verdicts' | 'findings';

function posix(p: string): string {
  return p.split(sep).join('/');
}

/** The key of a finding's place: rule, kind, file and span. */
export function findingPlace(f: { ruleId: string; kind: string; ref: { file: string; span: { start: number; end: number } } }): string {
  return [f.ruleId, f.kind, f.ref.file, f.ref.span.start, f.ref.span.end].join('\u0000');
}

/**
 * The digest of an analysis shown as `file`. `runs` maps the rule runs already digested (a Terraform
 * folder's files share theirs): pass the same map for the files of one folder so they share the digests too.
 */
export function digestOf(a: FileAnalysis, file: string, runs: WeakMap<RuleRun, DigestRun | null> = new WeakMap(), scope: DigestScope = 'verdicts'): FileDigest {
  const d: FileDigest = { path: a.path, file, kind: a.kind, findings: [], evidence: [], errors: [], notes: [], runs: [] };
  const verdicts = scope === 'verdicts';
  if (!verdicts) d.findingsOnly = true;
  const lineOf = (offset: number): number => a.lines.lspPosition(offset).line + 1;
  for (const s of a.syntax) {
    const p = a.lines.lspPosition(s.start);
    d.errors.push({ file, message: s.message, startLine: p.line + 1, startColumn: p.character + 1 });
  }
  for (const f of a.findings) {
    const s = a.lines.lspPosition(f.ref.span.start);
    const e = a.lines.lspPosition(f.ref.span.end);
    const item: DigestScanFinding = {
      ruleId: f.ruleId,
      severity: f.level,
      kind: f.kind,
      file,
      startLine: s.line + 1,
      startColumn: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      resource: f.resource,
      message: f.message,
      fixable: f.fixes.length > 0,
      suppressed: !!f.suppressedBy,
    };
    if (f.suppressedBy) {
      item.justification = f.suppressedBy.justification;
      item.suppression = exceptionInfo(f.suppressedBy, file, a);
    }
    if (f.expiredSuppression) item.expiredSuppression = exceptionInfo(f.expiredSuppression, file, a);
    if (f.unknown) item.unknown = f.unknown;
    if (f.via) item.via = f.via.map((p) => provenanceOf(p, file, a));
    if (f.when) item.when = f.when.map((conj) => conj.map((c) => ({ ...c })));
    d.findings.push(item);
    if (!verdicts) continue;
    const ev: EvidenceFinding = { ruleId: f.ruleId, kind: f.kind, resource: f.resource, message: f.message, line: s.line + 1, place: findingPlace(f) };
    if (f.module) ev.module = f.module;
    if (f.suppressedBy) ev.exception = { justification: f.suppressedBy.justification, origin: f.suppressedBy.origin, until: f.suppressedBy.until };
    d.evidence.push(ev);
  }
  for (const n of a.notes) {
    const pos = a.lines.lspPosition(n.ref.span.start);
    d.notes.push({ file, message: n.message, startLine: pos.line + 1, startColumn: pos.character + 1 });
  }
  for (const p of a.suppressionProblems) {
    const pos = a.lines.lspPosition(p.start);
    d.errors.push({ file, message: p.message, startLine: pos.line + 1, startColumn: pos.character + 1 });
  }
  if (!verdicts) {
    // Per-resource runs feed only the verdicts; what an account-level rule found decides the "missing" findings.
    // One list per model, shared by the files of its folder (a module's files all carry its runs).
    let found = foundLists.get(a.runs);
    if (!found) {
      found = [];
      for (const run of a.runs) if (controlFound(run)) found.push({ ruleId: run.rule.meta.id, project: run.project, resources: [] });
      foundLists.set(a.runs, found);
    }
    d.runs = found;
    return d;
  }
  // The files of a Terraform folder share their model's runs (hundreds): digested once, listed for each.
  const listed = runLists.get(a.runs);
  if (listed && listed.runs === runs) {
    d.runs = listed.list;
    return d;
  }
  const list: DigestRun[] = [];
  const locateLine = (ref: { file: string; span: { start: number } }): number => (ref.file === a.path ? lineOf(ref.span.start) : (a.locate(ref as never)?.line ?? 0) + 1);
  for (const run of a.runs) {
    let dr = runs.get(run);
    if (dr === undefined) {
      dr = digestRun(run, locateLine);
      runs.set(run, dr);
    }
    if (dr) list.push(dr);
  }
  d.runs = list;
  runLists.set(a.runs, { runs, list });
  return d;
}

/**
 * The findings-only digest of a full one: what digestOf makes with scope `findings` from the same analysis
 * (the same findings, errors and notes; no evidence; the account-level runs that found their control,
 * without resources). `lists` keeps the runs lists of one folder's digests shared, as digestOf does.
 */
export function findingsOnlyOf(d: FileDigest, lists: Map<readonly DigestRun[], DigestRun[]> = new Map()): FileDigest {
  if (d.findingsOnly) return d;
  let runs = lists.get(d.runs);
  if (!runs) {
    runs = d.runs.filter((r) => controlFound(r)).map((r) => ({ ruleId: r.ruleId, project: r.project, resources: [] }));
    lists.set(d.runs, runs);
  }
  return { ...d, evidence: [], runs, findingsOnly: true };
}

/** A model's runs that found their control, for findings-only digests (one list per model). */
const foundLists = new WeakMap<readonly RuleRun[], DigestRun[]>();

/** The digested list of a model's runs, made with one `runs` map (digestOf's cache of its last loop). */
const runLists = new WeakMap<readonly RuleRun[], { runs: WeakMap<RuleRun, DigestRun | null>; list: DigestRun[] }>();

/** A run's digest; null when it judged nothing here (it adds nothing to any verdict). */
function digestRun(run: RuleRun, lineOf: (ref: { file: string; span: { start: number } }) => number): DigestRun | null {
  const resources = [...run.assessed, ...(run.evidence ?? [])].map((r) => ({ file: r.ref.file, address: r.address, line: lineOf(r.ref) }));
  if (resources.length === 0 && !run.project && !run.instances?.length) return null;
  const out: DigestRun = { ruleId: run.rule.meta.id, resources };
  if (run.project) out.project = run.project;
  if (run.anchor) out.anchor = run.anchor.file;
  if (run.reason) out.reason = run.reason;
  if (run.cloudUnused) out.cloudUnused = true;
  if (run.instances) {
    out.instances = run.instances.map((i) => ({
      address: i.address,
      file: i.at.file,
      line: lineOf(i.at),
      findings: i.findings.map((f) => ({ place: findingPlace(f), kind: f.kind, message: f.message })),
    }));
  }
  return out;
}

/** A provenance's file relative to the finding's root (the finding's own file gives the base folder). */
function provenanceOf(p: Provenance, file: string, a: FileAnalysis): ScanProvenance {
  const base = a.path.slice(0, a.path.length - file.length);
  const shown = p.ref.file.startsWith(base) ? p.ref.file.slice(base.length) : p.ref.file;
  return { kind: p.kind, name: p.name, value: firstUnknown(p.value) ? null : p.value, file: posix(shown), line: (a.locate(p.ref)?.line ?? 0) + 1 };
}

function exceptionInfo(s: Suppression, file: string, a: FileAnalysis): ExceptionInfo {
  return {
    origin: s.origin,
    id: s.writtenId,
    justification: s.justification,
    until: s.until,
    noReason: s.justification.trim() === '',
    // The project file is named as such (it may sit above the scanned folder).
    file: s.source ? PROJECT_CONFIG_NAME : file,
    line: s.source?.line ?? a.lines.lspPosition(s.start).line + 1,
  };
}
