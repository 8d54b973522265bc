// SPDX-License-Identifier: Apache-2.0
// What each rule shows about the whole workspace, shared by the CLI, the report and the language server:
//
// - which project-level ("missing X") findings stand: account-level controls are per account, so a control
//   present in one module is present; when no module has it, one finding is kept, on the shallowest
//   anchor (the root module's main.tf sorts first). The editor, the CLI and the report keep the same ones.
// - per rule, the evidence by name (resources judged, with file:line, status, finding or exception), the
//   modules and templates searched for an account-level control, and the rule's workspace status.
//
// The status semantics are written down in docs/report.md ("Status semantics").

import type { RuleRun } from '../engine/runner';
import type { Rule } from '../engine/rule-api';
import type { DigestRun, EvidenceFinding, FileDigest } from './scan-digest';

/** Key of a kept project-level finding: rule and the anchor file's absolute path. */
export function projectFindingKey(ruleId: string, path: string): string {
  return `${ruleId}\u0000${path}`;
}

/** Runs of account-level rules that found the control (rightly or wrongly configured, or undecided). */
export function controlFound(run: Pick<RuleRun, 'project'>): boolean {
  return run.project === 'present' || run.project === 'violation' || run.project === 'unknown';
}

/** What the project-level verdict reads of a file: where it is shown, its runs and its findings. */
export interface ProjectItem {
  /** The path shown for the file (relative to its root). */
  file: string;
  path: string;
  runs: readonly (Pick<RuleRun, 'project'> & { ruleId: string })[];
  findings: readonly { ruleId: string; kind: string }[];
}

/** The place of a project-level finding's anchor in the order that chooses the one kept for a rule. */
export interface AnchorRank {
  /** Path segments of the file shown: the root module's main.tf is 1. */
  depth: number;
  file: string;
}

export function anchorRank(file: string): AnchorRank {
  return { depth: file.split('/').length, file };
}

/** Whether `a` is kept before `b`: the shallower anchor, then the first by path (equal ranks: neither). */
export function anchorBefore(a: AnchorRank, b: AnchorRank): boolean {
  return a.depth < b.depth || (a.depth === b.depth && a.file < b.file);
}

/**
 * The project-level findings that stand for the workspace, as keys (rule, anchor path): none for a rule
 * some module satisfies, else the one on the shallowest anchor (then by path; then the first item).
 */
export function keptProjectFindings(items: readonly ProjectItem[]): Set<string> {
  const satisfied = new Set<string>();
  for (const { runs } of items) for (const run of runs) if (controlFound(run)) satisfied.add(run.ruleId);
  const chosen = new Map<string, AnchorRank & { path: string }>();
  for (const { file, path, findings } of items) {
    const rank = { ...anchorRank(file), path };
    for (const f of findings) {
      if (f.kind !== 'missing' || satisfied.has(f.ruleId)) continue;
      const current = chosen.get(f.ruleId);
      if (!current || anchorBefore(rank, current)) chosen.set(f.ruleId, rank);
    }
  }
  return new Set([...chosen].map(([ruleId, c]) => projectFindingKey(ruleId, c.path)));
}

/** The project-level item of a digest (its findings carry rule and kind; a findings-only digest has no evidence). */
export function projectItemOf(d: FileDigest): ProjectItem {
  return { file: d.file, path: d.path, runs: d.runs, findings: d.findings };
}

export type EvidenceStatus = 'pass' | 'fail' | 'excepted' | 'excepted-unjustified' | 'unknown';

/** One thing judged for a control: a resource (or a project-level finding) with its outcome. */
export interface EvidenceItem {
  ruleId: string;
  /** Address (`aws_s3_bucket.logs`, `module.db.aws_db_instance.this`), logical id, or `(project)`. */
  resource: string;
  file: string;
  line: number;
  status: EvidenceStatus;
  /** The finding's message, when there is one. */
  finding?: string;
  /** The exception in force, when the finding is suppressed. */
  exception?: { justification: string; origin: string; until: string | null };
}

/** Where an account-level rule looked, and what it found there. */
export interface SearchedScope {
  ruleId: string;
  /** The module's anchor file (main.tf) or the template. */
  file: string;
  outcome: NonNullable<RuleRun['project']>;
  /** For `n/a` and `out-of-scope`: why (the module does not use AWS, the platform cannot define it, the rule's reason). */
  reason?: string;
  /** Out of scope because the module does not use the rule's cloud. */
  cloudUnused?: true;
}

