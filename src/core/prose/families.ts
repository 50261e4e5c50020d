// The wording families: every list of wording entries of the data modules
// named here (data/ton.ts, data/contestation.ts, data/questions.ts), found by
// their shape, in a fixed order. The build compiles their forms with the
// lexicon's classes into the wording program (scripts/wording-plugin.mjs), and
// the engine matches them all in one pass over the tokens (wording.ts). A new
// data module of wording entries is added to MODULES.

import * as contestation from '../data/contestation';
import type { WordingEntry } from '../data/expression';
import * as questions from '../data/questions';
import * as ton from '../data/ton';

const MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = { ton, contestation, questions };

export interface Family {
  /** `module.EXPORT`, e.g. `ton.AGGRESSIVE`. */
  name: string;
  entries: readonly WordingEntry[];
}

function isEntryList(v: unknown): v is readonly WordingEntry[] {
  return (
    Array.isArray(v) &&
    v.length > 0 &&
    v.every((e) => typeof e === 'object' && e !== null && typeof (e as WordingEntry).id === 'string' && typeof (e as WordingEntry).rule === 'string' && typeof (e as WordingEntry).explanation === 'string')
  );
}

export const FAMILIES: readonly Family[] = Object.keys(MODULES)
  .sort()
  .flatMap((m) =>
    Object.keys(MODULES[m])
      .sort()
      .flatMap((k) => {
        const v = MODULES[m][k];
        return isEntryList(v) ? [{ name: `${m}.${k}`, entries: v }] : [];
      }),
  );
