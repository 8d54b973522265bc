// SPDX-License-Identifier: Apache-2.0
// A status bar item with the number of open findings (from our diagnostics, wherever they came from) and,
// once the workspace has been audited, the score of the framework chosen in
// `iacCompliance.statusBarFramework`. The score follows edits: after a change to a Terraform or
// CloudFormation file (typed, saved, or changed on disk) or to the settings it is marked stale, and a quiet
// re-audit (follow-edits.ts, run by audit.ts) replaces it. Clicking opens the report, re-running the audit first when the
// report is older than the files.

import * as vscode from 'vscode';
import { CommandIds } from '../../server/src/protocol';
import type { FrameworkScore } from '../../server/src/protocol';

/** Diagnostic codes of our rules (syntax problems, evaluation notes and suppression problems are not counted). */
const RULE_CODE = /^[A-Z]+-[A-Z0-9]+-\d+$/;

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('iacCompliance.status', vscode.StatusBarAlignment.Left, 50);
  private readonly listeners: vscode.Disposable[];
  private scores: FrameworkScore[] = [];
  /** The score was computed before the latest change to the files (a re-audit is pending). */
  private scoreStale = false;
  /** The report shown (and saved) was made before the latest change to the files. */
  private reportStale = false;

  constructor(private readonly source: string) {
    this.item.command = CommandIds.showReport;
    this.item.name = 'IaC Compliance';
    this.listeners = [
      vscode.languages.onDidChangeDiagnostics(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('iacCompliance.statusBarFramework')) this.refresh();
      }),
    ];
    this.refresh();
    this.item.show();
  }

  /** Scores of an audit; `withReport`: the audit also made the report now shown. */
  setScores(scores: FrameworkScore[], withReport: boolean): void {
    this.scores = scores;
    this.scoreStale = false;
    if (withReport) this.reportStale = false;
    this.refresh();
  }

  /** Files or settings changed since the last audit. */
  markStale(): void {
    if (this.scores.length === 0) return;
    this.scoreStale = true;
    this.reportStale = true;
    this.refresh();
  }

  /** Whether an audit has produced a score (edits are followed only then). */
  get audited(): boolean {
    return this.scores.length > 0;
  }

  /** Whether the report is older than the files (clicking re-runs the audit). */
  get isStale(): boolean {
    return this.reportStale;
  }

  /** Violations and "cannot verify" shown in the Problems panel, counted as `scan` counts them. */
  counts(): { violations: number; cannotVerify: number } {
    let violations = 0;
    let cannotVerify = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics) {
        // With a documentation link the code is `{ value, target }`.
        const code = typeof d.code === 'object' ? d.code.value : d.code;
        if (d.source !== this.source || typeof code !== 'string' || !RULE_CODE.test(code)) continue;
        if (d.message.startsWith('Cannot verify')) cannotVerify++;
        else violations++;
      }
    }
    return { violations, cannotVerify };
  }

  refresh(): void {
    const { violations: count, cannotVerify } = this.counts();
    const findings = `${count} violation${count === 1 ? '' : 's'}, ${cannotVerify} cannot verify`;
    const wanted = vscode.workspace.getConfiguration('iacCompliance').get<string>('statusBarFramework') ?? 'cis-aws-5.0.0:level1';
    const score = this.scores.find((s) => s.id === wanted);
    if (score) {
      const rate = score.passRate === null ? 'n/a' : `${Math.round(score.passRate * 100)}%`;
      this.item.text = `$(shield) ${count} · ${rate}${this.scoreStale ? ' (updating)' : ''}`;
      const state = this.scoreStale
        ? '. Files changed: the score is being recomputed'
        : this.reportStale
          ? '. Files changed since the report was made: click to re-run the audit and open it'
          : '. Click for the report';
      this.item.tooltip = `IaC Compliance: ${findings}; ${score.name}: ${rate} of decided controls pass (${score.pass} pass, ${score.fail} fail)${state}.`;
    } else {
      this.item.text = `$(shield) ${count}`;
      this.item.tooltip = `IaC Compliance: ${findings}. Click to audit the workspace and open the report.`;
    }
  }

  /** The status bar text and tooltip (for tests). */
  get shown(): { text: string; tooltip: string } {
    return { text: this.item.text, tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : '' };
  }

  dispose(): void {
    for (const l of this.listeners) l.dispose();
    this.item.dispose();
  }
}
