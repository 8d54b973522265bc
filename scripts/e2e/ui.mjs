// SPDX-License-Identifier: Apache-2.0
// "What a person sees": Chromium (playwright-core) drives the code-server workbench with the packaged
// .vsix installed. Open a file, wait for the squiggle, hover it, Ctrl+. and pick the fix, Ctrl+S, and read
// the file from disk; run the audit from the command palette and see the report. Screenshots go to
// `shotsDir`. The selectors are VS Code internals (code-server is pinned): this layer stays thin, the
// real assertions are in the extension-host suite (test/e2e/suite).

import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, log } from './lib.mjs';

const T = 30_000;

/** Resolves once `ok(text)` holds for the file on disk (checked now and on every change of its folder). */
function waitForFile(file, ok, what, timeoutMs = T) {
  return new Promise((resolve, reject) => {
    let watcher;
    const read = () => {
      try {
        return fs.readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    };
    const check = () => {
      const text = read();
      if (!ok(text)) return false;
      clearTimeout(timer);
      watcher?.close();
      resolve(text);
      return true;
    };
    const timer = setTimeout(() => {
      watcher?.close();
      reject(new Error(`timed out waiting for ${what} in ${file}; on disk:\n${read()}`));
    }, timeoutMs);
    watcher = fs.watch(path.dirname(file), () => check());
    check();
  });
}

async function hoverText(page) {
  return page.evaluate(() => [...document.querySelectorAll('.monaco-hover:not(.hidden)')].map((e) => e.textContent).join(' | '));
}

/** Opens `rel` from the Explorer, as a person would with a click. */
async function openFromExplorer(page, rel) {
  const parts = rel.split('/');
  for (const [i, name] of parts.entries()) {
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).first();
    await row.waitFor({ timeout: T });
    if (i < parts.length - 1 && (await row.getAttribute('aria-expanded')) === 'true') continue;
    await row.click();
  }
  await page.locator(`.tabs-container .tab.active[aria-label^="${parts.at(-1)}"]`).waitFor({ timeout: T });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: T });
}

/**
 * One file: squiggle on `line`:`column` (1-based, the public-bucket setting), hover, quick fix `fixTitle`,
 * save, and `expectOnDisk` in the file.
 */
async function fixScenario(page, { workspace, rel, line, column, hoverMust, fixTitle, expectOnDisk, shots, prefix }) {
  const file = path.join(workspace, rel);
  await openFromExplorer(page, rel);
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.squiggly-error').first().waitFor({ timeout: T });
  const errorsBefore = await editor.locator('.squiggly-error').count();
  // Go to the line of the public setting (Ctrl+G), then point the mouse at the squiggle under the cursor.
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+g');
  await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: T });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
  const lineTop = await page.evaluate(() => {
    const cursor = document.querySelector('.editor-instance .monaco-editor .cursor');
    const r = cursor.getBoundingClientRect();
    return { x: r.x, y: r.y + r.height / 2 };
  });
  const squiggle = await page.evaluate(({ y }) => {
    const all = [...document.querySelectorAll('.editor-instance .monaco-editor .squiggly-error')].map((e) => e.getBoundingClientRect());
    const s = all.find((r) => r.y <= y && y <= r.y + r.height + 4);
    return s ? { x: s.x + s.width / 2, y: s.y + s.height / 2 } : null;
  }, lineTop);
  if (!squiggle) throw new Error(`no error squiggle on line ${line}`);
  await page.screenshot({ path: path.join(shots, `${prefix}-squiggle.png`) });
  await page.mouse.move(squiggle.x, squiggle.y);
  await page.waitForFunction((must) => {
    const text = [...document.querySelectorAll('.monaco-hover:not(.hidden)')].map((e) => e.textContent).join(' | ');
    return must.every((m) => text.includes(m));
  }, hoverMust, { timeout: T }).catch(async (e) => {
    throw new Error(`hover did not show ${JSON.stringify(hoverMust)}; it shows: ${JSON.stringify(await hoverText(page))}\n${e.message}`);
  });
  await page.screenshot({ path: path.join(shots, `${prefix}-hover.png`) });
  // Away from the hover, then the lightbulb menu at the cursor.
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: T }).catch(() => {});
  const row = page.locator('.action-widget .monaco-list-row', { hasText: fixTitle }).first();
  // The lightbulb menu at the cursor. On a loaded machine the key press was seen to be lost while the hover
  // was closing (the lightbulb shown, no menu: a screenshot of 2026-12-07): asked again, at most three times,
  // so a menu that never offers the fix still fails.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await row.waitFor({ timeout: attempt < 3 ? T / 3 : T });
      break;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
  await page.screenshot({ path: path.join(shots, `${prefix}-quickfix.png`) });
  await row.click();
  await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: T }).catch(() => {});
  // The fixed finding's squiggle goes away.
  await page.waitForFunction((n) => document.querySelectorAll('.editor-instance .monaco-editor .squiggly-error').length < n, errorsBefore, { timeout: T });
  await page.keyboard.press('Control+s');
  const text = await waitForFile(file, (t) => t.includes(expectOnDisk), JSON.stringify(expectOnDisk));
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: T });
  await page.screenshot({ path: path.join(shots, `${prefix}-fixed.png`) });
  return text;
}

