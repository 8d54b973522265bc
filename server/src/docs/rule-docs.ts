// SPDX-License-Identifier: Apache-2.0
// Generates docs/rules/<ID>.md (one page per rule) and docs/rules/README.md (the index) from rule
// metadata. `npm run docs` writes them; a test fails when the committed pages are stale.

import { FRAMEWORK_KEYS, FRAMEWORK_TITLES } from '../engine/frameworks';
import type { Rule } from '../engine/rule-api';

export interface DocExamples {
  /** Fixture texts by name (`fail.tf`, `pass.cfn.yaml`), shown as examples. */
  [name: string]: string;
}

function fence(name: string): string {
  if (name.endsWith('.tf')) return 'hcl';
  if (name.endsWith('.json')) return 'json';
  return 'yaml';
}

export function ruleDoc(rule: Rule, examples: DocExamples = {}): string {
  const m = rule.meta;
  const lines: string[] = [
    `# ${m.id}: ${m.title}`,
    '',
    `Severity: **${m.severity}** · name: \`${m.name}\``,
    '',
    m.description,
    '',
    '## Why it matters',
    '',
    m.rationale,
    '',
    '## How to fix it',
    '',
    m.remediation,
    '',
    '## Frameworks',
    '',
    '| framework | ids |',
    '| --- | --- |',
  ];
  for (const k of FRAMEWORK_KEYS) {
    const ids = m.frameworks[k];
    if (!ids || ids.length === 0) continue;
    const level = k.startsWith('cis-') ? m.levels[k as keyof typeof m.levels] : undefined;
    lines.push(`| ${FRAMEWORK_TITLES[k]} | ${ids.join(', ')}${level ? ` (Level ${level})` : ''} |`);
  }
  if (m.mappingNote) lines.push('', `Mapping note: ${m.mappingNote}`);
  lines.push('', '## Resources checked', '');
  for (const [platform, types] of Object.entries(m.resourceTypes)) lines.push(`- ${platform === 'terraform' ? 'Terraform' : 'CloudFormation'}: ${types.map((t) => `\`${t}\``).join(', ')}`);
  const names = Object.keys(examples).sort();
  if (names.length > 0) {
    lines.push('', '## Examples');
    for (const n of names) {
      lines.push('', `${n.startsWith('pass') ? 'Compliant' : 'Non-compliant'} (\`${n}\`):`, '', '```' + fence(n), examples[n]!.trimEnd(), '```');
    }
  }
  const aliases = Object.entries(m.aliases ?? {}).filter(([, ids]) => ids && ids.length > 0);
  if (aliases.length > 0) {
    lines.push('', '## Same check in other tools', '', 'Their suppressions of these ids also suppress this rule (see [exceptions](../exceptions.md)).', '');
    for (const [tool, ids] of aliases) lines.push(`- ${tool}: ${ids!.map((i) => `\`${i}\``).join(', ')}`);
  }
  lines.push('', '## References', '');
  for (const l of m.links) lines.push(`- <${l}>`);
  lines.push('');
  return lines.join('\n');
}

export function rulesIndex(rules: readonly Rule[]): string {
  const lines = [
    '# Rules',
    '',
    'Generated from the rule metadata (`npm run docs`); do not edit by hand.',
    '',
    '| id | title | severity | CIS AWS 5.0.0 / Azure 6.0.0 / GCP 5.0.0 | SOC 2 | platforms |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const m = r.meta;
    lines.push(
      `| [${m.id}](${m.id}.md) | ${m.title} | ${m.severity} | ${(m.frameworks['cis-aws-5.0.0'] ?? m.frameworks['cis-azure-6.0.0'] ?? m.frameworks['cis-gcp-5.0.0'] ?? []).join(', ') || '-'} | ${(m.frameworks['soc2-2017'] ?? []).join(', ') || '-'} | ${Object.keys(m.resourceTypes).join(', ')} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
