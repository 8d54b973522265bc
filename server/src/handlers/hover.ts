// SPDX-License-Identifier: Apache-2.0
// textDocument/hover: over a finding, the rule's title, what is wrong, why it matters, how to fix it, and
// every framework id it evidences.

import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { ServerState } from '../lsp/state';
import { frameworkLines } from '../engine/framework-summary';
import { ruleDocHref } from '../lsp/to-lsp';
import { isVisible } from '../lsp/publish';

export function registerHover(state: ServerState): void {
  state.connection.onHover((params): Hover | null => {
    const a = state.analysisFor(params.textDocument.uri);
    if (!a) return null;
    const offset = a.lines.offsetAt(params.position);
    const here = a.findings.filter((f) => isVisible(state, f) && f.ref.span.start <= offset && offset <= f.ref.span.end);
    if (here.length === 0) return null;
    const sections: string[] = [];
    const seen = new Set<string>();
    for (const f of here) {
      const rule = state.rulesById.get(f.ruleId);
      if (!rule || seen.has(`${f.ruleId}:${f.message}`)) continue;
      seen.add(`${f.ruleId}:${f.message}`);
      const m = rule.meta;
      const level = f.kind === 'unverifiable' ? 'cannot verify' : m.severity;
      sections.push(
        [
          `**${m.id} · ${m.title}** (${level})`,
          '',
          f.message,
          '',
          `*Why it matters:* ${m.rationale}`,
          '',
          `*How to fix:* ${m.remediation}`,
          '',
          ...frameworkLines(m).map((l) => `- ${l}`),
          '',
          `[Rule documentation](${ruleDocHref(m.id)})`,
        ].join('\n'),
      );
    }
    const contents: MarkupContent = { kind: 'markdown', value: sections.join('\n\n---\n\n') };
    const first = here[0]!;
    return { contents, range: { start: a.lines.lspPosition(first.ref.span.start), end: a.lines.lspPosition(first.ref.span.end) } };
  });
}
