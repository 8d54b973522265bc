// SPDX-License-Identifier: Apache-2.0
// Exceptions: which findings are suppressed, by what, and why.
//
// - Ours, inline: `# iac-compliance:ignore RULE-ID justification [until=YYYY-MM-DD]` (or `//` in Terraform)
//   in the comment lines right above the resource header, the line a finding is on, or the header of the
//   top-level block (resource) the finding is written in: a finding of a bucket reported inside its
//   `aws_s3_bucket_public_access_block` is suppressed above that block, where the user sees it. Without a
//   justification it does not suppress: it is a warning of its own, because an exception an auditor
//   cannot read the reason for is not an exception. Past its date it stops suppressing and says so.
// - Ours, CloudFormation resource Metadata (JSON has no comments):
//   `Metadata: { "iac-compliance": { "ignore": [ { "id", "reason", "until" } ] } }`, same rules.
// - Ours, the project file `.iac-compliance.yaml` (`exceptions:`), matched by the caller.
// - Peers' syntaxes, so teams can switch without rewriting their code; a peer id maps to our rules
//   through each rule's `aliases`. Peers do not require a reason, so these suppress without one, and the
//   exception register flags them:
//   `#checkov:skip=CKV_AWS_19:reason` (above the resource or the line, or anywhere inside the resource's
//   block, as Checkov reads it), `#tfsec:ignore:<long-id>[:exp:YYYY-MM-DD]`, `#trivy:ignore:<AVD id or
//   long id>[:exp:YYYY-MM-DD]` (above the line or the resource, or at the end of the line),
//   `# kics-scan ignore-line` (the next line, every rule) and `# kics-scan ignore-block` (the resource
//   that follows, every rule); CloudFormation Metadata `checkov.skip`, `cfn_nag.rules_to_suppress`,
//   `cfn-lint.config.ignore_checks` and `guard.SuppressedRules`.

import type { LineIndex } from '../core/positions';
import type { Finding } from './runner';
import type { PeerTool } from './rule-api';

export type SuppressionOrigin = 'inline' | 'metadata' | 'config' | PeerTool;

export interface Suppression {
  /** Our rule id it suppresses. */
  ruleId: string;
  /** The reason given; empty for a peer suppression that gave none (flagged in the register). */
  justification: string;
  until: string | null;
  origin: SuppressionOrigin;
  /** The id as written: ours, or the peer tool's (`CKV_AWS_19`), or `*` for kics' rule-less ignores. */
  writtenId: string;
  /** [start, end) of the comment or metadata entry in the file (0, 0 for the project file). */
  start: number;
  end: number;
  /** For `config`: the project file and the 1-based line of the exception. */
  source?: { file: string; line: number };
}

export interface SuppressionProblem {
  message: string;
  start: number;
  end: number;
}

/** A suppression written in a CloudFormation resource's Metadata (read by the adapter layer). */
export interface MetadataSuppression {
  tool: 'iac-compliance' | PeerTool;
  id: string;
  reason: string;
  until: string | null;
  start: number;
  end: number;
}

export interface SuppressionContext {
  text: string;
  lines: LineIndex;
  /** Our rule ids a peer tool's id stands for (from the rules' `aliases`). */
  aliases: (tool: PeerTool, id: string) => readonly string[];
  /** The finding's resource: its header line and the [start, end) of its whole block or mapping. */
  resourceOf: (f: Finding) => { headerLine: number; start: number; end: number } | null;
  /**
   * The header line of the top-level block (Terraform) or resource (CloudFormation) the finding's range is
   * written in, when that is not the finding's own resource (a companion resource, a nested block's owner).
   */
  enclosingHeaderOf?: (f: Finding) => number | null;
  /** The Metadata suppressions of the finding's resource (CloudFormation). */
  metadataOf?: (f: Finding) => readonly MetadataSuppression[];
  /** The project file's exception for this finding, if any. */
  configOf?: (f: Finding) => Suppression | undefined;
  today?: string;
}

export type AnalyzedSuppression = Finding & { suppressedBy?: Suppression; expiredSuppression?: Suppression };

export interface SuppressionResult {
  /** Findings with `suppressedBy` set where a suppression applies, `expiredSuppression` where one lapsed. */
  findings: AnalyzedSuppression[];
  problems: SuppressionProblem[];
}

