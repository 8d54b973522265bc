// SPDX-License-Identifier: Apache-2.0
// The compliance report as one self-contained HTML file: no scripts, no network, prints well to PDF.
// A summary to look at (a score bar per framework, findings by severity and by service), then the
// detail per framework and the exception register.

import type { ComplianceReport, ControlResult } from './compliance';
import { METHOD, STATUS_LABEL, evidenceLine, frameworkName, headerRows, percent, searchedLine } from './markdown';
import { registerRows } from './register';
import { baselinedNote } from './scan-result';
import { joined } from './json-chunks';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const STATUS_CLASS: Record<ControlResult['status'], string> = {
  pass: 'pass',
  fail: 'fail',
  excepted: 'excepted',
  'excepted-unjustified': 'unjustified',
  unknown: 'unknown',
  'not-applicable': 'na',
  manual: 'na',
};

function bar(parts: [string, number, string][]): string {
  const total = parts.reduce((n, [, v]) => n + v, 0) || 1;
  return `<div class="bar">${parts.map(([cls, v, label]) => (v > 0 ? `<span class="${cls}" style="width:${(100 * v) / total}%" title="${esc(label)}: ${v}"></span>` : '')).join('')}</div>`;
}

function splitAt(location: string): [string, number] {
  const i = location.lastIndexOf(':');
  return [location.slice(0, i), Number(location.slice(i + 1))];
}

export interface HtmlOptions {
  /**
   * Where a file:line reference links to (the editor's webview passes a command URI that opens the file at
   * the line); plain text when absent or when it returns undefined, as in the exported file.
   */
  link?: (file: string, line: number) => string | undefined;
  /**
   * Links shown as buttons above the report and never printed (the webview's "Save as HTML" / "Save as
   * Markdown", command URIs: the webview runs no script). None in the exported file.
   */
  actions?: { label: string; href: string }[];
}

export function toHtml(r: ComplianceReport, options: HtmlOptions = {}): string {
  return joined(htmlChunks(r, options));
}

/**
 * The HTML report in pieces, a control at a time: its evidence lists every resource judged (the corpus's
 * report is 143 MB), so a workspace a few times larger would not fit in one string.
 */
