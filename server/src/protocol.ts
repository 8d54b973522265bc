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
  /** Opens the latest audit report in a webview (runs the audit first when there is none). */
  showReport: 'iacCompliance.showReport',
  /** Client-side: opens a file at a 1-based line; the report's file:line links are command URIs to it. */
  openLocation: 'iacCompliance.openLocation',
} as const;

export const Requests = {
  /** Scans every Terraform/CloudFormation file under the workspace folders; params AuditParams. */
  auditWorkspace: 'iacCompliance/auditWorkspace',
} as const;

export const Notifications = {
  /** Server → client during an audit, every 20 files: AuditProgress. */
  auditProgress: 'iacCompliance/auditProgress',
} as const;

export interface AuditProgress {
  /** Files looked at so far, of `total` candidate files (Terraform, YAML, JSON) found. */
  done: number;
  total: number;
}

/** The `source.fixAll` kind for our safe fixes. */
export const FIX_ALL_KIND = 'source.fixAll.iacCompliance';

export type SeverityThreshold = 'info' | 'low' | 'medium' | 'high' | 'critical';

/** The LSP severity of "cannot verify" findings (they are not violations). */
export type CannotVerifySeverity = 'hint' | 'information' | 'warning';

/** `iacCompliance.*` settings. */
export interface Settings {
  enable: boolean;
  /** Findings below this level are not shown. `info` shows "cannot verify" notes too. */
  severityThreshold: SeverityThreshold;
  /** Rule ids never reported. */
  excludedRules: string[];
  /** `assume`: variables' and parameters' defaults are their values; `unknown`: they are not assumed. */
  defaults: 'assume' | 'unknown';
  /** Terraform var files applied to every root module (paths relative to the workspace folder, or absolute). */
  terraformVarFiles: string[];
  /** CloudFormation parameter files applied to every template (paths relative to the workspace folder, or absolute). */
  cloudformationParameterFiles: string[];
  /** How "cannot verify" findings are shown: a hint (default), information or a warning. */
  cannotVerifySeverity: CannotVerifySeverity;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  severityThreshold: 'info',
  excludedRules: [],
  defaults: 'assume',
  terraformVarFiles: [],
  cloudformationParameterFiles: [],
  cannotVerifySeverity: 'hint',
};

export interface AuditParams {
  /** Folders to scan (file system paths); the server's workspace folders when omitted. */
  folders?: string[];
  /** Path globs (relative to a folder) to leave out, in addition to the defaults. */
  exclude?: string[];
  /** Also return the HTML report (for the webview), with file:line links as openLocation command URIs. */
  report?: boolean;
}

/** One framework view's score, for the status bar (framework key plus `:level1` / `:all` for CIS). */
export interface FrameworkScore {
  id: string;
  name: string;
  /** Passing controls / decided controls; null when no control was decided. */
  passRate: number | null;
  pass: number;
  fail: number;
  /** Controls whose evidence could not be verified (they count against the pass rate). */
  unknown?: number;
}

export interface AuditResult {
  files: number;
  /** Violations shown (incl. account-level "missing" ones, once per workspace): `scan`'s violations. */
  findings: number;
  /** "Cannot verify" findings shown: not counted in `findings`. */
  cannotVerify?: number;
  /** Findings covered by an exception, and of those without a justification. */
  suppressed?: number;
  unjustified?: number;
  bySeverity: Record<string, number>;
  /** Files read from disk by this audit (the others were unchanged since the previous audit). */
  read?: number;
  scores?: FrameworkScore[];
  reportHtml?: string;
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