// --- reading comments --------------------------------------------------------------------------------

type Marker =
  | { kind: 'ours'; ruleId: string; justification: string; until: string | null }
  | { kind: 'problem'; message: string }
  | { kind: 'peer'; tool: PeerTool; id: string; reason: string; until: string | null }
  | { kind: 'kics'; mode: 'line' | 'block' };

interface CommentLine {
  /** Whether the whole line is a comment (only those stack above a resource or a line). */
  whole: boolean;
  markers: Marker[];
  start: number;
  end: number;
}

const OURS = /^iac-compliance:ignore\b(.*)$/;

/** What the suppression quick fix writes for the reason, selected so the user types over it. */
export const REASON_PLACEHOLDER = '<justification>';
const CHECKOV = /checkov:skip=([A-Za-z0-9_]+)(?::([^#]*))?/g;
const TFSEC_TRIVY = /\b(tfsec|trivy):ignore:([A-Za-z0-9_-]+)((?::[A-Za-z]+:[^:\s]+)*)/g;
const KICS = /kics-scan\s+ignore-(line|block)\b/;

/** The comment part of a line: the whole line after `#` / `//`, or a trailing comment after code. */
function commentOf(lineText: string): { whole: boolean; body: string } | null {
  const lead = /^\s*(?:#|\/\/)\s*(.*)$/.exec(lineText);
  if (lead) return { whole: true, body: lead[1]! };
  const trailing = /\s(?:#|\/\/)\s*(.*)$/.exec(lineText);
  return trailing ? { whole: false, body: trailing[1]! } : null;
}

function parseOurs(rest: string): Marker {
  const words = rest.trim().split(/\s+/).filter((w) => w !== '');
  const ruleId = words.shift();
  if (!ruleId) return { kind: 'problem', message: 'The suppression names no rule id: write `iac-compliance:ignore RULE-ID justification`.' };
  let until: string | null = null;
  const reason: string[] = [];
  for (const w of words) {
    const u = /^until=(\d{4}-\d{2}-\d{2})$/.exec(w);
    if (u) until = u[1]!;
    else reason.push(w);
  }
  const justification = reason.join(' ');
  if (justification.includes(REASON_PLACEHOLDER)) {
    return { kind: 'problem', message: `The suppression of ${ruleId} still has the placeholder ${REASON_PLACEHOLDER}: type the reason over it.` };
  }
  if (justification === '') {
    return { kind: 'problem', message: `The suppression of ${ruleId} has no justification, so it does not suppress anything: add the reason after the rule id.` };
  }
  return { kind: 'ours', ruleId, justification, until };
}

function markersOf(body: string): Marker[] {
  const ours = OURS.exec(body);
  if (ours) return [parseOurs(ours[1]!)];
  const out: Marker[] = [];
  for (const m of body.matchAll(CHECKOV)) out.push({ kind: 'peer', tool: 'checkov', id: m[1]!, reason: (m[2] ?? '').trim(), until: null });
  for (const m of body.matchAll(TFSEC_TRIVY)) {
    const exp = /:exp:(\d{4}-\d{2}-\d{2})/.exec(m[3] ?? '');
    // Whatever follows the ids on the line is taken as the reason (peers have no field for one).
    const after = body.slice(m.index! + m[0].length).replace(TFSEC_TRIVY, '').trim();
    out.push({ kind: 'peer', tool: m[1] as 'tfsec' | 'trivy', id: m[2]!, reason: after, until: exp ? exp[1]! : null });
  }
  const kics = KICS.exec(body);
  if (kics) out.push({ kind: 'kics', mode: kics[1] as 'line' | 'block' });
  return out;
}

// --- applying ------------------------------------------------------------------------------------------

/** Applies the suppressions of one file to its findings. Never throws. */
export function applySuppressions(findings: readonly Finding[], ctx: SuppressionContext): SuppressionResult {
  const today = ctx.today ?? new Date().toISOString().slice(0, 10);
  const { text, lines } = ctx;
  const cache = new Map<number, CommentLine | null>();
  // The lines that can hold a marker, found once per call by one scan of the text: every finding's own
  // line, the lines above it and its resource's lines are looked at only where one of these lies, so a
  // keystroke's cost does not grow with findings × lines of their resources.
  const markerLines = linesWithMarkers(text, lines);
  const lineAt = (line: number): CommentLine | null => {
    if (line < 0 || line >= lines.lineCount) return null;
    if (cache.has(line)) return cache.get(line)!;
    const start = lines.lineStart(line);
    const next = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
    // Only a line with `#` or `/` can hold a comment (commentOf): most lines are ruled out without a slice.
    let i = start;
    while (i < next && text.charCodeAt(i) !== 35 && text.charCodeAt(i) !== 47) i++;
    if (i === next) {
      cache.set(line, null);
      return null;
    }
    const lineText = text.slice(start, next).replace(/\r?\n$/, '');
    const c = commentOf(lineText);
    const result = c ? { whole: c.whole, markers: markersOf(c.body), start, end: start + lineText.length } : null;
    cache.set(line, result);
    return result;
  };
  /** The comment lines stacked right above `line` (nearest first). */
  const above = (line: number): CommentLine[] => {
    const out: CommentLine[] = [];
    // A stack without a marker line suppresses nothing and reports no problem: no need to read it.
    if (!hasMarkerIn(markerLines, 0, line - 1)) return out;
    for (let l = line - 1; l >= 0; l--) {
      const c = lineAt(l);
      if (!c || !c.whole) break;
      out.push(c);
    }
    return out;
  };
  const peerMatches = (tool: PeerTool, id: string, ruleId: string): boolean => {
    if (tool === 'tfsec' || tool === 'trivy') {
      // Trivy reads tfsec's long ids as well as its AVD ids, and the other way round.
      return ctx.aliases('trivy', id).includes(ruleId) || ctx.aliases('tfsec', id).includes(ruleId);
    }
    return ctx.aliases(tool, id).includes(ruleId);
  };

  // With no comment marker in the text (ours, tfsec / Trivy, KICS, Checkov: no line holds a marker word),
  // only Metadata and the project file can suppress, and the lines around each finding are not looked at.
  const anyMarker = markerLines.size > 0;
  const none: CommentLine[] = [];
  const problems = new Map<number, SuppressionProblem>();
  const out: AnalyzedSuppression[] = [];
  for (const f of findings) {
    const findingLine = anyMarker ? lines.lineOf(f.ref.span.start) : -1;
    const resource = anyMarker ? ctx.resourceOf(f) : null;
    const stacked = anyMarker ? [...above(findingLine), ...(resource && resource.headerLine !== findingLine ? above(resource.headerLine) : [])] : none;
    // Ours also reads the comments above the block the finding is written in (peers keep their own scope).
    const enclosing = anyMarker ? (ctx.enclosingHeaderOf?.(f) ?? null) : null;
    const ours = enclosing === null || enclosing === findingLine || enclosing === resource?.headerLine ? stacked : [...stacked, ...above(enclosing)];
    const candidates: Suppression[] = [];
    const expired: Suppression[] = [];
    const consider = (s: Suppression): void => {
      if (s.until !== null && s.until < today) {
        expired.push(s);
        if (s.origin !== 'config') problems.set(s.start, { message: `The suppression of ${s.writtenId} expired on ${s.until}; the finding is reported again.`, start: s.start, end: s.end });
      } else {
        candidates.push(s);
      }
    };

    // 1. Ours, above the line, the resource or the block the finding is in.
    for (const c of ours) {
      for (const m of c.markers) {
        if (m.kind === 'problem') problems.set(c.start, { message: m.message, start: c.start, end: c.end });
        else if (m.kind === 'ours' && m.ruleId === f.ruleId) consider({ ruleId: f.ruleId, justification: m.justification, until: m.until, origin: 'inline', writtenId: m.ruleId, start: c.start, end: c.end });
      }
    }
    // 2. Resource Metadata (ours first, then peers').
    for (const m of ctx.metadataOf?.(f) ?? []) {
      if (m.tool === 'iac-compliance') {
        if (m.id !== f.ruleId) continue;
        if (m.reason.includes(REASON_PLACEHOLDER)) {
          problems.set(m.start, { message: `The Metadata suppression of ${m.id} still has the placeholder ${REASON_PLACEHOLDER}: type the reason over it.`, start: m.start, end: m.end });
          continue;
        }
        if (m.reason === '') {
          problems.set(m.start, { message: `The Metadata suppression of ${m.id} has no reason, so it does not suppress anything: add "reason".`, start: m.start, end: m.end });
          continue;
        }
        consider({ ruleId: f.ruleId, justification: m.reason, until: m.until, origin: 'metadata', writtenId: m.id, start: m.start, end: m.end });
      } else if (peerMatches(m.tool, m.id, f.ruleId)) {
        consider({ ruleId: f.ruleId, justification: m.reason, until: m.until, origin: m.tool, writtenId: m.id, start: m.start, end: m.end });
      }
    }
    // 3. The project file.
    const configured = ctx.configOf?.(f);
    if (configured) consider(configured);
    // 4. Peers' comments: above the line or the resource, at the end of the line, and for Checkov anywhere
    //    inside the resource.
    const peerLines = [...stacked];
    const own = markerLines.has(findingLine) ? lineAt(findingLine) : null;
    if (own && !own.whole) peerLines.push(own);
    if (resource && markerLines.size > 0) {
      const first = lines.lineOf(resource.start);
      const last = Math.min(lines.lineOf(Math.max(resource.start, resource.end - 1)), first + 9999);
      for (const l of markerLinesIn(markerLines, first, last)) {
        const c = lineAt(l);
        if (c && c.markers.some((m) => m.kind === 'peer' && m.tool === 'checkov')) peerLines.push(c);
      }
    }
    for (const c of peerLines) {
      for (const m of c.markers) {
        if (m.kind === 'peer' && peerMatches(m.tool, m.id, f.ruleId)) {
          consider({ ruleId: f.ruleId, justification: m.reason, until: m.until, origin: m.tool, writtenId: m.id, start: c.start, end: c.end });
        }
      }
    }
    // 5. KICS: `ignore-line` right above the finding's line, `ignore-block` right above the resource.
    const lineAbove = markerLines.has(findingLine - 1) ? lineAt(findingLine - 1) : null;
    if (lineAbove?.whole && lineAbove.markers.some((m) => m.kind === 'kics' && m.mode === 'line')) {
      consider({ ruleId: f.ruleId, justification: '', until: null, origin: 'kics', writtenId: '*', start: lineAbove.start, end: lineAbove.end });
    }
    const headerAbove = resource && markerLines.has(resource.headerLine - 1) ? lineAt(resource.headerLine - 1) : null;
    if (headerAbove?.whole && headerAbove.markers.some((m) => m.kind === 'kics' && m.mode === 'block')) {
      consider({ ruleId: f.ruleId, justification: '', until: null, origin: 'kics', writtenId: '*', start: headerAbove.start, end: headerAbove.end });
    }

    const applied = candidates[0];
    if (applied) out.push({ ...f, suppressedBy: applied });
    else if (expired.length > 0) out.push({ ...f, expiredSuppression: expired[0] });
    else out.push(f);
  }
  return { findings: out, problems: [...problems.values()] };
}

// --- where markers can be ------------------------------------------------------------------------------

/**
 * Every marker `markersOf` reads contains one of these words, so a line without any holds no marker (the
 * set may hold lines whose word is not in a comment: `lineAt` still reads those properly).
 */
const MARKER_WORDS = /iac-compliance:ignore|checkov:skip=|tfsec:ignore:|trivy:ignore:|kics-scan\s+ignore-/g;

/** The lines of `text` holding a marker word, in ascending order (a Set keeps insertion order). */
function linesWithMarkers(text: string, lines: LineIndex): Set<number> {
  const out = new Set<number>();
  MARKER_WORDS.lastIndex = 0;
  for (let m = MARKER_WORDS.exec(text); m !== null; m = MARKER_WORDS.exec(text)) out.add(lines.lineOf(m.index));
  return out;
}

function hasMarkerIn(markerLines: ReadonlySet<number>, first: number, last: number): boolean {
  if (first > last) return false;
  for (const l of markerLines) if (l >= first && l <= last) return true;
  return false;
}

/** The marker lines in [first, last], ascending. */
function markerLinesIn(markerLines: ReadonlySet<number>, first: number, last: number): number[] {
  const out: number[] = [];
  for (const l of markerLines) if (l >= first && l <= last) out.push(l);
  return out;
}