export function* htmlChunks(r: ComplianceReport, options: HtmlOptions = {}): Generator<string> {
  const where = (file: string, line: number): string => {
    const code = `<code>${esc(file)}:${line}</code>`;
    const href = options.link?.(file, line);
    return href === undefined ? code : `<a href="${esc(href)}">${code}</a>`;
  };
  const sev = { critical: 0, high: 0, medium: 0, low: 0 } as Record<string, number>;
  const byService = new Map<string, number>();
  for (const f of r.findings) {
    if (f.suppressed || f.kind === 'unverifiable') continue;
    sev[f.severity] = (sev[f.severity] ?? 0) + 1;
    const service = f.ruleId.split('-')[1] ?? 'OTHER';
    byService.set(service, (byService.get(service) ?? 0) + 1);
  }
  const maxService = Math.max(1, ...byService.values());
  const summary = r.frameworks
    .map(
      (f) => `<tr><td>${esc(frameworkName(f))}</td><td class="num">${percent(f.passRate)}</td><td class="num">${percent(f.passRateWithExceptions)}</td><td>${bar([
        ['pass', f.counts.pass, 'pass'],
        ['excepted', f.counts.excepted, 'excepted'],
        ['unjustified', f.counts['excepted-unjustified'], 'excepted, no justification'],
        ['unknown', f.counts.unknown, 'unknown'],
        ['fail', f.counts.fail, 'fail'],
      ])}</td><td class="num">${f.counts.pass}</td><td class="num">${f.counts.fail}</td><td class="num">${f.counts.excepted}</td><td class="num">${f.counts['excepted-unjustified']}</td><td class="num">${f.counts.unknown}</td><td class="num">${f.counts['not-applicable']}</td><td class="num">${f.counts.manual}</td></tr>`,
    )
    .join('\n');
  const severities = Object.entries(sev)
    .map(([k, v]) => `<div class="hrow"><span class="label">${k}</span><span class="hbar sev-${k}" style="width:${Math.max(v ? 2 : 0, (100 * v) / Math.max(1, ...Object.values(sev)))}%"></span><span class="num">${v}</span></div>`)
    .join('');
  const services = [...byService.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `<div class="hrow"><span class="label">${esc(k)}</span><span class="hbar svc" style="width:${(100 * v) / maxService}%"></span><span class="num">${v}</span></div>`)
    .join('');
  // A section per framework, a row per control: each control lists its evidence, every resource judged.
  const details = function* (): Generator<string> {
    let first = true;
    for (const f of r.frameworks) {
      if (!first) yield '\n';
      first = false;
      yield `<section><h2>${esc(frameworkName(f))}: ${percent(f.passRate)} <span class="muted">(${percent(f.passRateWithExceptions)} with exceptions)</span></h2><table><thead><tr><th>control</th><th>title</th><th>status</th><th>rules</th><th>evidence</th></tr></thead><tbody>`;
      let firstRow = true;
      for (const c of f.controls) {
        if (c.status === 'manual') continue;
        // Evidence by name, collapsed: the complete list is one click away (and in JSON/Markdown).
        const lines = [
          ...c.evidence.map((e) => `<li class="ev-${STATUS_CLASS[e.status]}">${where(e.file, e.line)} ${esc(evidenceLine(e).replace(` · ${e.file}:${e.line}`, ''))}</li>`),
          ...c.searched.map((x) => `<li class="muted">${esc(searchedLine(x))}</li>`),
        ];
        const evidence = lines.length
          ? `<details><summary>${c.evidence.length} judged${c.searched.length ? `, ${c.searched.length} places searched` : ''}</summary><ul>${lines.join('')}</ul></details>`
          : '<span class="muted">nothing of the kinds its rules check</span>';
        yield `${firstRow ? '' : '\n'}<tr><td>${esc(c.id)}</td><td>${esc(c.title)}</td><td><span class="badge ${STATUS_CLASS[c.status]}">${esc(STATUS_LABEL[c.status])}</span></td><td>${esc(c.rules.join(', '))}</td><td>${evidence}</td></tr>`;
        firstRow = false;
      }
      yield '</tbody></table></section>';
    }
  };
  const manual = r.manual
    .filter((m) => m.ids.length > 0)
    .map((m) => `<li>${esc(r.header.frameworks.find((f) => f.key === m.key)?.title ?? m.key)} (${m.ids.length}): ${esc(m.ids.map((x) => x.id).join(', '))}</li>`)
    .join('');
  const actions = options.actions?.length
    ? `<nav class="actions no-print">${options.actions.map((a) => `<a class="button" href="${esc(a.href)}">${esc(a.label)}</a>`).join('')}</nav>\n`
    : '';
  const header = headerRows(r.header)
    .map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`)
    .join('');
  const t = r.summary;
  const rows = registerRows(r);
  const exceptions = rows.length
    ? `<table><thead><tr><th>rule</th><th>resource</th><th>finding at</th><th>written as</th><th>justification</th><th>until</th><th>state</th></tr></thead><tbody>${rows
        .map((e) => {
          const [file, line] = splitAt(e.finding);
          const cls = e.state.startsWith('EXPIRED') ? ' class="flag"' : e.state.includes('no reason') ? ' class="warn"' : '';
          return `<tr${cls}><td>${esc(e.ruleId)}</td><td>${esc(e.resource)}</td><td>${where(file, line)}</td><td>${esc(e.origin)}<br><span class="muted">${esc(e.writtenAt)}</span></td><td>${esc(e.justification)}</td><td>${esc(e.until)}</td><td>${esc(e.state)}</td></tr>`;
        })
        .join('')}</tbody></table>`
    : '<p>No exceptions in force.</p>';
  yield `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Infrastructure compliance report</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2330;margin:2rem auto;max-width:1100px;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #dde1e8;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #e7e9ee;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f6f8;font-weight:600}.num{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#667085}
.bar{display:flex;height:12px;width:220px;background:#eef0f3;border-radius:3px;overflow:hidden}.bar span{display:block;height:100%}
.pass{background:#2e9d5b}.fail{background:#d64545}.excepted{background:#d9a400}.unjustified{background:#a86b00}.unknown{background:#8d99ae}.na{background:#c9ced6}
details summary{cursor:pointer}details ul{margin:.3rem 0;padding-left:1.1rem}.ev-fail{color:#a11}.totals td{font-size:1.2rem;font-weight:600}
.badge{color:#fff;border-radius:3px;padding:1px 6px;font-size:12px}
.charts{display:flex;gap:2rem;flex-wrap:wrap}.chart{flex:1;min-width:300px}.hrow{display:flex;align-items:center;gap:.5rem;margin:.2rem 0}
.label{width:110px}.hbar{display:block;height:12px;border-radius:2px}.sev-critical{background:#7a1010}.sev-high{background:#d64545}.sev-medium{background:#e8890c}.sev-low{background:#e5c100}.svc{background:#4461b8}
code{font-size:12px}a{color:inherit}.actions{display:flex;gap:.5rem;justify-content:flex-end}.button{border:1px solid #b8bfcc;border-radius:4px;padding:.25rem .7rem;text-decoration:none;background:#f5f6f8}tr.flag td{background:#fdecec}tr.warn td{background:#fff7e0}
@media print{body{margin:0;max-width:none;font-size:11px}section{break-inside:avoid-page}details>summary{display:none}details>ul{display:block}.no-print{display:none}a{text-decoration:none}.bar,.badge,.hbar{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
</style></head><body>
${actions}<h1>Infrastructure compliance report</h1>
<table class="header">${header}</table>
<h2>Totals</h2>
<table class="totals"><thead><tr><th class="num">files</th><th class="num">violations</th><th class="num">cannot verify</th><th class="num">suppressed</th><th class="num">without justification</th><th class="num">expired exceptions</th></tr></thead><tbody><tr><td class="num">${t.files}</td><td class="num">${t.violations}</td><td class="num">${t.cannotVerify}</td><td class="num">${t.suppressed}</td><td class="num">${t.unjustified}</td><td class="num">${t.expired}</td></tr></tbody></table>
<h2>Scores</h2>
${r.frameworks.length === 0 ? '<p>No framework is evidenced by the files in scope.</p>' : `<table><thead><tr><th>framework</th><th class="num">pass rate</th><th class="num">with exceptions</th><th>controls</th><th class="num">pass</th><th class="num">fail</th><th class="num">excepted</th><th class="num">no justification</th><th class="num">unknown</th><th class="num">n/a</th><th class="num">manual</th></tr></thead><tbody>
${summary}
</tbody></table>`}
<h2>Method</h2>
<p>${esc(METHOD)}</p>
${manual ? `<p>Needs manual evidence (no rule can decide these from code):</p><ul>${manual}</ul>` : ''}
<div class="charts"><div class="chart"><h2>Findings by severity</h2>${severities}</div><div class="chart"><h2>Findings by service</h2>${services || '<p class="muted">No findings.</p>'}</div></div>
`;
  yield* details();
  yield `
<h2>Exception register</h2>
${exceptions}
${r.baseline ? `<p class="muted">${esc(baselinedNote(r.baseline))} Control statuses and pass rates still count them.</p>\n` : ''}</body></html>
`;
}

/** The policy the editor's report webview is shown under: no scripts, no remote loads, inline styles only. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; script-src 'none'; form-action 'none'";

/** The report HTML with a Content-Security-Policy meta tag first in its head (for webviews). */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`;
  // A function replacement: nothing in the HTML is read as a `$` substitution pattern.
  return /<head>/i.test(html) ? html.replace(/<head>/i, () => `<head>${meta}`) : `${meta}${html}`;
}
