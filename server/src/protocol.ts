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
  /**
   * Client-side: saves the latest audit report to a file chosen in a save dialog. Arguments: `'html'` or
   * `'markdown'`, and optionally the target file URI (no dialog). The report webview's "Save as HTML" /
   * "Save as Markdown" buttons are command URIs to it.
   */
  saveReport: 'iacCompliance.saveReport',
} as const;

export const Requests = {
  /** Scans every Terraform/CloudFormation file under the workspace folders; params AuditParams. */
  auditWorkspace: 'iacCompliance/auditWorkspace',
  /** Every rule of the server (id, title, severity, framework summary, documentation): RuleInfo[]. */
  rules: 'iacCompliance/rules',
  /**
   * The report of the latest audit made with `report: true` as a file to save: ReportFileParams → string,
   * or null when there is none. Made on request by the functions `iacCompliance report` uses
   * (`--format html` / `--format md`): file:line references are plain text, not editor links.
   */
  reportFile: 'iacCompliance/reportFile',
} as const;

export const Notifications = {
  /** Server → client during an audit, every 20 files: AuditProgress. */
  auditProgress: 'iacCompliance/auditProgress',
  /** Client → server: the user trusted the workspace (VS Code's onDidGrantWorkspaceTrust); no params. */
  workspaceTrusted: 'iacCompliance/workspaceTrusted',
} as const;

/**
 * `initializationOptions` the server reads. `workspaceTrusted: false` (VS Code's
 * `workspace.isTrusted`) limits the server to the built-in rules: no project file (its exceptions, rule
 * exclusions, severities), no var files from the settings. Absent means trusted (plain editors).
 */
export interface InitializationOptions {
  settings?: unknown;
  clientCommands?: string[];
  workspaceTrusted?: boolean;
}

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
  /**
   * Milliseconds without an edit after which the user counts as paused: until then syntax errors and new
   * findings at the place being typed wait, and a resource that stopped parsing keeps its findings as
   * they were (see server/src/lsp/calm.ts). 0 publishes every keystroke's analysis as it is.
   */
  typingDelay: number;
  /** Largest file analyzed, in MB (MiB); larger files get one error diagnostic and are not read. */
  maxFileSize: number;
  /**
   * An explicit project file (the editor's `--config`): absolute, or relative to the first workspace
   * folder; '' for the workspace folder's own `.iac-compliance.yaml`. Read only in a trusted workspace.
   */
  configFile: string;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  severityThreshold: 'info',
  excludedRules: [],
  defaults: 'assume',
  terraformVarFiles: [],
  cloudformationParameterFiles: [],
  cannotVerifySeverity: 'hint',
  typingDelay: 500,
  maxFileSize: 5,
  configFile: '',
};

export interface AuditParams {
  /** Folders to scan (file system paths); the server's workspace folders when omitted. */
  folders?: string[];
  /** Path globs (relative to a folder) to leave out, in addition to the defaults. */
  exclude?: string[];
  /** Also return the HTML report (for the webview), with file:line links as openLocation command URIs. */
  report?: boolean;
  /** Also return the report as plain data for the Compliance view (`AuditResult.tree`). */
  tree?: boolean;
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
  /** With `tree: true`: frameworks, controls and evidence as the report has them, for the Compliance view. */
  tree?: ComplianceTreeData;
}

/** A control's (or an evidence item's) status, with the report's semantics (docs/report.md). */
export type TreeStatus = 'pass' | 'fail' | 'excepted' | 'excepted-unjustified' | 'unknown' | 'not-applicable' | 'manual';

/** One thing judged for a control: a resource (or an account-level finding) with its outcome and place. */
export interface TreeEvidence {
  ruleId: string;
  /** Address (`aws_s3_bucket.logs`), logical id, or `(project)`. */
  resource: string;
  /** The path shown (relative to its workspace folder) and the file's URI, to open it. */
  file: string;
  uri: string;
  /** 1-based: the resource's first line. */
  line: number;
  /** Where the decisive finding is (1-based line and column), when there is one: a click goes there. */
  at?: { line: number; column: number };
  status: Exclude<TreeStatus, 'not-applicable' | 'manual'>;
  finding?: string;
  exception?: { justification: string; origin: string; until: string | null };
}

export interface TreeControl {
  id: string;
  title: string;
  level?: 1 | 2;
  status: TreeStatus;
  rules: string[];
  /** Indexes into ComplianceTreeData.evidence (an item evidences several controls and frameworks). */
  evidence: number[];
}

export interface TreeFramework {
  /** As FrameworkScore.id: the framework key, plus `:level1` / `:all` for CIS. */
  id: string;
  name: string;
  /** For narrow places (the view's labels): `CIS AWS 5.0.0 · Level 1`, `SOC 2`. */
  short: string;
  counts: Record<TreeStatus, number>;
  passRate: number | null;
  passRateWithExceptions: number | null;
  controls: TreeControl[];
}

/** An exception in force (or expired), as the report's register lists it. */
export interface TreeException {
  ruleId: string;
  resource: string;
  file: string;
  uri: string;
  line: number;
  justification: string;
  until: string | null;
  origin: string;
  expired: boolean;
}

export interface ComplianceTreeData {
  generatedAt: string;
  files: number;
  frameworks: TreeFramework[];
  evidence: TreeEvidence[];
  exceptions: TreeException[];
}

/** One rule, for the "Explain rule" quick pick. */
export interface RuleInfo {
  id: string;
  title: string;
  severity: string;
  /** The CIS and SOC 2 ids, as diagnostics end their messages. */
  summary: string;
  /** The rule's documentation page (a file URI, docs/rules/ID.md next to the server bundle). */
  doc: string;
}

export type ReportFileFormat = 'html' | 'markdown';

export interface ReportFileParams {
  format: ReportFileFormat;
}

/**
 * What each finding's diagnostic carries in `data`, so code actions never parse messages. Kept small: it
 * is sent with every diagnostic on every keystroke. The rule id is the diagnostic's `code`; the fixes
 * (titles, edits) are not here: `textDocument/codeAction` finds the finding again by `code` and the range
 * (as offsets in the current text) and computes them then. No offsets either: the range says the same,
 * and offsets change for every diagnostic after an edit where ranges do not (typing within a line), so
 * they would defeat the reuse of the unchanged diagnostics' JSON from one publish to the next.
 */
export interface DiagnosticData {
  /** The resource's address (`aws_s3_bucket.logs`) or logical id; `(project)` for account-level findings. */
  resource: string;
  kind: 'violation' | 'unverifiable' | 'missing';
  /**
   * The finding is kept from an earlier text while its resource is being typed and does not parse (or
   * was lost by the parse): its range moved with the edits, its message is from then.
   */
  stale?: boolean;
}
