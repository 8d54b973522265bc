// SPDX-License-Identifier: Apache-2.0
// workspace/didChangeConfiguration: re-read `iacCompliance.*` settings and re-validate.

import { DEFAULT_SETTINGS } from '../protocol';
import type { SeverityThreshold, Settings } from '../protocol';
import type { ServerState } from '../lsp/state';
import { revalidateAll } from '../lsp/publish';

const THRESHOLDS: SeverityThreshold[] = ['info', 'low', 'medium', 'high', 'critical'];

/** Validates settings from any client; unknown or malformed values fall back to defaults. */
export function readSettings(raw: unknown): Settings {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const inner = (typeof o.iacCompliance === 'object' && o.iacCompliance !== null ? o.iacCompliance : o) as Record<string, unknown>;
  const threshold = inner.severityThreshold;
  const excluded = inner.excludedRules;
  return {
    enable: typeof inner.enable === 'boolean' ? inner.enable : DEFAULT_SETTINGS.enable,
    severityThreshold: THRESHOLDS.includes(threshold as SeverityThreshold) ? (threshold as SeverityThreshold) : DEFAULT_SETTINGS.severityThreshold,
    excludedRules: Array.isArray(excluded) ? excluded.filter((x): x is string => typeof x === 'string') : DEFAULT_SETTINGS.excludedRules,
  };
}

export async function loadSettings(state: ServerState): Promise<void> {
  if (!state.configurationCapability) return;
  try {
    const raw: unknown = await state.connection.workspace.getConfiguration('iacCompliance');
    state.settings = readSettings(raw);
  } catch {
    // Keep the current settings if the client cannot answer.
  }
  revalidateAll(state);
}

export function registerDidChangeConfiguration(state: ServerState): void {
  state.connection.onDidChangeConfiguration((params) => {
    if (state.configurationCapability) {
      void loadSettings(state);
      return;
    }
    state.settings = readSettings(params.settings);
    revalidateAll(state);
  });
}