async function auditScenario(page, { shots }) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: T });
  await page.keyboard.type('IaC Compliance: Audit Workspace');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Audit Workspace' }).first().waitFor({ timeout: T });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab[aria-label*="IaC Compliance Report"]').waitFor({ timeout: T });
  // The report is a webview: an iframe holding the content iframe.
  const body = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('body');
  // Evidence lines (file names) sit in collapsed <details>; the totals heading is always visible.
  await body.getByRole('heading', { name: 'Totals' }).first().waitFor({ timeout: T });
  await body.locator('code', { hasText: 'network.tf' }).first().waitFor({ state: 'attached', timeout: T });
  // The status bar counts the same violations as the report's totals (and shows the score).
  const violations = (await body.locator('table.totals tbody td').nth(1).innerText()).trim();
  await page.locator('.statusbar-item', { hasText: new RegExp(`(^|\\s)${violations} · \\d+%`) }).first().waitFor({ timeout: T });
  await page.screenshot({ path: path.join(shots, 'audit-report.png') });
  return body.innerText();
}

/** Runs a command from the palette (F1), picking the row that has `pick` (defaults to the typed text). */
async function runCommand(page, typed, pick = typed) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  // Right after a part closes (the side bar) keyboard focus can sit in a webview that has not forwarded
  // F1 yet: press it again (after Escape) rather than fail; the last try waits the full timeout.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    const shown = await input.waitFor({ state: 'visible', timeout: attempt < 3 ? 5_000 : T }).then(() => true, (e) => (attempt < 3 ? false : Promise.reject(e)));
    if (shown) break;
    await page.keyboard.press('Escape');
  }
  await page.keyboard.type(typed);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: pick }).first().waitFor({ timeout: T });
  await page.keyboard.press('Enter');
}

/**
 * The Compliance view after the audit: click the activity bar's IaC Compliance icon, see the frameworks,
 * expand the CIS Level 1 view and its first control (failing first), down to the resources.
 */
async function complianceViewScenario(page, { shots }) {
  await page.locator('.part.activitybar [aria-label^="IaC Compliance"]').first().click();
  // Wider than the default side bar, so the screenshot shows labels and descriptions: drag its edge.
  const bar = await page.locator('.part.sidebar').boundingBox();
  if (bar) {
    const y = bar.y + bar.height / 2;
    await page.mouse.move(bar.x + bar.width + 1, y);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width + 260, y, { steps: 5 });
    await page.mouse.up();
  }
  const rows = page.locator('.part.sidebar .monaco-list-row');
  const cis = rows.filter({ hasText: 'CIS AWS 5.0.0 · Level 1' }).first();
  await cis.waitFor({ timeout: T });
  await rows.filter({ hasText: /^\s*SOC 2/ }).first().waitFor({ timeout: T });
  if ((await cis.getAttribute('aria-expanded')) !== 'true') await cis.click();
  // Controls are the rows right below: the first one fails (worst first); open it to show its resources.
  const control = rows.filter({ hasText: /^\s*\d+(\.\d+)+ / }).first();
  await control.waitFor({ timeout: T });
  await control.click();
  await rows.filter({ hasText: /AWS-[A-Z0-9]+-\d+ · / }).first().waitFor({ timeout: T });
  await page.screenshot({ path: path.join(shots, 'compliance-view.png') });
  return page.locator('.part.sidebar').innerText();
}

