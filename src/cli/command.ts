// What a subcommand of `boomerang` is: a name, a line for the general usage, its
// own usage, and one function from arguments to an exit code. main.ts lists
// them; each lives in its own file (check.ts, …).

import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit codes shared by every subcommand. */
export const EXIT = {
  /** Nothing to report (or only advice). */
  ok: 0,
  /** Warnings: a reader would notice something. */
  warnings: 1,
  /** Usage error, or a named path that could not be checked. */
  error: 2,
} as const;

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Standard output is a terminal (colours). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface Command {
  name: string;
  /** One line in `boomerang --help`. */
  summary: string;
  usage: string;
  run(args: string[], io: Io): number;
}

/** A mistake in the command line: printed with the usage, exit 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` parseArgs with French messages: unknown options, missing values
 * and `--` (everything after it is a path) are handled the same way in every
 * subcommand.
 */
export function parseCommandLine<T extends Options>(args: string[], options: T): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    throw new UsageError(frenchParseError(e, options));
  }
}

function frenchParseError(e: unknown, options: Options): string {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `option inconnue « ${printableArg(option)} » (mettez « -- » avant un chemin qui commence par « - »).`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = option.replace(/^-+/, '').split(/[ =]/)[0];
      const spec = options[name] ?? Object.values(options).find((o) => o.short === name);
      return spec?.type === 'string' ? `${option.split(/[ =]/)[0]} attend une valeur.` : `${option.split(/[ =]/)[0]} ne prend pas de valeur.`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return 'argument inattendu.';
    default:
      return 'ligne de commande illisible.';
  }
}

/** `--help` or `-h` before any `--`: main.ts prints the command's usage. */
export function wantsHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

/** The options every subcommand that reads drafts takes. */
export const COMMON_OPTIONS = {
  format: { type: 'string', default: 'text' },
  config: { type: 'string' },
} as const;

/** The checked values of COMMON_OPTIONS: a known format, a non-empty --config. */
export function commonValues<F extends string>(values: Record<string, string | boolean | undefined>, formats: readonly F[]): { format: F; config?: string } {
  const format = values.format as F;
  if (!formats.includes(format)) throw new UsageError(`format « ${printableArg(String(format))} » inconnu (attendu ${formats.slice(0, -1).join(', ')} ou ${formats[formats.length - 1]}).`);
  if (values.config === '') throw new UsageError('--config attend un chemin de fichier.');
  return { format, ...(typeof values.config === 'string' ? { config: values.config } : {}) };
}

/** An argument as it may be printed: control characters escaped. */
export function printableArg(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