export type RuleStatus = EvidenceStatus | 'not-applicable';

export interface RuleEvidence {
  ruleId: string;
  /** `resource`: judged per resource (nothing to judge = not applicable); `presence`: account-level. */
  scope: 'resource' | 'presence';
  status: RuleStatus;
  items: EvidenceItem[];
  searched: SearchedScope[];
}

/** Worst first: a control takes the worst status of its evidence. */
export const STATUS_ORDER: readonly EvidenceStatus[] = ['fail', 'excepted-unjustified', 'excepted', 'unknown', 'pass'];

export function worst(statuses: readonly EvidenceStatus[]): EvidenceStatus | undefined {
  return STATUS_ORDER.find((s) => statuses.includes(s));
}

/** A finding as evidence: a file's own (with its exception, if any) or one seen in a module instance's run. */
type Judged = Pick<EvidenceFinding, 'kind' | 'message' | 'exception' | 'module'>;

function findingStatus(f: Judged): EvidenceStatus {
  if (f.exception) return f.exception.justification.trim() === '' ? 'excepted-unjustified' : 'excepted';
  return f.kind === 'unverifiable' ? 'unknown' : 'fail';
}

function isPresenceRule(rule: Rule): boolean {
  return rule.target === 'module' || !!rule.meta.presence;
}

function item(ruleId: string, resource: string, file: string, line: number, findings: readonly Judged[]): EvidenceItem {
  const status = worst(findings.map(findingStatus)) ?? 'pass';
  const out: EvidenceItem = { ruleId, resource, file, line, status };
  // The finding that decided the status (the first of that status).
  const decisive = findings.find((f) => findingStatus(f) === status);
  if (decisive) {
    out.finding = decisive.message;
    if (decisive.exception) out.exception = { ...decisive.exception };
  }
  return out;
}

