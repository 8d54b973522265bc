// SPDX-License-Identifier: Apache-2.0
// `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it: one run, rules with help text and
// framework ids as tags, results with regions relative to the scanned root, suppressions with their
// justification.

import type { Rule } from '../engine/rule-api';
import { FRAMEWORK_KEYS, FRAMEWORK_SHORT } from '../engine/frameworks';
import { frameworkLines } from '../engine/framework-summary';
import { TOOL_NAME, VERSION } from '../version';
import type { ScanResult } from './scan-result';
import { JsonList, jsonFileChunks } from './json-chunks';

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub's security-severity scale (0-10). */
const SECURITY_SEVERITY: Record<string, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
/**
 * GitHub code scanning rejects a SARIF file with more than 20 tags on a rule (and shows the first 10), so
 * a rule mapped to many controls keeps 20: taken in turn from each framework so none disappears, shown in
 * the usual order. The complete mapping stays in `properties.frameworks` and in the help text.
 */
export const MAX_TAGS = 20;

function ruleTags(frameworks: Rule['meta']['frameworks']): string[] {
  const fixed = ['security', 'compliance'];
  const groups = FRAMEWORK_KEYS.map((k) => (frameworks[k] ?? []).map((id) => `${FRAMEWORK_SHORT[k]} ${id}`));
  const all = groups.flat();
  if (fixed.length + all.length <= MAX_TAGS) return [...fixed, ...all];
  const keep = new Set<string>();
  for (let i = 0; keep.size < MAX_TAGS - fixed.length; i++) {
    for (const g of groups) if (i < g.length && keep.size < MAX_TAGS - fixed.length) keep.add(g[i]!);
  }
  return [...fixed, ...all.filter((t) => keep.has(t))];
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `%`...), `/` kept. */
export function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The SARIF file in pieces, each result made as it is written (json-chunks.ts). How many findings a baseline
 * left out is recorded as the run property `baselined`.
 */
export function* sarifChunks(r: ScanResult, rules: readonly Rule[]): Generator<string> {
  const used = rules;
  const index = new Map(used.map((x, i) => [x.meta.id, i]));
  const driverRules = used.map((x) => {
    const m = x.meta;
    const tags = ruleTags(m.frameworks);
    const markdown = [`**${m.title}**`, '', m.description, '', `**Why:** ${m.rationale}`, '', `**Fix:** ${m.remediation}`, '', ...frameworkLines(m).map((l) => `- ${l}`)].join('\n');
    return {
      id: m.id,
      name: m.name,
      shortDescription: { text: m.title },
      fullDescription: { text: m.description },
      help: { text: `${m.rationale}\n\n${m.remediation}`, markdown },
      helpUri: m.links[0],
      defaultConfiguration: { level: LEVEL[m.severity] },
      properties: { tags, precision: 'high', 'security-severity': SECURITY_SEVERITY[m.severity], frameworks: m.frameworks },
    };
  });
  const results = new JsonList(r.findings, (f) => ({
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
    level: f.kind === 'unverifiable' ? 'note' : LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.startLine, startColumn: f.startColumn, endLine: f.endLine, endColumn: f.endColumn },
        },
        logicalLocations: [{ name: f.resource, kind: 'resource' }],
      },
    ],
    partialFingerprints: { 'iacCompliance/v1': `${f.ruleId}:${f.file}:${f.resource}:${f.kind}` },
    // `status` is left out: it defaults to "accepted", and copies of the 2.1.0 schema from before the
    // February 2020 correction still call it `state`, so either property would fail one of them.
    // Exceptions from the project file live outside the source: SARIF's "external".
    ...(f.suppressed ? { suppressions: [{ kind: f.suppression?.origin === 'config' ? 'external' : 'inSource', justification: f.justification ?? '' }] } : {}),
  }));
  const doc = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: VERSION, semanticVersion: VERSION === 'dev' ? '0.0.0' : VERSION, informationUri: 'https://example.invalid/iac-compliance', rules: driverRules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: './' } },
        results,
        ...(r.baseline ? { properties: { baselined: r.baseline.count } } : {}),
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: r.errors.map((e) => ({ level: 'error', message: { text: e.message }, locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(e.file), uriBaseId: '%SRCROOT%' }, region: { startLine: e.startLine, startColumn: e.startColumn } } }] })) }],
      },
    ],
  };
  yield* jsonFileChunks(doc);
}
