// SPDX-License-Identifier: Apache-2.0
// workspace/didChangeConfiguration: re-read `iacCompliance.*` settings and re-validate.

import { DEFAULT_SETTINGS } from '../protocol';
import type { SeverityThreshold, Settings } from '../protocol';
import type { ServerState } from '../lsp/state';
import { revalidateAll } from '../lsp/publish';
import { syncProjectConfig } from '../lsp/project-config';
import { isAbsolute, join } from 'node:path';
import type { EvaluationInputs } from '../core/inputs';

/** Ten minutes: beyond, a "pause" is no longer one (and setTimeout's range is far above it). */
const MAX_TYPING_DELAY_MS = 600_000;

const THRESHOLDS: SeverityThreshold[] = ['info', 'low', 'medium', 'high', 'critical'];

/** Validates settings from any client; unknown or malformed values fall back to defaults. */
export function readSettings(raw: unknown): Settings {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const inner = (typeof o.iacCompliance === 'object' && o.iacCompliance !== null ? o.iacCompliance : o) as Record<string, unknown>;
  const threshold = inner.severityThreshold;
  const excluded = inner.excludedRules;
  const terraform = (typeof inner.terraform === 'object' && inner.terraform !== null ? inner.terraform : {}) as Record<string, unknown>;
  const varFiles = terraform.varFiles ?? inner['terraform.varFiles'];
  const typingDelay = inner.typingDelay;
  const cloudformation = (typeof inner.cloudformation === 'object' && inner.cloudformation !== null ? inner.cloudformation : {}) as Record<string, unknown>;
  const parameterFiles = cloudformation.parameterFiles ?? inner['cloudformation.parameterFiles'];
  return {
    enable: typeof inner.enable === 'boolean' ? inner.enable : DEFAULT_SETTINGS.enable,
    severityThreshold: THRESHOLDS.includes(threshold as SeverityThreshold) ? (threshold as SeverityThreshold) : DEFAULT_SETTINGS.severityThreshold,
    excludedRules: Array.isArray(excluded) ? excluded.filter((x): x is string => typeof x === 'string') : DEFAULT_SETTINGS.excludedRules,
    defaults: inner.defaults === 'unknown' ? 'unknown' : DEFAULT_SETTINGS.defaults,
    cannotVerifySeverity: inner.cannotVerifySeverity === 'information' || inner.cannotVerifySeverity === 'warning' || inner.cannotVerifySeverity === 'hint' ? inner.cannotVerifySeverity : DEFAULT_SETTINGS.cannotVerifySeverity,
    typingDelay: typeof typingDelay === 'number' && Number.isFinite(typingDelay) && typingDelay >= 0 ? Math.min(typingDelay, MAX_TYPING_DELAY_MS) : DEFAULT_SETTINGS.typingDelay,
    configFile: typeof inner.configFile === 'string' ? inner.configFile.trim() : DEFAULT_SETTINGS.configFile,
    maxFileSize: typeof inner.maxFileSize === 'number' && Number.isFinite(inner.maxFileSize) && inner.maxFileSize > 0 ? inner.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    terraformVarFiles: Array.isArray(varFiles) ? varFiles.filter((x): x is string => typeof x === 'string' && x !== '') : DEFAULT_SETTINGS.terraformVarFiles,
    cloudformationParameterFiles: Array.isArray(parameterFiles)
      ? parameterFiles.filter((x): x is string => typeof x === 'string' && x !== '')
      : DEFAULT_SETTINGS.cloudformationParameterFiles,
  };
}

/**
 * What the settings ask of the analysis: defaults on or off, var files (relative to the first folder),
 * the file size limit.
 */
export function applyEvaluationSettings(state: ServerState): void {
  const s = state.settings;
  state.service.setMaxFileSize(Math.floor(s.maxFileSize * 1024 * 1024));
  const base = state.workspaceFolders[0];
  const absolute = (f: string): string => (isAbsolute(f) || !base ? f : join(base, f));
  // An untrusted workspace's settings do not pick files to read (VS Code also ignores its values of the
  // restricted settings; other clients may not).
  const files = state.trusted ? s.terraformVarFiles.map(absolute) : [];
  const parameterFiles = state.trusted ? s.cloudformationParameterFiles.map(absolute) : [];
  const inputs: EvaluationInputs = { defaults: s.defaults };
  if (files.length > 0) inputs.terraformVarFiles = files;
  if (parameterFiles.length > 0) inputs.cfnParameterFiles = parameterFiles;
  const current = state.service.evaluationInputs;
  const same = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean => (a ?? []).join('\n') === (b ?? []).join('\n');
  if (current.defaults !== inputs.defaults || !same(current.terraformVarFiles, inputs.terraformVarFiles) || !same(current.cfnParameterFiles, inputs.cfnParameterFiles)) {
    state.service.setInputs(inputs);
  }
}

export async function loadSettings(state: ServerState): Promise<void> {
  if (!state.configurationCapability) return;
  try {
    const raw: unknown = await state.connection.workspace.getConfiguration('iacCompliance');
    state.settings = readSettings(raw);
    applyEvaluationSettings(state);
  } catch {
    // Keep the current settings if the client cannot answer.
  }
  syncProjectConfig(state);
  revalidateAll(state);
}

export function registerDidChangeConfiguration(state: ServerState): void {
  state.connection.onDidChangeConfiguration((params) => {
    if (state.configurationCapability) {
      void loadSettings(state);
      return;
    }
    state.settings = readSettings(params.settings);
    applyEvaluationSettings(state);
    syncProjectConfig(state);
    revalidateAll(state);
  });
}
