// SPDX-License-Identifier: Apache-2.0
// iacCompliance/rules (custom request): every rule the server knows, with its title, severity, CIS and
// SOC 2 ids and documentation page, for the editor's "Explain rule…" picker. Rules turned off in the
// settings are listed too: a user may want to read why before turning one back on.

import { Requests } from '../protocol';
import type { RuleInfo } from '../protocol';
import type { ServerState } from '../lsp/state';
import { frameworkSummary } from '../engine/framework-summary';
import { ruleDocHref } from '../lsp/to-lsp';

export function ruleInfos(state: ServerState): RuleInfo[] {
  return [...state.rulesById.values()]
    .map((r) => ({ id: r.meta.id, title: r.meta.title, severity: r.meta.severity, summary: frameworkSummary(r.meta), doc: ruleDocHref(r.meta.id, r.meta.source) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function registerRules(state: ServerState): void {
  state.connection.onRequest(Requests.rules, () => ruleInfos(state));
}
