// SPDX-License-Identifier: Apache-2.0
// Entry point of the `iac-compliance` command (bundled to dist/cli.js by esbuild.mjs). It only dispatches:
// each command is a file under commands/ listed in commands/index.ts. Errors the user can fix exit with 2
// and a one-line message; anything else is reported as an internal error, still without a stack trace
// (set IAC_COMPLIANCE_DEBUG=1 to see it).

import { readFileSync } from 'node:fs';
import { EXIT, UsageError } from './command';
import type { CliIo, Command } from './command';
import { COMMANDS } from './commands';

const PROGRAM = 'iac-compliance';

export function usage(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: ${PROGRAM} COMMAND [ARGS]

Commands:
${list}
  ${'help'.padEnd(width)}  show help for a command

Run '${PROGRAM} COMMAND --help' for a command's options.
`;
}

/** Runs one invocation; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> {
  const find = (name: string | undefined): Command | undefined => commands.find((c) => c.name === name);
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.err(usage(commands));
      return EXIT.usage;
    }
    if (first === '--help' || first === '-h') {
      io.out(usage(commands));
      return EXIT.ok;
    }
    if (first === 'help') {
      if (rest.length === 0) {
        io.out(usage(commands));
        return EXIT.ok;
      }
      const command = find(rest[0]);
      if (!command) throw new UsageError(`unknown command "${rest[0]}"`);
      io.out(command.help);
      return EXIT.ok;
    }
    const command = find(first);
    if (!command) throw new UsageError(first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`);
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const help = e.command ? `${PROGRAM} ${e.command} --help` : `${PROGRAM} --help`;
      io.err(`${PROGRAM}: ${e.message}\nRun '${help}' for usage.\n`);
      return EXIT.usage;
    }
    const debug = process.env['IAC_COMPLIANCE_DEBUG'];
    const detail = debug && e instanceof Error && e.stack ? e.stack : String(e instanceof Error ? e.message : e);
    io.err(`${PROGRAM}: internal error: ${detail}\n`);
    return EXIT.internal;
  }
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  get isTTY() {
    return process.stdout.isTTY === true;
  },
};

if (require.main === module) {
  // `iac-compliance parse f.tf | head` closes our stdout early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  void main(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
