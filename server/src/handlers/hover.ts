// SPDX-License-Identifier: Apache-2.0
// textDocument/hover: over one finding, the rule's title, why it matters, how to fix it and every framework
// id it evidences; over several (a resource header often carries many), one compact line each, with a link
// to the rule's documentation for the details. The finding's own message is not repeated: editors already
// show the diagnostic's message next to the hover.

import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { ServerState } from '../lsp/state';
import type { RuleMeta } from '../engine/rule-api';
import type { AnalyzedFinding } from '../service/analysis';
import { frameworkLines, frameworkSummary } from '../engine/framework-summary';
import { ruleDocHref } from '../lsp/to-lsp';
import { isVisible } from '../lsp/publish';

function levelOf(f: AnalyzedFinding, m: RuleMeta): string {
  return f.kind === 'unverifiable' ? 'cannot verify' : m.severity;
}

function detailed(f: AnalyzedFinding, m: RuleMeta): string {
  return [
    `**${m.id} · ${m.title}** (${levelOf(f, m)})`,
    '',
    `*Why it matters:* ${m.rationale}`,
    '',
    `*How to fix:* ${m.remediation}`,
    '',
    ...frameworkLines(m).map((l) => `- ${l}`),
    '',
    m.source ? `[Rule file](${ruleDocHref(m.id, m.source)})` : `[Rule documentation](${ruleDocHref(m.id)})`,
  ].join('\n');
}

function compact(f: AnalyzedFinding, m: RuleMeta): string {
  const ids = frameworkSummary(m);
  return `- **${m.id} · ${m.title}** (${levelOf(f, m)})${ids ? ` · ${ids}` : ''} · [details](${ruleDocHref(m.id, m.source)})`;
}

export function registerHover(state: ServerState): void {
  state.connection.onHover((params): Hover | null => {
    const a = state.analysisFor(params.textDocument.uri);
    if (!a) return null;
    const offset = a.lines.offsetAt(params.position);
    const here: { f: AnalyzedFinding; m: RuleMeta }[] = [];
    const seen = new Set<string>();
    for (const f of a.findings) {
      if (!isVisible(state, f) || f.ref.span.start > offset || offset > f.ref.span.end) continue;
      const m = state.rulesById.get(f.ruleId)?.meta;
      // Instances of one resource (count, for_each) carry the same rule at the same place: one entry.
      if (!m || seen.has(`${f.ruleId}:${f.kind}`)) continue;
      seen.add(`${f.ruleId}:${f.kind}`);
      here.push({ f, m });
    }
    if (here.length === 0) return null;
    const value = here.length === 1 ? detailed(here[0]!.f, here[0]!.m) : here.map(({ f, m }) => compact(f, m)).join('\n');
    const contents: MarkupContent = { kind: 'markdown', value };
    const first = here[0]!.f;
    return { contents, range: { start: a.lines.lspPosition(first.ref.span.start), end: a.lines.lspPosition(first.ref.span.end) } };
  });
}
