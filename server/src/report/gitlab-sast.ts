// SPDX-License-Identifier: Apache-2.0
// `--format gitlab-sast`: the report GitLab's security dashboard and merge-request security widget read
// (`artifacts: reports: sast:`), in the 15.x schema GitLab validates against before ingesting it. A
// report that fails validation is dropped whole, so the test validates ours against the schema's fields
// (test/support/gitlab-sast-schema.json).
//
// GitLab has no notion of a suppressed finding in this format, so suppressed findings are left out (they
// are in the JSON and SARIF reports with their justification). "Cannot verify" findings are `Info`.

import type { Rule } from '../engine/rule-api';
import { FRAMEWORK_KEYS, FRAMEWORK_SHORT } from '../engine/frameworks';
import { TOOL_NAME, VERSION } from '../version';
import { fingerprintOf } from './baseline';
import type { ScanFinding, ScanResult } from './scan-result';
import { JsonList, jsonFileChunks } from './json-chunks';

export const GITLAB_SAST_SCHEMA_VERSION = '15.0.7';

/** GitLab keeps at most 20 identifiers per vulnerability; the first is the primary one (tracking). */
const MAX_IDENTIFIERS = 20;
const SEVERITY: Record<string, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

/** `2026-12-06T19:40:32`: the schema's timestamp pattern has no fraction and no zone (UTC is meant). */
export function gitlabTime(d: Date): string {
  return d.toISOString().slice(0, 19);
}

/** A stable UUID-shaped id from a finding's identity and its occurrence (identical findings are counted). */
function vulnerabilityId(f: ScanFinding, occurrence: number): string {
  const x = fingerprintOf(occurrence === 0 ? f : { ...f, message: `${f.message}\u0000${occurrence}` });
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-5${x.slice(13, 16)}-${'89ab'[parseInt(x[16]!, 16) % 4]}${x.slice(17, 20)}-${x.slice(20, 32)}`;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

interface Identifier {
  type: string;
  name: string;
  value: string;
  url?: string;
}

function identifiers(f: ScanFinding, rule: Rule | undefined): Identifier[] {
  const primary: Identifier = { type: 'iac_compliance_rule', name: clip(`${f.ruleId} ${f.title}`, 255), value: f.ruleId };
  const link = rule?.meta.links[0];
  if (link) primary.url = link;
  const out = [primary];
  for (const k of FRAMEWORK_KEYS) {
    for (const id of f.frameworks[k] ?? []) {
      if (out.length >= MAX_IDENTIFIERS) break;
      out.push({ type: k.replace(/[^a-z0-9]+/g, '_'), name: `${FRAMEWORK_SHORT[k]} ${id}`, value: id });
    }
  }
  return out;
}

/** The GitLab security report in pieces, each vulnerability made as it is written, in order (json-chunks.ts). */
export function* gitlabSastChunks(r: ScanResult, rules: readonly Rule[], times: { start: Date; end: Date }): Generator<string> {
  const byId = new Map(rules.map((x) => [x.meta.id, x]));
  const seen = new Map<string, number>();
  const vulnerabilities = new JsonList(
    r.findings.filter((f) => !f.suppressed),
    (f) => {
      const rule = byId.get(f.ruleId);
      const key = fingerprintOf(f);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const unverifiable = f.kind === 'unverifiable';
      const description = rule ? `${f.message}\n\n${rule.meta.description}\n\nWhy: ${rule.meta.rationale}` : f.message;
      return {
        id: vulnerabilityId(f, occurrence),
        category: 'sast',
        name: clip(unverifiable ? `Cannot verify: ${f.title}` : f.title, 255),
        message: clip(f.message, 255),
        description: clip(description, 1_048_576),
        severity: unverifiable ? 'Info' : SEVERITY[f.severity],
        confidence: unverifiable ? 'Unknown' : 'High',
        ...(rule ? { solution: clip(rule.meta.remediation, 7000) } : {}),
        scanner: { id: TOOL_NAME, name: TOOL_NAME },
        identifiers: identifiers(f, rule),
        location: { file: f.file, start_line: f.startLine, end_line: Math.max(f.endLine, f.startLine), ...(f.resource && f.resource !== '(project)' ? { class: f.resource } : {}) },
      };
    },
  );
  const component = { id: TOOL_NAME, name: TOOL_NAME, url: 'https://example.invalid/iac-compliance', vendor: { name: TOOL_NAME }, version: VERSION };
  const doc = {
    version: GITLAB_SAST_SCHEMA_VERSION,
    vulnerabilities,
    scan: {
      analyzer: component,
      scanner: component,
      type: 'sast',
      start_time: gitlabTime(times.start),
      end_time: gitlabTime(times.end),
      status: 'success',
      // Syntax problems are what GitLab calls scan messages: the files they are in were judged only in part.
      messages: r.errors.map((e) => ({ level: 'warn', value: `${e.file}:${e.startLine}: ${e.message}` })),
    },
  };
  yield* jsonFileChunks(doc);
}