/** The Getting Started walkthrough, opened from the palette as a new user finds it. */
async function walkthroughScenario(page, { shots }) {
  // The walkthrough shows its pages beside the steps only when the editor is wide enough.
  await runCommand(page, 'View: Close Primary Side Bar', 'Close Primary Side Bar');
  await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: T });
  await runCommand(page, 'Welcome: Open Walkthrough', 'Open Walkthrough');
  await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: T });
  await page.keyboard.type('IaC Compliance');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with IaC Compliance' }).first().waitFor({ timeout: T });
  await page.keyboard.press('Enter');
  const editor = page.locator('.part.editor');
  await editor.getByText('Open a sample', { exact: true }).first().waitFor({ timeout: T });
  await editor.getByText('Run the audit', { exact: true }).first().waitFor({ timeout: T });
  // The first step's Markdown (media) renders beside the steps, in a webview.
  const media = page.frameLocator('iframe.webview.ready:visible').frameLocator('iframe#active-frame').locator('body');
  const rendered = await media.getByText('The sample is a short Terraform file').first().waitFor({ timeout: T }).then(() => null, (e) => e);
  await page.screenshot({ path: path.join(shots, 'walkthrough.png') });
  if (rendered) throw new Error(`the first step's page did not render: ${rendered.message}`);
  return editor.innerText();
}

/**
 * In the open report, click "Save as HTML" (a command link in the webview), accept the save dialog's
 * proposed path (workspace/compliance-report.html), wait for the file, and take a full-page screenshot of
 * it as a browser shows it (report-html.png: the image in README.md and docs/report.md).
 */
async function saveHtmlScenario(page, { workspace, shots }) {
  const body = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('body');
  await body.locator('a.button', { hasText: 'Save as HTML' }).click();
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: T });
  await page.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-box input')?.value.endsWith('compliance-report.html'), null, { timeout: T });
  await page.keyboard.press('Enter');
  const file = path.join(workspace, 'compliance-report.html');
  const html = await waitForFile(file, (t) => t.trimEnd().endsWith('</html>'), 'the saved HTML report');
  if (html.includes('command:')) throw new Error('the saved report links to editor commands');
  const view = await page.context().newPage();
  try {
    await view.setViewportSize({ width: 1200, height: 900 });
    await view.goto(`file://${file}`);
    await view.getByText('Infrastructure compliance report').first().waitFor({ timeout: T });
    await view.screenshot({ path: path.join(shots, 'report-html.png'), fullPage: false });
  } finally {
    await view.close();
  }
  return html;
}

export async function runUiScenarios({ port, workspace, shotsDir, profileDir }) {
  const results = [];
  const ctx = await launchChromium(profileDir);
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    page.setDefaultTimeout(T);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const scenarios = [
      [
        'VS Code UI: Terraform public bucket: squiggle, hover, lightbulb fix, save',
        () =>
          fixScenario(page, {
            workspace, rel: 'main.tf', line: 10, column: 29, shots: shotsDir, prefix: 'terraform',
            hoverMust: ['AWS-S3-001', 'Why it matters', 'CIS AWS 5.0.0: 2.1.4', 'SOC 2: CC6.1, CC6.6'],
            fixTitle: 'Turn on all public access block settings',
            expectOnDisk: '  block_public_policy     = true\n',
          }),
      ],
      [
        'VS Code UI: CloudFormation YAML public bucket: squiggle, hover, lightbulb fix, save',
        () =>
          fixScenario(page, {
            workspace, rel: 'template.yaml', line: 10, column: 29, shots: shotsDir, prefix: 'cloudformation',
            hoverMust: ['AWS-S3-001', 'Why it matters', 'CIS AWS 5.0.0: 2.1.4', 'SOC 2: CC6.1, CC6.6'],
            fixTitle: 'Turn on all public access block settings',
            expectOnDisk: '        BlockPublicPolicy: true\n',
          }),
      ],
      ['VS Code UI: audit from the command palette opens the report', () => auditScenario(page, { shots: shotsDir })],
      ['VS Code UI: "Save as HTML" in the report writes the file (screenshot of it in a browser)', () => saveHtmlScenario(page, { workspace, shots: shotsDir })],
      ['VS Code UI: the Compliance view shows frameworks, controls and resources', () => complianceViewScenario(page, { shots: shotsDir })],
      ['VS Code UI: the Getting Started walkthrough', () => walkthroughScenario(page, { shots: shotsDir })],
    ];
    for (const [title, fn] of scenarios) {
      try {
        await fn();
        results.push({ title, ok: true });
      } catch (e) {
        await page.screenshot({ path: path.join(shotsDir, `failure-${results.length + 1}.png`) }).catch(() => {});
        results.push({ title, ok: false, error: e?.stack ?? String(e) });
      }
      log(`ui: ${title}: ${results.at(-1).ok ? 'ok' : 'FAILED'}`);
    }
  } finally {
    await ctx.close().catch(() => {});
  }
  return results;
}
