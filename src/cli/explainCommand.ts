// `boomerang explain` as a subcommand of main.ts (explain.ts renders the pages;
// its --help is printed by the dispatcher).

import type { Command } from './command';
import { explain, EXPLAIN_USAGE } from './explain';
import { useColor } from './format';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'la documentation d’une règle ou d’une catégorie (sans argument : toutes les règles)',
  usage: EXPLAIN_USAGE,
  run: (args, io) => explain(args, { write: io.out }, { write: io.err }, useColor(io.isTTY, io.env)),
};
