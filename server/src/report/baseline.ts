// SPDX-License-Identifier: Apache-2.0
// Baselines: the findings a project already has, recorded once (`iac-compliance baseline create`), so that
// `scan --baseline` and `report --baseline` show only what is new.
//
// A finding's identity is its rule, file (relative to the scanned PATH), resource, kind and message, never
// its line or column: inserting or deleting lines above a finding keeps it baselined, while a finding on
// another resource, in another file, or with a different message (the rule saw a different value) is new.
// Identical findings (same identity twice) are counted: a baseline that holds one hides one. Findings of
// kind "missing" (an account-level control absent from the whole scan) are anchored on whichever file sorts
// first, so their file is not part of their identity: adding a file does not make them new.
//
// Two files are accepted: our own `{ "version": 1, "tool", "findings": [ { ruleId, file, resource, kind,
// message, fingerprint } ] }`, and the output of an earlier `scan --format json`. Suppressed findings are
// not baselined: they are accounted for by their suppression, and reappear when it expires.

import { sha256Hex } from '../core/sha256';
import { TOOL_NAME, VERSION } from '../version';
import type { ScanFinding, ScanResult } from './scan-result';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  ruleId: string;
  file: string;
  resource: string;
  kind: string;
  message: string;
  fingerprint: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: { name: string; version: string };
  findings: BaselineEntry[];
}

type Identity = Pick<ScanFinding, 'ruleId' | 'file' | 'resource' | 'message'> & { kind: string };

/** The line-independent identity of a finding: a SHA-256 of rule, file, resource, kind and message. */
export function fingerprintOf(f: Identity): string {
  const file = f.kind === 'missing' ? '' : f.file;
  return sha256Hex(JSON.stringify([f.ruleId, file, f.resource, f.kind, f.message]));
}

export function createBaseline(result: ScanResult): Baseline {
  const findings = result.findings
    .filter((f) => !f.suppressed)
    .map((f) => ({ ruleId: f.ruleId, file: f.file, resource: f.resource, kind: f.kind, message: f.message, fingerprint: fingerprintOf(f) }));
  return { version: BASELINE_VERSION, tool: { name: TOOL_NAME, version: VERSION }, findings };
}

export function baselineToJson(b: Baseline): string {
  return JSON.stringify(b, null, 2) + '\n';
}

/** A baseline file could not be used; the message says why (the CLI prefixes the file name). */
export class BaselineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

/** The fingerprints of a baseline file (ours or a `scan --format json` output), each with its count. */
export function parseBaseline(text: string): Map<string, number> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new BaselineError('expected a JSON object with a "findings" array');
  const o = doc as Record<string, unknown>;
  if (!Array.isArray(o['findings'])) throw new BaselineError('expected a JSON object with a "findings" array (a file from `iac-compliance baseline create` or `scan --format json`)');
  const ours = 'version' in o;
  if (ours && o['version'] !== BASELINE_VERSION) throw new BaselineError(`unsupported baseline version ${JSON.stringify(o['version'])} (expected ${BASELINE_VERSION})`);
  const counts = new Map<string, number>();
  for (const [i, item] of (o['findings'] as unknown[]).entries()) {
    if (typeof item !== 'object' || item === null) throw new BaselineError(`findings[${i}] is not an object`);
    const f = item as Record<string, unknown>;
    let fingerprint: string;
    if (ours && typeof f['fingerprint'] === 'string') {
      fingerprint = f['fingerprint'];
    } else {
      for (const key of ['ruleId', 'file', 'resource', 'kind', 'message']) {
        if (typeof f[key] !== 'string') throw new BaselineError(`findings[${i}] has no string "${key}"${ours ? ' and no "fingerprint"' : ''}`);
      }
      if (f['suppressed'] === true) continue;
      fingerprint = fingerprintOf(f as unknown as Identity);
    }
    counts.set(fingerprint, (counts.get(fingerprint) ?? 0) + 1);
  }
  return counts;
}

/**
 * The scan without the findings the baseline holds (suppressed ones are kept: they are not baselined), and
 * how many were left out.
 */
export function applyBaseline(result: ScanResult, baseline: ReadonlyMap<string, number>, file: string): { result: ScanResult; baselined: ScanFinding[] } {
  const left = new Map(baseline);
  const kept: ScanFinding[] = [];
  const baselined: ScanFinding[] = [];
  for (const f of result.findings) {
    const fp = f.suppressed ? undefined : fingerprintOf(f);
    const n = fp === undefined ? 0 : (left.get(fp) ?? 0);
    if (n > 0) {
      left.set(fp!, n - 1);
      baselined.push(f);
    } else {
      kept.push(f);
    }
  }
  return { result: { ...result, findings: kept, baseline: { file, count: baselined.length } }, baselined };
}
