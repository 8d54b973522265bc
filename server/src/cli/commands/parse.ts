// SPDX-License-Identifier: Apache-2.0
// `iac-compliance parse FILE`: a debugging aid for the HCL parser. `--format json` prints the tree in
// hcl-oracle's JSON shape (see parsers/hcl/oracle-shape.ts), so our parse of a file can be diffed with
// HashiCorp's; `--format summary` lists the top-level blocks and the diagnostics for a human.

import { basename } from 'node:path';
import * as hcl from '../../parsers/hcl';
import type { HclFile } from '../../parsers/hcl/ast';
import { LineIndex } from '../../core/positions';
import { toOracleShape, rangeText } from '../../parsers/hcl/oracle-shape';
import type { OracleOutput } from '../../parsers/hcl/oracle-shape';
import { parseArgs } from '../args';
import { EXIT, UsageError } from '../command';
import type { CliIo, Command } from '../command';

const FORMATS = ['json', 'summary'] as const;
type Format = (typeof FORMATS)[number];

export const parseCommand: Command = {
  name: 'parse',
  summary: 'parse a Terraform file and print its syntax tree or a summary',
  help: `Usage: iac-compliance parse FILE [--format json|summary]

Parses FILE (.tf, .tfvars; .tf.json when this build supports it) and prints:
  --format json      the tree in hcl-oracle's JSON shape (default): every block and attribute with its
                     ranges, and the diagnostics. Attributes are sorted by name; hcl-oracle prints them
                     in random order, so compare with
                       jq -S '(.. | objects | select(.Attributes != null) | .Attributes) |= sort_by(.Name)
                              | .ParseMs = 0'
  --format summary   the top-level blocks with their lines, and the diagnostics
  -h, --help         this help

Exit status: 0 parsed without errors, 1 the file has syntax errors, 2 bad usage or unreadable file.
`,
  run(args: readonly string[], io: CliIo): number {
    const parsed = parseArgs(args, { values: { format: { short: 'f' } }, flags: { help: { short: 'h' } } }, 'parse');
    if (parsed.flags.has('help')) {
      io.out(parseCommand.help);
      return EXIT.ok;
    }
    const format = parsed.values.get('format') ?? 'json';
    if (!isFormat(format)) throw new UsageError(`unknown format "${format}" (expected ${FORMATS.join(' or ')})`, 'parse');
    if (parsed.positionals.length !== 1) {
      throw new UsageError(parsed.positionals.length === 0 ? 'missing FILE' : 'expected exactly one FILE', 'parse');
    }
    const path = parsed.positionals[0]!;
    const source = readSource(io, path);

    const started = process.hrtime.bigint();
    const file = parseByExtension(path, source);
    const parseMs = Number(process.hrtime.bigint() - started) / 1e6;

    const shape = toOracleShape(file, { filename: path, parseMs: Math.round(parseMs * 1000) / 1000 });
    io.out(format === 'json' ? goJson(shape) : summary(basename(path), file, shape));
    return file.diagnostics.some((d) => d.severity === 'error') ? EXIT.findings : EXIT.ok;
  },
};

function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

function readSource(io: CliIo, path: string): string {
  try {
    return io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((e as Error).message);
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
}

/** `.tf.json` files go through the JSON reader, which maps them to the same tree. */
function parseByExtension(path: string, source: string): HclFile {
  if (/\.tf\.json$/i.test(path)) return hcl.parseTfJson(source);
  return hcl.parseHcl(source);
}

/** JSON as Go's encoding/json writes it with SetIndent("", " "): HTML-sensitive characters escaped,
 * one trailing newline. Byte-for-byte comparable with hcl-oracle apart from attribute order and ParseMs. */
export function goJson(value: unknown): string {
  const escapes: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };
  // These characters can only occur inside JSON strings, so replacing them everywhere is safe.
  return JSON.stringify(value, null, 1).replace(/[<>&\u2028\u2029]/g, (c) => escapes[c]!) + '\n';
}

function summary(name: string, file: HclFile, shape: OracleOutput): string {
  const lines: string[] = [];
  const blocks = shape.Body.Blocks ?? [];
  const attrs = shape.Body.Attributes ?? [];
  const diags = shape.Diags ?? [];
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `${name}: ${plural(blocks.length, 'block')}, ${plural(attrs.length, 'top-level attribute')}, ` +
      `${plural(diags.length, 'diagnostic')} (parsed in ${shape.ParseMs} ms)`,
  );
  for (const b of blocks) {
    const head = [b.Type, ...(b.Labels ?? []).map((l) => JSON.stringify(l))].join(' ');
    const where = b.Range.Start.Line === b.Range.End.Line ? `line ${b.Range.Start.Line}` : `lines ${b.Range.Start.Line}-${b.Range.End.Line}`;
    const inner = plural(b.Attributes?.length ?? 0, 'attribute') + ', ' + plural(b.Blocks?.length ?? 0, 'nested block');
    lines.push(`  ${head}  (${where}; ${inner})`);
  }
  // Top-level attributes in source order (the shape sorts them by name), as in .tfvars files.
  const index = new LineIndex(file.source);
  for (const a of file.body.attributes) lines.push(`  ${a.name} = ...  (line ${index.hclPosition(a.start).Line})`);
  if (diags.length > 0) lines.push('diagnostics:');
  for (const d of diags) {
    lines.push(`  ${d.Subject ? rangeText(name, d.Subject) : name}: ${d.Severity}: ${d.Summary}; ${d.Detail}`);
  }
  return lines.join('\n') + '\n';
}
