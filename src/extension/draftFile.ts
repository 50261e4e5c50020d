// Where « Nouvelle réponse » writes a new draft, without ever overwriting a
// file: a name that exists is skipped (-2, -3…), a name whose existence cannot
// be checked stops the search (no write on a guess), and the creation itself
// refuses to replace a file created meanwhile. No `vscode` import: the adapter
// passes the two file operations, so the decisions are unit-tested.

export type StatResult = 'exists' | 'absent' | { error: string };
export type CreateResult = 'created' | 'exists' | { error: string };

export interface DraftFileSystem {
  stat(name: string): Promise<StatResult>;
  /** Creates an empty file; never replaces an existing one. */
  createNew(name: string): Promise<CreateResult>;
}

export type DraftFileOutcome =
  | { kind: 'created'; name: string }
  /** No file written: the adapter opens an untitled draft and says why (in French, through l10n). */
  | { kind: 'unchecked'; name: string; error: string }
  | { kind: 'refused'; name: string; error: string }
  | { kind: 'all-taken'; first: string; last: string };

/** Names tried before giving up. */
export const MAX_NAMES = 999;

/** Creates the first free name of `nameFor(1)`, `nameFor(2)`… */
export async function createDraftFile(fs: DraftFileSystem, nameFor: (n: number) => string): Promise<DraftFileOutcome> {
  for (let n = 1; n <= MAX_NAMES; n++) {
    const name = nameFor(n);
    const st = await fs.stat(name);
    if (st === 'exists') continue;
    // Only « not found » means absent: on any other error, no write on a guess.
    if (st !== 'absent') return { kind: 'unchecked', name, error: st.error };
    const created = await fs.createNew(name);
    if (created === 'created') return { kind: 'created', name };
    // Created by someone else between the check and now: the next name.
    if (created === 'exists') continue;
    return { kind: 'refused', name, error: created.error };
  }
  return { kind: 'all-taken', first: nameFor(1), last: nameFor(MAX_NAMES) };
}
