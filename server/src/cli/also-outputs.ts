// SPDX-License-Identifier: Apache-2.0
// `scan --also FORMAT=FILE` (repeatable): the same scan's results written in more formats, each to its
// file, besides the main output. CI that wants a log, SARIF for code scanning and a job summary reads the
// workspace once instead of once per format (the GitHub Action does: scripts/ci/action-scan.sh).

import { UsageError } from './command';
import { formatChunks, formatNames, scanFormat } from '../report/formats';
import { writeChunks } from './write-output';
import type { OutputFormat, ScanFormatInput } from '../report/formats';

export const ALSO_OPTION_HELP = `  --also FORMAT=FILE         also write the results in FORMAT to FILE, from the same scan (may be
                             repeated): e.g. --also sarif=results.sarif with the text log on stdout`;

export interface AlsoOutput {
  format: Extract<OutputFormat, { command: 'scan' }>;
  file: string;
}

/** The `--also` values, checked before the scan runs (an unknown format is a usage error, not a late one). */
export function alsoOutputs(values: readonly string[], command: string): AlsoOutput[] {
  return values.map((v) => {
    const eq = v.indexOf('=');
    if (eq <= 0 || eq === v.length - 1) throw new UsageError(`--also needs FORMAT=FILE, e.g. --also sarif=results.sarif (got "${v}")`, command);
    const name = v.slice(0, eq);
    const format = scanFormat(name);
    if (!format) throw new UsageError(`unknown format "${name}" for --also (${formatNames('scan').join(', ')})`, command);
    return { format, file: v.slice(eq + 1) };
  });
}

/** Writes each extra output (never coloured: files are read by tools). */
export function writeAlsoOutputs(outputs: readonly AlsoOutput[], input: Omit<ScanFormatInput, 'colour'>, command: string): void {
  for (const { format, file } of outputs) {
    try {
      writeChunks(formatChunks(format, { ...input, colour: false }), file, () => undefined);
    } catch (e) {
      throw new UsageError(`cannot write the ${format.name} output to ${file}: ${e instanceof Error ? e.message : String(e)}`, command);
    }
  }
}
