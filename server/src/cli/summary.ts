// SPDX-License-Identifier: Apache-2.0
// `scan --summary-md FILE` and `scan --framework KEY[,KEY]`: the Markdown job summary (appended, as
// GitHub's $GITHUB_STEP_SUMMARY expects) and the frameworks its table and the text format's show.

import { appendFileSync } from 'node:fs';
import { UsageError } from './command';
import { FRAMEWORK_KEYS, isFrameworkKey, orgFrameworkKeys } from '../engine/frameworks';
import type { ReportFrameworkKey } from '../engine/frameworks';
import type { Rule } from '../engine/rule-api';
import type { ScanResult } from '../report/scan-result';
import { toSummaryMarkdown } from '../report/summary-md';
import type { SummaryOptions } from '../report/summary-md';

export const SUMMARY_OPTION_HELP = `  --summary-md FILE          append a Markdown summary (gate result, totals, pass rate per framework,
                             violations) to FILE, e.g. "$GITHUB_STEP_SUMMARY"
  --framework KEY[,KEY]      the frameworks of the per-framework tables (text format, --summary-md):
                             ${FRAMEWORK_KEYS.slice(0, 5).join(', ')},
                             ${FRAMEWORK_KEYS.slice(5).join(', ')}`;

/** `--framework a,b`: built-in keys, or the organisation's own that the custom rules in force declare. */
export function frameworkKeys(value: string | undefined, command: string, rules: readonly Rule[] = []): ReportFrameworkKey[] | undefined {
  if (value === undefined) return undefined;
  const keys: ReportFrameworkKey[] = [];
  const own = orgFrameworkKeys(rules);
  for (const k of value.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    if (!isFrameworkKey(k) && !own.includes(k)) throw new UsageError(`unknown framework "${k}" (${[...FRAMEWORK_KEYS, ...own].join(', ')})`, command);
    keys.push(k);
  }
  return keys.length > 0 ? keys : undefined;
}

export function writeSummary(file: string, result: ScanResult, rules: readonly Rule[], options: SummaryOptions, command: string): void {
  try {
    appendFileSync(file, toSummaryMarkdown(result, rules, options));
  } catch (e) {
    throw new UsageError(`cannot write the summary to ${file}: ${e instanceof Error ? e.message : String(e)}`, command);
  }
}
