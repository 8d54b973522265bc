// SPDX-License-Identifier: Apache-2.0
// A one-line summary of a rule's framework mappings for messages: "CIS AWS 5.0.0 2.1.4 (L1) · SOC 2 CC6.1, CC6.6".

import { FRAMEWORK_KEYS, FRAMEWORK_SHORT } from './frameworks';
import type { RuleMeta } from './rule-api';

const summaries = new WeakMap<RuleMeta, string>();

/** The newest CIS mapping and SOC 2, the two a reader of a diagnostic cares about first. */
export function frameworkSummary(meta: RuleMeta): string {
  // Every diagnostic's message ends with it: computed once per rule, not per finding and keystroke.
  let s = summaries.get(meta);
  if (s === undefined) {
    s = summaryOf(meta);
    summaries.set(meta, s);
  }
  return s;
}

function summaryOf(meta: RuleMeta): string {
  const parts: string[] = [];
  const cis = FRAMEWORK_KEYS.find((k) => k.startsWith('cis-') && (meta.frameworks[k]?.length ?? 0) > 0);
  if (cis) {
    const level = meta.levels[cis as keyof RuleMeta['levels']];
    parts.push(`${FRAMEWORK_SHORT[cis]} ${meta.frameworks[cis]!.join(', ')}${level ? ` (L${level})` : ''}`);
  }
  const soc2 = meta.frameworks['soc2-2017'];
  if (soc2 && soc2.length > 0) parts.push(`SOC 2 ${soc2.join(', ')}`);
  // A custom rule's own frameworks are what its authors look for first.
  for (const [key, f] of Object.entries(meta.orgFrameworks ?? {})) if (f.ids.length > 0) parts.push(`${key} ${f.ids.join(', ')}`);
  return parts.join(' · ');
}

/** Every mapping, one line per framework, for hovers and reports. */
export function frameworkLines(meta: RuleMeta): string[] {
  const lines: string[] = [];
  for (const k of FRAMEWORK_KEYS) {
    const ids = meta.frameworks[k];
    if (!ids || ids.length === 0) continue;
    const level = k.startsWith('cis-') ? meta.levels[k as keyof RuleMeta['levels']] : undefined;
    lines.push(`${FRAMEWORK_SHORT[k]}: ${ids.join(', ')}${level ? ` (Level ${level})` : ''}`);
  }
  for (const f of Object.values(meta.orgFrameworks ?? {})) if (f.ids.length > 0) lines.push(`${f.title}: ${f.ids.join(', ')}`);
  return lines;
}
