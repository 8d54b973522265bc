// SPDX-License-Identifier: Apache-2.0
// Names shared by the language server and its clients: commands, custom requests, settings. The only
// server file the VS Code client imports (it has no runtime dependencies).

export const SERVER_NAME = 'iac-compliance';
export const DIAGNOSTIC_SOURCE = 'iac-compliance';

export const CommandIds = {
  auditWorkspace: 'iacCompliance.auditWorkspace',
  /**
   * Runs after a quick fix that inserted a placeholder (a variable / parameter for a value only the user
   * knows): selects the placeholder in the editor so the user can type the real value. Arguments: the
   * document URI and the placeholder name.
   */
  revealPlaceholder: 'iacCompliance.revealPlaceholder',
} as const;

export const Requests = {
  /** Scans every Terraform/CloudFormation file under the workspace folders; params AuditParams. */
  auditWorkspace: 'iacCompliance/auditWorkspace',
} as const;

/** The `source.fixAll` kind for our safe fixes. */
export const FIX_ALL_KIND = 'source.fixAll.iacCompliance';

export type SeverityThreshold = 'info' | 'low' | 'medium' | 'high' | 'critical';

/** `iacCompliance.*` settings. */
export interface Settings {
  enable: boolean;
  /** Findings below this level are not shown. `info` shows "cannot verify" notes too. */
  severityThreshold: SeverityThreshold;
  /** Rule ids never reported. */
  excludedRules: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  severityThreshold: 'info',
  excludedRules: [],
};

export interface AuditParams {
  /** Folders to scan (file system paths); the server's workspace folders when omitted. */
  folders?: string[];
  /** Path globs (relative to a folder) to leave out, in addition to the defaults. */
  exclude?: string[];
}

export interface AuditResult {
  files: number;
  findings: number;
  bySeverity: Record<string, number>;
}

/** What each diagnostic carries in `data`, so code actions never parse messages. */
export interface DiagnosticData {
  ruleId: string;
  resource: string;
  kind: 'violation' | 'unverifiable' | 'missing';
  /** Offsets of the finding in the text it was computed on, to find it again. */
  start: number;
  end: number;
  fixes: { id: string; title: string; safety: 'safe' | 'unsafe' }[];
}
