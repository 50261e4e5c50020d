// `boomerang COMMAND …`: the command line. Each subcommand is a `Command` in its
// own file, listed in COMMANDS; this file only dispatches, prints the general
// usage and turns usage errors into exit code 2.

import { check } from './check';
import { explainCommand } from './explainCommand';
import { suivi } from './suivi';
import { EXIT, printableArg, UsageError, wantsHelp, type Command, type Io } from './command';

/** The subcommands, in the order `boomerang --help` lists them. Add one here. */
const COMMANDS: readonly Command[] = [check, suivi, explainCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage : boomerang COMMANDE [OPTIONS] [--] CHEMIN...

Commandes :
${lines.join('\n')}

« boomerang COMMANDE --help » détaille une commande. --version affiche la version.

${check.usage}`;
}

declare const VERSION: string;

function processIo(): Io {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Runs the command line; returns the exit code. */
export function main(argv: string[], io: Io = processIo()): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${usage()}\n`);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`commande inconnue « ${printableArg(name)} » (attendu ${COMMANDS.map((c) => `« ${c.name} »`).join(', ')}).`);
    if (wantsHelp(rest)) {
      io.out(`${command.usage}\n`);
      return EXIT.ok;
    }
    return command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`boomerang : ${e.message}\n\n${command?.usage ?? usage()}\n`);
      return EXIT.error;
    }
    throw e;
  }
}

// A closed pipe (`boomerang check … | head -1`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

if (require.main === module) process.exitCode = main(process.argv.slice(2));
