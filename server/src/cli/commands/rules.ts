// SPDX-License-Identifier: Apache-2.0
// `iac-compliance rules [--format text|json]`: the rule catalogue with full metadata.

import { parseArgs } from '../args';
import { EXIT, UsageError } from '../command';
import type { Command } from '../command';
import { ALL_RULES } from '../../../../rules';
import { frameworkSummary } from '../../engine/framework-summary';

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list the rules with their framework mappings',
  help: `Usage: iac-compliance rules [--format text|json]

Lists every rule: id, title, severity, the frameworks it maps to, the platforms it covers, and whether it
has a quick fix.
`,
  run(args, io) {
    const parsed = parseArgs(args, { values: { format: {} }, flags: { help: { short: 'h' } } }, 'rules');
    if (parsed.flags.has('help')) {
      io.out(rulesCommand.help);
      return EXIT.ok;
    }
    const format = parsed.values.get('format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" (text or json)`, 'rules');
    if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`, 'rules');
    const rules = ALL_RULES.map((r) => ({
      ...r.meta,
      platforms: Object.keys(r.meta.resourceTypes),
      fixable: r.meta.fix !== 'none',
    }));
    if (format === 'json') io.out(JSON.stringify({ rules }, null, 2) + '\n');
    else for (const r of ALL_RULES) io.out(`${r.meta.id.padEnd(20)} ${r.meta.severity.padEnd(8)} ${r.meta.title} [${frameworkSummary(r.meta)}]\n`);
    return EXIT.ok;
  },
};