/** Per rule, its evidence across the workspace and its status (see docs/report.md). */
export function workspaceEvidence(digests: readonly FileDigest[], rules: readonly Rule[]): Map<string, RuleEvidence> {
  // A findings-only digest (scan-digest.ts) has no evidence: a verdict from it would be wrong, not partial.
  if (digests.some((d) => d.findingsOnly)) throw new Error('workspace verdicts need digests made for them, not findings-only ones');
  const kept = keptProjectFindings(digests.map(projectItemOf));
  const displayOf = new Map(digests.map((d) => [d.path, d.file]));
  const out = new Map<string, RuleEvidence>();
  for (const r of rules) out.set(r.meta.id, { ruleId: r.meta.id, scope: isPresenceRule(r) ? 'presence' : 'resource', status: 'not-applicable', items: [], searched: [] });
  const seenResource = new Set<string>();
  const seenRun = new Set<DigestRun>();
  // Every analyzed finding by where it is, to find a module's own finding (with its exception) from the
  // same finding of an instance of the module.
  const analyzedAt = new Map<string, EvidenceFinding>();
  for (const d of digests) for (const f of d.evidence) analyzedAt.set(f.place, f);
  // Findings by file, resource and rule (those of kept project-level findings only).
  for (const d of digests) {
    const { file } = d;
    const byResource = new Map<string, EvidenceFinding[]>();
    for (const f of d.evidence) {
      if (f.kind === 'missing' && !kept.has(projectFindingKey(f.ruleId, d.path))) continue;
      // A finding a module call caused is about the instance's resource: by its full address.
      const k = `${f.ruleId}\u0000${f.module ?? f.resource}`;
      byResource.set(k, [...(byResource.get(k) ?? []), f]);
    }
    const byCall = new Map<string, EvidenceFinding[]>();
    for (const f of d.evidence) {
      if (!f.module) continue;
      const k = `${f.ruleId}\u0000${withoutCallKey(f.module)}`;
      byCall.set(k, [...(byCall.get(k) ?? []), f]);
    }
    const used = new Set<string>();
    for (const run of d.runs) {
      const ev = out.get(run.ruleId);
      if (!ev) continue;
      // Runs are shared by the files of a Terraform directory: each resource once, in its own file.
      for (const res of run.resources) {
        if (res.file !== d.path) continue;
        const key = `${d.path}\u0000${res.address}\u0000${run.ruleId}`;
        if (seenResource.has(key)) continue;
        seenResource.add(key);
        const k = `${run.ruleId}\u0000${res.address}`;
        used.add(k);
        ev.items.push(item(run.ruleId, res.address, file, res.line, byResource.get(k) ?? []));
      }
      // Resources of a workspace module instantiated by a call of this root: by full address, at the call.
      // Their status: what the call caused (moved to the call) and what the module reports on its own.
      for (const inst of run.instances ?? []) {
        if (inst.file !== d.path) continue;
        const key = `${d.path}\u0000${inst.address}\u0000${run.ruleId}`;
        if (seenResource.has(key)) continue;
        seenResource.add(key);
        const k = `${run.ruleId}\u0000${inst.address}`;
        used.add(k);
        const found: Judged[] = [...(byResource.get(k) ?? [])];
        for (const f of inst.findings) {
          const own = analyzedAt.get(f.place);
          if (own) found.push(own);
          else if (!found.some((x) => x.module)) {
            // Caused by the call, but moved there once for all its instances (`count = 2`): the finding at
            // the call carries the exception, if any; failing that, this instance's own finding.
            const moved = byCall.get(`${run.ruleId}\u0000${withoutCallKey(inst.address)}`);
            found.push(...(moved ?? [f]));
          }
        }
        ev.items.push(item(run.ruleId, inst.address, file, inst.line, found));
      }
      if (run.project && !seenRun.has(run)) {
        seenRun.add(run);
        const s: SearchedScope = { ruleId: run.ruleId, file: (run.anchor && displayOf.get(run.anchor)) ?? file, outcome: run.project };
        if (run.reason) s.reason = run.reason;
        if (run.cloudUnused) s.cloudUnused = true;
        ev.searched.push(s);
      }
    }
    // Findings on what no run assessed here: module instances reported at their call, project-level ones.
    for (const [k, fs] of byResource) {
      if (used.has(k)) continue;
      const f = fs[0]!;
      const ev = out.get(f.ruleId);
      if (!ev) continue;
      ev.items.push(item(f.ruleId, f.resource, file, f.line, fs));
    }
  }
  for (const ev of out.values()) ev.status = ruleStatus(ev);
  return out;
}

/** `module.db[1].aws_db_instance.this` → `module.db.aws_db_instance.this` (the root call's instance key). */
function withoutCallKey(address: string): string {
  return address.replace(/^(module\.[^.[]+)\[[^\]]*\]/, '$1');
}


/**
 * A rule's workspace status. Resource rules: the worst of their items, not applicable with none.
 * Presence rules: when some module has the control, the worst of the items (at least pass); when a
 * "missing" finding stands, fail (or excepted); when every module said "not applicable" for a reason of the
 * rule's own, not applicable; when no module or template of the workspace uses the rule's cloud, not
 * applicable (an AWS workspace says nothing about a Google Cloud organization: the control is neither
 * missing nor met, and is never counted as pass); otherwise (nothing present anywhere, nothing in scope)
 * fail.
 */
export function ruleStatus(ev: Pick<RuleEvidence, 'scope' | 'items' | 'searched'>): RuleStatus {
  const statuses = ev.items.map((i) => i.status);
  if (ev.scope === 'resource') return worst(statuses) ?? 'not-applicable';
  const found = ev.searched.some((s) => s.outcome === 'present' || s.outcome === 'violation' || s.outcome === 'unknown');
  if (found) return worst(statuses) ?? 'pass';
  if (statuses.length > 0) return worst(statuses)!;
  // Not applicable only when the rule itself said so everywhere it looked (an account S3 setting where no
  // module uses S3); out-of-scope places show nothing, and nothing present is a failure.
  const ruleSaidNa = ev.searched.some((s) => s.outcome === 'n/a') && ev.searched.every((s) => s.outcome === 'n/a' || s.outcome === 'out-of-scope');
  const cloudUnused = ev.searched.length > 0 && ev.searched.every((s) => s.cloudUnused === true);
  return ruleSaidNa || cloudUnused ? 'not-applicable' : 'fail';
}
