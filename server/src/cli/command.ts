// SPDX-License-Identifier: Apache-2.0
// What every CLI command looks like. main.ts keeps a table of these; each command lives in commands/.

/** Where a command writes and reads, so commands can run against fakes in tests. */
export interface CliIo {
  /** Writes to standard output as is (add the newline yourself). */
  out(text: string): void;
  /** Writes to standard error as is. */
  err(text: string): void;
  /** Reads a file as UTF-8; throws the usual Node errors (ENOENT, EISDIR, EACCES...). */
  readFile(path: string): string;
  /** Whether standard output is a terminal (colours in `--format text`); absent: it is not. */
  isTTY?: boolean;
  /** The environment (NO_COLOR, FORCE_COLOR, GITHUB_STEP_SUMMARY); absent: process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full help text, printed by `iac-compliance COMMAND --help` and `iac-compliance help COMMAND`. */
  help: string;
  /** Returns the exit code. Throws UsageError for bad arguments or unusable input (exit 2). */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}

/**
 * The user asked for something we cannot do as asked (bad flag, missing or unreadable file). main.ts
 * prints the message, a hint to --help, and exits with code 2; never a stack trace.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help is relevant, if any. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes shared by all commands. */
export const EXIT = {
  ok: 0,
  /** The command ran and found problems (syntax errors, failed checks). */
  findings: 1,
  usage: 2,
  /** A bug on our side; reported without a stack trace unless IAC_COMPLIANCE_DEBUG is set. */
  internal: 3,
} as const;
