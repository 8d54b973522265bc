// SPDX-License-Identifier: Apache-2.0
// JUnit XML: one test suite per framework view, one test case per control (failure when it fails,
// skipped when not applicable or manual), so CI dashboards show compliance like a test run.

import type { ComplianceReport } from './compliance';
import { frameworkName } from './markdown';
import { baselinedNote } from './scan-result';

export function esc(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // XML 1.0 cannot carry these at all (not even as character references): control characters, lone
      // surrogates and U+FFFE/U+FFFF become U+FFFD so the report stays well-formed.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  );
}

export function toJunit(r: ComplianceReport): string {
  const suites = r.frameworks.map((f) => {
    const cases = f.controls.map((c) => {
      const name = `${c.id}${c.title ? ` ${c.title}` : ''}`;
      const head = `    <testcase classname="${esc(frameworkName(f))}" name="${esc(name)}">`;
      if (c.status === 'fail') {
        const detail = c.findings.filter((x) => !x.suppressed && x.kind !== 'unverifiable').map((x) => `${x.file}:${x.startLine} ${x.ruleId} ${x.resource}: ${x.message}`).join('\n');
        return `${head}\n      <failure message="${esc(`${c.rules.join(', ')} failed`)}">${esc(detail)}</failure>\n    </testcase>`;
      }
      if (c.status === 'not-applicable' || c.status === 'manual') return `${head}\n      <skipped message="${c.status}"/>\n    </testcase>`;
      if (c.status === 'unknown' || c.status === 'excepted' || c.status === 'excepted-unjustified') return `${head}\n      <system-out>${esc(c.status)}</system-out>\n    </testcase>`;
      return `${head}</testcase>`;
    });
    const failures = f.controls.filter((c) => c.status === 'fail').length;
    const skipped = f.controls.filter((c) => c.status === 'not-applicable' || c.status === 'manual').length;
    return `  <testsuite name="${esc(frameworkName(f))}" tests="${f.controls.length}" failures="${failures}" errors="0" skipped="${skipped}" timestamp="${esc(r.generatedAt)}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const total = r.frameworks.reduce((n, f) => n + f.controls.length, 0);
  const failures = r.frameworks.reduce((n, f) => n + f.counts.fail, 0);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="iac-compliance" tests="${total}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
  // A comment: JUnit has no place for it, and `--` may not appear in one.
  return r.baseline ? `${xml}<!-- ${baselinedNote(r.baseline).replace(/--/g, '- -')} -->\n` : xml;
}
