// SPDX-License-Identifier: Apache-2.0
// A tiny argument splitter shared by the commands: `--name value`, `--name=value`, boolean flags and
// positionals, with `--` ending options. Kept dependency-free so the bundled CLI stays small.

import { UsageError } from './command';

export interface OptionSpec {
  /** Options that take a value, by long name without the dashes, with their short aliases. */
  values?: Readonly<Record<string, { short?: string }>>;
  /** Options without a value. */
  flags?: Readonly<Record<string, { short?: string }>>;
}

export interface ParsedArgs {
  /** The last value of each option. */
  values: Map<string, string>;
  /** Every value of each option, in order (for repeatable options such as `--var`). */
  all: Map<string, string[]>;
  flags: Set<string>;
  positionals: string[];
}

export function parseArgs(args: readonly string[], spec: OptionSpec, command: string): ParsedArgs {
  const values = new Map<string, string>();
  const all = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  const valueSpecs = spec.values ?? {};
  const flagSpecs = spec.flags ?? {};
  const byShort = (s: string, table: Readonly<Record<string, { short?: string }>>): string | undefined =>
    Object.keys(table).find((k) => table[k]!.short === s);

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = eq >= 0 ? arg.slice(0, eq) : arg;
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    const long = rawName.startsWith('--') ? rawName.slice(2) : undefined;
    const short = long === undefined ? rawName.slice(1) : undefined;
    const valueName = long !== undefined ? (long in valueSpecs ? long : undefined) : byShort(short!, valueSpecs);
    const flagName = long !== undefined ? (long in flagSpecs ? long : undefined) : byShort(short!, flagSpecs);
    if (valueName !== undefined) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`option ${rawName} needs a value`, command);
      values.set(valueName, value);
      all.set(valueName, [...(all.get(valueName) ?? []), value]);
    } else if (flagName !== undefined) {
      if (inline !== undefined) throw new UsageError(`option ${rawName} takes no value`, command);
      flags.add(flagName);
    } else {
      throw new UsageError(`unknown option ${rawName}`, command);
    }
  }
  return { values, all, flags, positionals };
}
